/** The FileSystem of the real disk (Node's synchronous fs: the files are small and local). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DirEntry, FileStat, FileSystem } from './files';

/** Calls `onError` with the path and the error for every failed read, so callers can report I/O errors. */
export function nodeFileSystem(onError?: (path: string, error: unknown) => void): FileSystem {
  return {
    readFile(path: string): string | undefined {
      try {
        return readFileSync(path, 'utf8');
      } catch (error) {
        onError?.(path, error);
        return undefined;
      }
    },
    stat(path: string): FileStat | undefined {
      try {
        // No exception for a missing file (the common case: callers and config files are looked for).
        const s = statSync(path, { throwIfNoEntry: false });
        return s?.isFile() ? { mtimeMs: s.mtimeMs, size: s.size } : undefined;
      } catch {
        return undefined;
      }
    },
    readDir(path: string): DirEntry[] | undefined {
      try {
        return readdirSync(path, { withFileTypes: true }).map((d) => ({ name: d.name, kind: entryKind(path, d) }));
      } catch (error) {
        onError?.(path, error);
        return undefined;
      }
    },
  };
}

function entryKind(dir: string, d: { name: string; isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): DirEntry['kind'] {
  if (d.isFile()) return 'file';
  if (d.isDirectory()) return 'directory';
  if (!d.isSymbolicLink()) return 'other';
  // Symlinked files are followed; symlinked directories are not (no cycles); a broken link
  // counts as a file so that reading it reports the problem instead of hiding it.
  try {
    return statSync(join(dir, d.name)).isDirectory() ? 'other' : 'file';
  } catch {
    return 'file';
  }
}
