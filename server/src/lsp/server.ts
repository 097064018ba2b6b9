/** Wires one handler module per LSP method onto a connection. */
import type { Connection } from 'vscode-languageserver/node';
import { registerCodeActions } from './code-action';
import { registerConfiguration } from './configuration';
import { DiagnosticsPublisher } from './diagnostics';
import { registerDocuments } from './documents';
import { registerHover } from './hover';
import { BackgroundIndex, registerIndexing } from './indexing';
import { registerInitialize } from './initialize';
import { registerMatrix } from './matrix';
import { Session } from './session';
import { registerWatchedFiles } from './watched-files';

export function startServer(connection: Connection): Session {
  const session = new Session(connection);
  const publisher = new DiagnosticsPublisher(session);
  const index = new BackgroundIndex(session, publisher);
  registerInitialize(session, publisher, index);
  registerDocuments(session, publisher);
  registerConfiguration(session, publisher);
  registerWatchedFiles(session, publisher, index);
  registerIndexing(session, index);
  registerCodeActions(session);
  registerHover(session);
  registerMatrix(session);
  return session;
}
