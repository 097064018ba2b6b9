/**
 * Document sync (didOpen / didChange / didClose through TextDocuments, incremental):
 * keeps the workspace's buffers current and re-publishes the document and the
 * other open documents of its Terraform module; clears diagnostics on close.
 */
import { isConfigUri } from './configuration';
import type { DiagnosticsPublisher } from './diagnostics';
import { safeNotification } from './safe';
import type { Session } from './session';

export function registerDocuments(session: Session, publisher: DiagnosticsPublisher): void {
  const { connection, documents, workspace } = session;
  documents.onDidChangeContent(
    safeNotification(connection, 'textDocument/didChange', ({ document }) => {
      workspace.setBuffer({ uri: document.uri, text: document.getText(), version: document.version, languageId: document.languageId });
      if (isConfigUri(document.uri)) {
        // The configuration changed as typed: every open document may read differently now.
        session.settings.invalidateFiles();
        publisher.scheduleAll();
        return;
      }
      publisher.schedule(document.uri);
      publisher.scheduleMany(workspace.openSiblings(document.uri));
    }),
  );
  documents.onDidClose(
    safeNotification(connection, 'textDocument/didClose', ({ document }) => {
      workspace.closeBuffer(document.uri);
      publisher.clear(document.uri);
      if (isConfigUri(document.uri)) {
        session.settings.invalidateFiles(); // the file on disk applies again
        publisher.scheduleAll();
      }
      publisher.scheduleMany(workspace.affectedBy(document.uri));
    }),
  );
  documents.listen(connection);
}
