/** The server's state: one instance per connection (no module-level state). */
import { TextDocuments, type Connection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { allRules } from '../index';
import { AnalysisWorkspace, nodeFileSystem, type Analysis } from '../workspace';
import { Settings } from './configuration';

export interface CurrentAnalysis {
  analysis: Analysis;
  /** The buffer version the analysis is of. */
  version: number;
}

export class Session {
  readonly documents = new TextDocuments(TextDocument);
  readonly workspace = new AnalysisWorkspace(nodeFileSystem());
  readonly settings: Settings;
  readonly rules = allRules;

  constructor(readonly connection: Connection) {
    this.settings = new Settings(connection);
  }

  /** Analysis of an open document as it is now (cheap: parses and units are cached). */
  async analyze(uri: string): Promise<CurrentAnalysis | undefined> {
    const config = await this.settings.forUri(uri);
    const open = this.documents.get(uri);
    if (!open) return undefined;
    const analysis = this.workspace.analyzeUri(uri, { config, rules: this.rules });
    return analysis && { analysis, version: open.version };
  }
}
