/** Wires one handler module per LSP method onto a connection. */
import type { Connection } from 'vscode-languageserver/node';
import { registerCodeActions } from './code-action';
import { registerConfiguration } from './configuration';
import { DiagnosticsPublisher } from './diagnostics';
import { registerDocuments } from './documents';
import { registerHover } from './hover';
import { registerInitialize } from './initialize';
import { Session } from './session';
import { registerWatchedFiles } from './watched-files';

export function startServer(connection: Connection): Session {
  const session = new Session(connection);
  const publisher = new DiagnosticsPublisher(session);
  registerInitialize(session, publisher);
  registerDocuments(session, publisher);
  registerConfiguration(session, publisher);
  registerWatchedFiles(session, publisher);
  registerCodeActions(session);
  registerHover(session);
  return session;
}
