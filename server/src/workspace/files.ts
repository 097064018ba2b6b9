/**
 * File access for the workspace library, injected so the language server and
 * the CLI share one implementation (and tests can use an in-memory one).
 */
export interface FileStat {
  mtimeMs: number;
  size: number;
}

export interface DirEntry {
  name: string;
  kind: 'file' | 'directory' | 'other';
}

export interface FileSystem {
  /** The file's text (UTF-8), or undefined when it cannot be read. */
  readFile(path: string): string | undefined;
  /** Modification time and size of a file, or undefined when it is absent or not a file. */
  stat(path: string): FileStat | undefined;
  /** The entries of a directory, or undefined when it cannot be listed. */
  readDir(path: string): DirEntry[] | undefined;
}
