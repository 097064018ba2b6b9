/** An in-memory disk for workspace tests: counts reads, bumps mtime on every write. */
import { resolve } from 'node:path';
import type { DirEntry, FileSystem } from '../../server/src/workspace';

export class MemoryFs implements FileSystem {
  readonly files = new Map<string, { text: string; mtimeMs: number }>();
  reads = 0;

  write(path: string, text: string): void {
    const previous = this.files.get(resolve(path));
    this.files.set(resolve(path), { text, mtimeMs: (previous?.mtimeMs ?? 0) + 1 });
  }

  readFile(path: string): string | undefined {
    this.reads++;
    return this.files.get(resolve(path))?.text;
  }

  stat(path: string) {
    const file = this.files.get(resolve(path));
    return file && { mtimeMs: file.mtimeMs, size: file.text.length };
  }

  readDir(path: string): DirEntry[] | undefined {
    const dir = resolve(path);
    const names = new Map<string, DirEntry['kind']>();
    for (const file of this.files.keys()) {
      if (!file.startsWith(dir + '/')) continue;
      const [first, ...rest] = file.slice(dir.length + 1).split('/');
      names.set(first, rest.length > 0 ? 'directory' : 'file');
    }
    return names.size > 0 ? [...names].map(([name, kind]) => ({ name, kind })) : undefined;
  }
}
