/** Where a document lives: the file-system path behind a `file:` URI, and the way back. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file-system path of a `file:` URI; undefined for other schemes (untitled, remote…). */
export function pathOfUri(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function uriOfPath(path: string): string {
  return pathToFileURL(resolve(path)).href;
}

/**
 * Identity of one source inside the workspace: `key` is the absolute path for
 * files (so a buffer and the same file on disk are one source whatever the URI
 * spelling) and the URI itself otherwise.
 */
export interface SourceId {
  key: string;
  uri: string;
  path?: string;
  dir?: string;
}

export function sourceOfUri(uri: string): SourceId {
  const path = pathOfUri(uri);
  return path === undefined ? { key: uri, uri } : { key: resolve(path), uri, path: resolve(path), dir: dirname(resolve(path)) };
}

export function sourceOfPath(path: string, uri?: string): SourceId {
  const abs = resolve(path);
  return { key: abs, uri: uri ?? pathToFileURL(abs).href, path: abs, dir: dirname(abs) };
}
