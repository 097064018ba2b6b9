/**
 * Document sync (didOpen / didChange / didClose through TextDocuments, incremental):
 * keeps the workspace's buffers current and re-publishes the document and the
 * other open documents of its Terraform module; clears diagnostics on close.
 */
import type { DiagnosticsPublisher } from './diagnostics';
import { safeNotification } from './safe';
import type { Session } from './session';

export function registerDocuments(session: Session, publisher: DiagnosticsPublisher): void {
  const { connection, documents, workspace } = session;
  documents.onDidChangeContent(
    safeNotification(connection, 'textDocument/didChange', ({ document }) => {
      workspace.setBuffer({ uri: document.uri, text: document.getText(), version: document.version, languageId: document.languageId });
      publisher.schedule(document.uri);
      publisher.scheduleMany(workspace.openSiblings(document.uri));
    }),
  );
  documents.onDidClose(
    safeNotification(connection, 'textDocument/didClose', ({ document }) => {
      workspace.closeBuffer(document.uri);
      publisher.clear(document.uri);
      publisher.scheduleMany(workspace.affectedBy(document.uri));
    }),
  );
  documents.listen(connection);
}
