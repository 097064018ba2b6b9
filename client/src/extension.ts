/**
 * The VS Code side: starts the Onus language server (dist/server.js, over IPC)
 * and provides the internal `onus.selectRange` command that code actions use to
 * select a placeholder after a fix. Imports only `vscode` and
 * `vscode-languageclient`; it runs no workspace code, so it works in
 * untrusted workspaces.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

/** Internal command id; the language server puts it on code actions (lsp/convert.ts). */
const selectRangeCommand = 'onus.selectRange';

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

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(vscode.commands.registerCommand(selectRangeCommand, selectRange));

  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const languages = ['terraform', 'yaml', 'json'];
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.tf');
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
  await client.start();
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}
