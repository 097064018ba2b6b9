/**
 * The responsibility matrix in VS Code: the command "Onus: Show Responsibility
 * Matrix" (a webview panel, matrix-html.ts) and the status bar item
 * "Onus: N unmet". Both read the server's `onus/matrix` answer, fetched again
 * (coalesced, after a short quiet period) whenever diagnostics or watched files
 * change. A row's link opens its resource at its range.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { matrixPage } from './matrix-html';
import { unmetCount, type WireMatrix } from './matrix-types';

export const matrixPanelTitle = 'Onus: Responsibility Matrix';
const viewType = 'onus.matrix';
/** Diagnostics arrive in bursts (one per file): fetch once they settle. */
const quietMs = 400;

export class MatrixView implements vscode.Disposable {
  private readonly status: vscode.StatusBarItem;
  private panel: vscode.WebviewPanel | undefined;
  /** Per panel: the page is replaced only when its content changes, so focus and scroll survive a refresh. */
  private nonce = '';
  private matrix: WireMatrix | undefined;
  private error: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private readonly disposables: vscode.Disposable[] = [];

  /** `command`: what a click on the status bar item runs (the command that shows the panel). */
  constructor(
    private readonly request: () => Promise<WireMatrix | null>,
    command: string,
  ) {
    this.status = vscode.window.createStatusBarItem('onus.unmet', vscode.StatusBarAlignment.Left, 10);
    this.status.name = 'Onus: unmet customer duties';
    this.status.command = command;
    this.status.tooltip = 'Customer duties Onus finds not met in this workspace. Click for the responsibility matrix.';
    this.disposables.push(this.status, vscode.languages.onDidChangeDiagnostics(() => this.schedule()));
  }

  /** Refetch on file events the diagnostics do not cover (closed files changed on disk). */
  watch(watcher: vscode.FileSystemWatcher): void {
    this.disposables.push(watcher.onDidChange(() => this.schedule()), watcher.onDidCreate(() => this.schedule()), watcher.onDidDelete(() => this.schedule()));
  }

  get statusText(): string | undefined {
    return this.status.text || undefined;
  }

  get lastMatrix(): WireMatrix | undefined {
    return this.matrix;
  }

  get panelHtml(): string | undefined {
    return this.panel?.webview.html;
  }

  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.refresh();
    }, quietMs);
  }

  /** Fetches the matrix now (a fetch already running is followed by one more). */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          this.matrix = (await this.request()) ?? undefined;
          this.error = this.matrix ? undefined : 'The Onus language server could not build the matrix (see the Onus output).';
        } catch (error) {
          this.error = `The Onus language server did not answer: ${error instanceof Error ? error.message : String(error)}`;
        }
        this.render();
      } while (this.again);
    })().finally(() => (this.running = undefined));
    return this.running;
  }

  async show(): Promise<void> {
    if (this.panel) this.panel.reveal(undefined, true);
    else {
      this.nonce = randomBytes(16).toString('base64');
      this.panel = vscode.window.createWebviewPanel(viewType, matrixPanelTitle, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, { enableScripts: true, localResourceRoots: [] });
      this.panel.onDidDispose(() => (this.panel = undefined), undefined, this.disposables);
      this.panel.webview.onDidReceiveMessage((message: unknown) => void this.open(message), undefined, this.disposables);
      this.render();
    }
    await this.refresh();
  }

  private render(): void {
    if (this.matrix) {
      const n = unmetCount(this.matrix);
      this.status.text = `Onus: ${n} unmet`;
      this.status.backgroundColor = n > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
      this.status.show();
    }
    if (!this.panel) return;
    const html = matrixPage(this.matrix, this.nonce, this.error);
    if (this.panel.webview.html !== html) this.panel.webview.html = html;
  }

  /** `{ type: 'open', row }` from the page: the row's resource, selected, in the editor column. */
  private async open(message: unknown): Promise<void> {
    const m = message as { type?: unknown; row?: unknown } | undefined;
    if (m?.type !== 'open' || typeof m.row !== 'number') return;
    const row = this.matrix?.rows[m.row];
    if (!row) return;
    const { start, end } = row.range;
    const selection = new vscode.Range(start.line - 1, start.column - 1, end.line - 1, end.column - 1);
    // The panel has the focus: open beside it, in the first editor column that is not its own.
    const column = vscode.window.visibleTextEditors.map((e) => e.viewColumn).find((c) => c !== undefined && c !== this.panel?.viewColumn) ?? vscode.ViewColumn.One;
    await vscode.window.showTextDocument(vscode.Uri.parse(row.uri), { selection, viewColumn: column, preview: false });
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
