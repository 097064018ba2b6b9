/** initialize / initialized: capabilities, client features, workspace folders. */
import { CodeActionKind, TextDocumentSyncKind, type InitializeParams, type InitializeResult, type ServerCapabilities } from 'vscode-languageserver/node';
import manifest from '../../../package.json';
import type { DiagnosticsPublisher } from './diagnostics';
import type { BackgroundIndex } from './indexing';
import { safeNotification } from './safe';
import type { Session } from './session';
import { watchFiles } from './watched-files';

export const serverCapabilities: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, `${CodeActionKind.SourceFixAll}.onus`], resolveProvider: false },
  hoverProvider: true,
  workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
};

export function initializeResult(): InitializeResult {
  return { capabilities: serverCapabilities, serverInfo: { name: 'onus', version: manifest.version } };
}

export function registerInitialize(session: Session, publisher: DiagnosticsPublisher, index: BackgroundIndex): void {
  const { connection, settings } = session;
  let foldersSupported = false;
  let canWatch = false;
  let canShowProgress = false;
  connection.onInitialize((params: InitializeParams) => {
    const workspace = params.capabilities.workspace;
    canWatch = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canShowProgress = params.capabilities.window?.workDoneProgress === true;
    settings.setCanPull(workspace?.configuration === true);
    foldersSupported = workspace?.workspaceFolders === true;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    settings.setFolders(folders);
    return initializeResult();
  });
  connection.onInitialized(
    safeNotification(connection, 'initialized', () => {
      if (canWatch) void watchFiles(connection, session);
      void index.start(canShowProgress);
      if (!foldersSupported) return;
      connection.workspace.onDidChangeWorkspaceFolders(
        safeNotification(connection, 'workspace/didChangeWorkspaceFolders', (event) => {
          const removed = new Set(event.removed.map((f) => f.uri.replace(/\/$/, '')));
          const kept = settings.workspaceFolders.filter((f) => !removed.has(f));
          settings.setFolders([...kept, ...event.added.map((f) => f.uri)]);
          publisher.scheduleAll();
        }),
      );
    }),
  );
}
