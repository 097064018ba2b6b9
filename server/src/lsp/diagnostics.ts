/**
 * Publishing diagnostics. Requests for one document are coalesced: a burst of
 * didChange schedules one run on the next turn of the event loop, and the run
 * analyses the latest text. Analysis is synchronous and ~1 ms, so nothing is
 * debounced further and nothing blocks.
 */
import { parseConfigText } from '../index';
import { isConfigUri, knownRuleIds } from './configuration';
import { configDiagnostics, documentDiagnostics } from './convert';
import { logError } from './safe';
import type { Session } from './session';

export class DiagnosticsPublisher {
  private readonly pending = new Set<string>();

  constructor(private readonly session: Session) {}

  private lastScheduled = -Infinity;

  /** Whether a publication is due (background work gives way). */
  get waiting(): boolean {
    return this.pending.size > 0;
  }

  /** Milliseconds since a publication was last asked for (a keystroke, usually). */
  get sinceLastChange(): number {
    return performance.now() - this.lastScheduled;
  }

  schedule(uri: string): void {
    this.lastScheduled = performance.now();
    if (this.pending.has(uri)) return;
    this.pending.add(uri);
    setImmediate(() => {
      this.pending.delete(uri);
      void this.publish(uri);
    });
  }

  scheduleMany(uris: Iterable<string>): void {
    for (const uri of uris) this.schedule(uri);
  }

  scheduleAll(): void {
    this.scheduleMany(this.session.documents.keys());
  }

  clear(uri: string): void {
    this.session.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async publish(uri: string): Promise<void> {
    try {
      const open = this.session.documents.get(uri);
      if (open && isConfigUri(uri)) {
        // An `.onus.yaml` being edited: its own problems (the analysed files fall back to defaults for bad keys).
        const { problems } = parseConfigText(open.getText(), knownRuleIds);
        this.session.connection.sendDiagnostics({ uri, version: open.version, diagnostics: configDiagnostics(open.getText(), problems) });
        return;
      }
      const current = await this.session.analyze(uri);
      if (!this.session.documents.get(uri)) return; // closed meanwhile; closing cleared it
      if (!current) {
        this.session.connection.sendDiagnostics({ uri, diagnostics: [] });
        return;
      }
      const { analysis, version } = current;
      this.session.connection.sendDiagnostics({ uri, version, diagnostics: documentDiagnostics(analysis.document, analysis.findings, current.config.maxDiagnosticsPerFile) });
    } catch (error) {
      logError(this.session.connection, `diagnostics for ${uri}`, error);
    }
  }
}
