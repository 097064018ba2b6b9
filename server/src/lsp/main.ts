/**
 * The language server process: `node dist/server.js --stdio` (or --node-ipc /
 * --socket=N, chosen by vscode-languageserver from the arguments).
 */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { logError } from './safe';
import { startServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// Never crash on a stray error: log it where the user can see it and keep serving.
process.on('uncaughtException', (error) => logError(connection, 'uncaught exception', error));
process.on('unhandledRejection', (reason) => logError(connection, 'unhandled rejection', reason));
startServer(connection);
connection.listen();
