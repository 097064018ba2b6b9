/** Handlers never take the server down: errors are logged to the client's output and a neutral answer is sent. */
import type { Connection } from 'vscode-languageserver/node';

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

/** Wraps a request handler: a throw or rejection answers `fallback` and is logged. */
export function safeRequest<P, R>(connection: Connection, where: string, fallback: R, handler: (params: P) => R | Promise<R>): (params: P) => Promise<R> {
  return async (params: P) => {
    try {
      return await handler(params);
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
