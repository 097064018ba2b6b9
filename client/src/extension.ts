/**
 * The VS Code side: starts the Onus language server (dist/server.js, over IPC),
 * provides the internal `onus.selectRange` command that code actions use to
 * select a placeholder after a fix, and the command "Onus: Fix all in file"
 * (`onus.fixAllInFile`), which applies the server's `source.fixAll.onus` action, and the
 * responsibility matrix (`onus.showMatrix` and the status bar item, matrix-view.ts). Imports only `vscode` and
 * `vscode-languageclient`; it runs no workspace code, so it works in
 * untrusted workspaces.
 */
import * as vscode from 'vscode';
import { serverExecArgv } from './server-flags';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { matrixRequest, type WireMatrix } from './matrix-types';
import { MatrixView } from './matrix-view';

/** Internal command id; the language server puts it on code actions (lsp/convert.ts). */
const selectRangeCommand = 'onus.selectRange';
/** Contributed in package.json (`contributes.commands`). */
const fixAllCommand = 'onus.fixAllInFile';
/** Contributed in package.json: the responsibility matrix panel (matrix-view.ts). */
const showMatrixCommand = 'onus.showMatrix';
/** The code action kind the server offers for fix-all (lsp/code-action.ts). */
const fixAllKind = 'source.fixAll.onus';

interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

// The running client, so that `deactivate` can stop it and VS Code waits for the shutdown.
let client: LanguageClient | undefined;

function isWireRange(value: unknown): value is WireRange {
  const r = value as WireRange | undefined;
  return typeof r?.start?.line === 'number' && typeof r.start.character === 'number' && typeof r.end?.line === 'number' && typeof r.end.character === 'number';
}

async function selectRange(uri: unknown, range: unknown): Promise<void> {
  if (typeof uri !== 'string' || !isWireRange(range)) return;
  const target = vscode.Uri.parse(uri);
  const editor =
    vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString()) ??
    (await vscode.window.showTextDocument(target, { preserveFocus: false }));
  const selection = new vscode.Selection(range.start.line, range.start.character, range.end.line, range.end.character);
  editor.selection = selection;
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Applies the server's fix-all action to the active editor (VS Code's built-in code-action command does the request and the edit). */
async function fixAllInFile(): Promise<void> {
  if (!vscode.window.activeTextEditor) {
    void vscode.window.showInformationMessage('Onus: open a Terraform or CloudFormation file to fix.');
    return;
  }
  await vscode.commands.executeCommand('editor.action.codeAction', { kind: fixAllKind, apply: 'first' });
}

/** What `activate` returns (the extension's `exports`): read by the extension-host tests. */
export interface OnusApi {
  matrixStatusText(): string | undefined;
  matrixPanelHtml(): string | undefined;
  lastMatrix(): WireMatrix | undefined;
}

export async function activate(context: vscode.ExtensionContext): Promise<OnusApi> {
  context.subscriptions.push(vscode.commands.registerCommand(selectRangeCommand, selectRange));
  context.subscriptions.push(vscode.commands.registerCommand(fixAllCommand, fixAllInFile));

  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...serverExecArgv] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...serverExecArgv, '--nolazy', '--inspect=6009'] } },
  };
  const languages = ['terraform', 'yaml', 'json'];
  // Sibling .tf files and Onus config files (.onus.yaml) changed outside the editor.
  const watcher = vscode.workspace.createFileSystemWatcher('**/{*.tf,.onus.yaml,.onus.yml}');
  context.subscriptions.push(watcher);
  const clientOptions: LanguageClientOptions = {
    // YAML and JSON files are sent too: the server decides which ones are CloudFormation templates.
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    synchronize: {
      configurationSection: 'onus',
      // Sibling .tf files changed outside the editor re-analyse the open files of their module.
      fileEvents: watcher,
    },
  };
  client = new LanguageClient('onus', 'Onus', serverOptions, clientOptions);
  const running = client;
  const matrix = new MatrixView(() => running.sendRequest<WireMatrix | null>(matrixRequest), showMatrixCommand);
  matrix.watch(watcher);
  context.subscriptions.push(matrix, vscode.commands.registerCommand(showMatrixCommand, () => matrix.show()));
  await client.start();
  void matrix.refresh();
  return { matrixStatusText: () => matrix.statusText, matrixPanelHtml: () => matrix.panelHtml, lastMatrix: () => matrix.lastMatrix };
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}
