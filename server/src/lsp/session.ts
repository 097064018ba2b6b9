/** The server's state: one instance per connection (no module-level state). */
import { dirname, relative, sep } from 'node:path';
import { TextDocuments, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules, isExcluded, type OnusConfig } from '../index';
import { AnalysisWorkspace, CachedFileSystem, nodeFileSystem, pathOfUri, type Analysis } from '../workspace';
import { Settings } from './configuration';

export interface CurrentAnalysis {
  analysis: Analysis;
  /** The buffer version the analysis is of. */
  version: number;
  config: OnusConfig;
}

/** Whether the config's `exclude` globs (relative to the config file's folder, else the workspace folder) cover a document. */
export function excludedBy(config: OnusConfig, uri: string, folderPath?: string): boolean {
  if (config.exclude.length === 0) return false;
  const path = pathOfUri(uri);
  if (path === undefined) return false;
  const base = config.origin.file ? dirname(config.origin.file) : folderPath;
  if (base === undefined) return false;
  const rel = relative(base, path);
  if (rel.startsWith('..')) return false;
  return isExcluded(rel.split(sep).join('/'), config.exclude);
}

export class Session {
  readonly documents = new TextDocuments(TextDocument);
  /** Listings and stats, cached once the client watches the files for us (see watched-files.ts). */
  readonly files = new CachedFileSystem(nodeFileSystem());
  readonly workspace = new AnalysisWorkspace(this.files);
  readonly settings: Settings;
  readonly rules = allRules;

  constructor(readonly connection: Connection) {
    const disk = nodeFileSystem();
    this.settings = new Settings(connection, (uri) => this.documents.get(uri)?.getText(), (path) => (disk.stat(path) ? disk.readFile(path) : undefined));
  }

  /** Analysis of an open document as it is now (cheap: parses and units are cached). Excluded files have no findings. */
  async analyze(uri: string): Promise<CurrentAnalysis | undefined> {
    const config = await this.settings.forUri(uri);
    const open = this.documents.get(uri);
    if (!open) return undefined;
    const analysis = this.workspace.analyzeUri(uri, { config, rules: this.rules });
    if (!analysis) return undefined;
    return { analysis: excludedBy(config, uri, this.settings.folderPathOf(uri)) ? { ...analysis, findings: [] } : analysis, version: open.version, config };
  }
}
