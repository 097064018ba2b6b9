/**
 * Background workspace indexing, started on `initialized`: every file Onus
 * reads in the workspace folders (config `exclude` and the skipped directories
 * honoured) is analysed in small slices that give way to open documents, and
 * kept as a summary (workspace/indexer.ts); it rests while the user types.
 * Shown as `window/workDoneProgress`
 * when the client supports it; cancelled by the progress's cancel button and
 * by `shutdown`. Files changed on disk are summarised again.
 */
import type { CancellationToken, WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import { syntaxForPath } from '../index';
import { WorkspaceIndexer, pathOfUri, uriOfPath, type IndexResult } from '../workspace';
import type { DiagnosticsPublisher } from './diagnostics';
import { logError } from './safe';
import { excludedBy, type Session } from './session';

export const indexingTitle = 'Onus: indexing workspace';

/** Indexing waits until this long after the last change: keystrokes never queue behind it. */
const typingPauseMs = 300;

export class BackgroundIndex {
  readonly indexer: WorkspaceIndexer;
  private stopped = false;
  private running: Promise<IndexResult | undefined> | undefined;
  /** Files changed on disk while or after indexing, summarised again in one batch. */
  private readonly stale = new Set<string>();

  constructor(
    private readonly session: Session,
    private readonly publisher: DiagnosticsPublisher,
  ) {
    this.indexer = new WorkspaceIndexer(session.files);
  }

  /** Whether the first index is still being built. */
  get active(): boolean {
    return this.running !== undefined;
  }

  /** Indexes the workspace folders once; with progress when `withProgress`. Resolves with the result (undefined on failure). */
  start(withProgress: boolean): Promise<IndexResult | undefined> {
    this.running ??= this.index(withProgress).finally(() => {
      this.running = undefined;
      if (this.stale.size > 0) void this.refreshStale();
    });
    return this.running;
  }

  /** Stops indexing for good (shutdown). */
  stop(): void {
    this.stopped = true;
  }

  /** A file changed on disk: its summary is rebuilt (now, or after the running index). */
  changed(uri: string): void {
    const path = pathOfUri(uri);
    if (path === undefined || this.stopped) return;
    this.indexer.forget(path);
    if (syntaxForPath(path) === 'none') return; // a directory, or a file Onus does not read
    this.stale.add(path);
    if (!this.running) void this.refreshStale();
  }

  private async index(withProgress: boolean): Promise<IndexResult | undefined> {
    const { connection, settings } = this.session;
    const roots = settings.workspaceFolders.flatMap((f) => pathOfUri(f) ?? []);
    if (roots.length === 0 || this.stopped) return undefined;
    let progress: WorkDoneProgressServerReporter | undefined;
    try {
      if (withProgress) {
        progress = await connection.window.createWorkDoneProgress();
        progress.begin(indexingTitle, 0, 'listing files', true);
      }
      const token: CancellationToken | undefined = progress?.token;
      const result = await this.indexer.run(roots, {
        ...this.hooks(() => token?.isCancellationRequested === true),
        progress: (done, total) => progress?.report(total === 0 ? 100 : Math.floor((done / total) * 100), `${done}/${total} files`),
      });
      progress?.report(100, result.cancelled ? `cancelled after indexing ${result.files} files` : `indexed ${result.files} files`);
      releaseIndexingGarbage();
      return result;
    } catch (error) {
      logError(connection, 'workspace indexing', error);
      return undefined;
    } finally {
      progress?.done();
    }
  }

  private async refreshStale(): Promise<void> {
    const files = [...this.stale].sort();
    this.stale.clear();
    try {
      await this.indexer.refresh(files, this.hooks(() => false));
    } catch (error) {
      logError(this.session.connection, 'workspace indexing', error);
    }
  }

  private hooks(cancelled: () => boolean) {
    const { settings, documents } = this.session;
    return {
      cancelled: () => this.stopped || cancelled(),
      // Publishing diagnostics goes first, and indexing rests while the user types.
      holdOff: () => (this.publisher.waiting ? 1 : Math.max(0, typingPauseMs - this.publisher.sinceLastChange)),
      select: async (path: string) => {
        const uri = uriOfPath(path);
        const config = await settings.forUri(uri);
        // Open documents are analysed as buffers; their disk version needs no summary now.
        if (documents.get(uri) || excludedBy(config, uri, settings.folderPathOf(uri))) return undefined;
        return { config, rules: this.session.rules };
      },
    };
  }
}

/** `shutdown` stops indexing (the reply waits for nothing: the slice running now is the last). */
export function registerIndexing(session: Session, index: BackgroundIndex): void {
  session.connection.onShutdown(() => index.stop());
}

/**
 * Indexing parses every file of the workspace once: V8 grows the heap for that burst and keeps it
 * (the RSS after indexing moved between 240 and 400 MB from one run to the next with ~90 MB live).
 * When the client started the server with `--expose-gc` (the VS Code client does), one full
 * collection at the end returns that garbage to the system; without it nothing happens.
 */
function releaseIndexingGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc === 'function') gc();
}
