/**
 * Settings: pulled with `workspace/configuration` (section `onus`, scoped to
 * the document's workspace folder), cached per folder, and re-pulled (with
 * every open document re-published) on `workspace/didChangeConfiguration`.
 * Clients that cannot answer pulls get the pushed settings, or the defaults.
 */
import type { Connection } from 'vscode-languageserver/node';
import { resolveConfig, type OnusConfig } from '../index';
import type { DiagnosticsPublisher } from './diagnostics';
import { logError, safeNotification } from './safe';
import type { Session } from './session';

export const settingsSection = 'onus';

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

/** Keeps only well-typed settings; anything else falls back to the defaults. */
export function toPartialConfig(raw: unknown): Partial<OnusConfig> {
  if (typeof raw !== 'object' || raw === null) return {};
  const settings = raw as Record<string, unknown>;
  const partial: Partial<OnusConfig> = {};
  const requiredTags = stringList(settings.requiredTags);
  if (requiredTags) partial.requiredTags = requiredTags;
  const disabledRules = stringList(settings.disabledRules);
  if (disabledRules) partial.disabledRules = disabledRules;
  if (typeof settings.maxFileSize === 'number' && Number.isFinite(settings.maxFileSize)) partial.maxFileSize = settings.maxFileSize;
  return partial;
}

function withoutSlash(uri: string): string {
  return uri.endsWith('/') ? uri.slice(0, -1) : uri;
}

export class Settings {
  private canPull = false;
  private folders: string[] = [];
  private pushed: Partial<OnusConfig> = {};
  private readonly cache = new Map<string, Promise<OnusConfig>>();

  constructor(private readonly connection: Connection) {}

  setCanPull(canPull: boolean): void {
    this.canPull = canPull;
    this.cache.clear();
  }

  setFolders(uris: readonly string[]): void {
    this.folders = uris.map(withoutSlash).sort((a, b) => b.length - a.length);
    this.cache.clear();
  }

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  /** Forgets every cached answer; `pushed` is the `settings` of a didChangeConfiguration, if any. */
  invalidate(pushed?: unknown): void {
    if (typeof pushed === 'object' && pushed !== null && settingsSection in pushed) {
      this.pushed = toPartialConfig((pushed as Record<string, unknown>)[settingsSection]);
    }
    this.cache.clear();
  }

  forUri(uri: string): Promise<OnusConfig> {
    const folder = this.folders.find((f) => uri === f || uri.startsWith(`${f}/`)) ?? '';
    let config = this.cache.get(folder);
    if (!config) {
      config = this.pull(folder);
      this.cache.set(folder, config);
    }
    return config;
  }

  private async pull(folder: string): Promise<OnusConfig> {
    if (!this.canPull) return resolveConfig(this.pushed);
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration(folder ? { scopeUri: folder, section: settingsSection } : { section: settingsSection });
      return resolveConfig({ ...this.pushed, ...toPartialConfig(raw) });
    } catch (error) {
      logError(this.connection, 'workspace/configuration', error);
      return resolveConfig(this.pushed);
    }
  }
}

export function registerConfiguration(session: Session, publisher: DiagnosticsPublisher): void {
  session.connection.onDidChangeConfiguration(
    safeNotification(session.connection, 'workspace/didChangeConfiguration', (params) => {
      session.settings.invalidate(params.settings);
      publisher.scheduleAll();
    }),
  );
}
