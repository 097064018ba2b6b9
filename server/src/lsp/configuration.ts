/**
 * Configuration of a document = defaults < editor settings (section `onus`,
 * pulled with `workspace/configuration` per workspace folder) < the nearest
 * `.onus.yaml` above the document (open buffers win over the disk; the search
 * stops at the workspace folder). Resolved configurations are cached per
 * directory, so the workspace's analysis cache keeps hitting; the cache is
 * dropped on didChangeConfiguration and when a config file changes.
 */
import { dirname } from 'node:path';
import type { Connection } from 'vscode-languageserver/node';
import { allRules, ruleNames, configFileNames, findConfigFile, mergeConfig, parseConfigText, resolveConfig, type OnusConfig } from '../index';
import { pathOfUri, uriOfPath } from '../workspace';
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
  if (typeof settings.maxDiagnosticsPerFile === 'number' && Number.isFinite(settings.maxDiagnosticsPerFile)) partial.maxDiagnosticsPerFile = settings.maxDiagnosticsPerFile;
  const exclude = stringList(settings.exclude);
  if (exclude) partial.exclude = exclude;
  const s = settings.suppressions;
  if (typeof s === 'object' && s !== null) {
    const raw = s as Record<string, unknown>;
    const suppressions: Record<string, unknown> = {};
    for (const key of ['allowInline', 'requireReason', 'peerComments']) if (typeof raw[key] === 'boolean') suppressions[key] = raw[key];
    if (typeof raw.maxExpiryDays === 'number' && raw.maxExpiryDays > 0) suppressions.maxExpiryDays = raw.maxExpiryDays;
    if (Object.keys(suppressions).length > 0) partial.suppressions = suppressions as unknown as OnusConfig['suppressions'];
  }
  return partial;
}

function withoutSlash(uri: string): string {
  return uri.endsWith('/') ? uri.slice(0, -1) : uri;
}

export function isConfigUri(uri: string): boolean {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  return configFileNames.includes(name);
}

/** Lower-case rule ids and aliases, for unknown-rule warnings in config files. */
export const knownRuleIds: ReadonlySet<string> = new Set(allRules.flatMap(ruleNames).map((n) => n.toLowerCase()));

export class Settings {
  private canPull = false;
  private folders: string[] = [];
  private pushed: Partial<OnusConfig> = {};
  private readonly cache = new Map<string, Promise<Partial<OnusConfig>>>();
  private readonly resolved = new Map<string, Promise<OnusConfig>>();

  /** `bufferText(uri)`: the text of an open editor buffer, which wins over the disk. */
  constructor(
    private readonly connection: Connection,
    private readonly bufferText: (uri: string) => string | undefined = () => undefined,
    private readonly diskText: (path: string) => string | undefined = () => undefined,
  ) {}

  setCanPull(canPull: boolean): void {
    this.canPull = canPull;
    this.invalidate();
  }

  setFolders(uris: readonly string[]): void {
    this.folders = uris.map(withoutSlash).sort((a, b) => b.length - a.length);
    this.invalidate();
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
    this.resolved.clear();
  }

  /** A config file was edited, saved, created or deleted. */
  invalidateFiles(): void {
    this.resolved.clear();
  }

  private folderOf(uri: string): string {
    return this.folders.find((f) => uri === f || uri.startsWith(`${f}/`)) ?? '';
  }

  /** The file-system path of the workspace folder holding a document. */
  folderPathOf(uri: string): string | undefined {
    const folder = this.folderOf(uri);
    return folder ? pathOfUri(folder) : undefined;
  }

  /** The nearest config file above a document, from buffers or disk. */
  configFileFor(uri: string): { path: string; text: string } | undefined {
    const path = pathOfUri(uri);
    if (path === undefined) return undefined;
    const folder = this.folderOf(uri);
    const stopAt = folder ? pathOfUri(folder) : undefined;
    const read = (p: string) => this.bufferText(uriOfPath(p)) ?? this.diskText(p);
    return findConfigFile(dirname(path).split('\\').join('/'), read, stopAt?.split('\\').join('/'));
  }

  forUri(uri: string): Promise<OnusConfig> {
    const path = pathOfUri(uri);
    const key = path === undefined ? `uri:${uri}` : dirname(path);
    let config = this.resolved.get(key);
    if (!config) {
      config = this.resolve(uri);
      this.resolved.set(key, config);
    }
    return config;
  }

  private async resolve(uri: string): Promise<OnusConfig> {
    const settings = await this.settingsFor(this.folderOf(uri));
    const file = this.configFileFor(uri);
    const parsed = file ? parseConfigText(file.text) : undefined;
    return resolveConfig(mergeConfig(settings, parsed?.config, { ...(file ? { file: file.path } : {}), settings: Object.keys(settings).length > 0 }));
  }

  private settingsFor(folder: string): Promise<Partial<OnusConfig>> {
    let settings = this.cache.get(folder);
    if (!settings) {
      settings = this.pull(folder);
      this.cache.set(folder, settings);
    }
    return settings;
  }

  private async pull(folder: string): Promise<Partial<OnusConfig>> {
    if (!this.canPull) return this.pushed;
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration(folder ? { scopeUri: folder, section: settingsSection } : { section: settingsSection });
      return { ...this.pushed, ...toPartialConfig(raw) };
    } catch (error) {
      logError(this.connection, 'workspace/configuration', error);
      return this.pushed;
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
