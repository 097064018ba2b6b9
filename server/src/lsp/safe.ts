/** Handlers never take the server down: errors are logged to the client's output and a neutral answer is sent. */
import { LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver/node';

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export function logError(connection: Connection, where: string, error: unknown): void {
  try {
    connection.console.error(`onus: ${where} failed: ${describeError(error)}`);
  } catch {
    // The connection itself is gone; nothing left to tell.
  }
}

/** The LSP answer to a cancelled request. */
export function requestCancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

/**
 * Wraps a request handler: a throw or rejection answers `fallback` and is
 * logged. A request cancelled ($/cancelRequest) before it runs is not worked
 * on, and one cancelled while it waited answers "cancelled", as LSP asks.
 */
export function safeRequest<P, R>(
  connection: Connection,
  where: string,
  fallback: R,
  handler: (params: P, token?: CancellationToken) => R | Promise<R>,
): (params: P, token?: CancellationToken) => Promise<R | ResponseError<void>> {
  return async (params: P, token?: CancellationToken) => {
    if (token?.isCancellationRequested) return requestCancelled();
    try {
      const result = await handler(params, token);
      return token?.isCancellationRequested ? requestCancelled() : result;
    } catch (error) {
      logError(connection, where, error);
      return fallback;
    }
  };
}

/** Wraps a notification/event handler. */
export function safeNotification<P>(connection: Connection, where: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params: P) => {
    try {
      const result = handler(params);
      if (result instanceof Promise) result.catch((error: unknown) => logError(connection, where, error));
    } catch (error) {
      logError(connection, where, error);
    }
  };
}
