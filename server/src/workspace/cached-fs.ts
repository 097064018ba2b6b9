/**
 * A FileSystem that remembers directory listings and stats between analyses.
 * Every keystroke in a module lists its directory, stats each sibling and
 * walks up to three parent directories for a caller; on a real disk that is
 * dozens of system calls per keystroke. The cache is only trusted while the
 * client watches the files (workspace/didChangeWatchedFiles), whose events call
 * `invalidate`; until `trust(true)` it passes every call through.
 * File contents are not cached here (the parse cache keys them by stat).
 */
import { dirname, resolve, sep } from 'node:path';
import type { DirEntry, FileStat, FileSystem } from './files';

export class CachedFileSystem implements FileSystem {
  private readonly stats = new Map<string, FileStat | undefined>();
  private readonly listings = new Map<string, DirEntry[] | undefined>();
  private trusted = false;

  constructor(
    private readonly inner: FileSystem,
    /** Bound on each map; the oldest entries go first (a large workspace must not grow the cache without limit). */
    private readonly capacity = 20_000,
  ) {}

  /** Whether file events keep the cache honest; switching either way starts empty. */
  trust(watched: boolean): void {
    this.trusted = watched;
    this.clear();
  }

  get isTrusted(): boolean {
    return this.trusted;
  }

  readFile(path: string): string | undefined {
    return this.inner.readFile(path);
  }

  stat(path: string): FileStat | undefined {
    if (!this.trusted) return this.inner.stat(path);
    // Keys are resolved paths; most callers already pass one, so look it up before resolving.
    if (this.stats.has(path)) return this.stats.get(path);
    const key = resolve(path);
    if (this.stats.has(key)) return this.stats.get(key);
    const stat = this.inner.stat(key);
    remember(this.stats, key, stat, this.capacity);
    return stat;
  }

  readDir(path: string): DirEntry[] | undefined {
    if (!this.trusted) return this.inner.readDir(path);
    if (this.listings.has(path)) return this.listings.get(path);
    const key = resolve(path);
    if (this.listings.has(key)) return this.listings.get(key);
    const entries = this.inner.readDir(key);
    remember(this.listings, key, entries, this.capacity);
    return entries;
  }

  /**
   * A file or directory was created, changed or deleted: forget it, its
   * directory's listing (a name may have appeared or gone) and anything below
   * it (a deleted or renamed directory is reported as one event).
   */
  invalidate(path: string): void {
    const key = resolve(path);
    const below = key + sep;
    for (const map of [this.stats, this.listings] as Map<string, unknown>[]) {
      map.delete(key);
      for (const k of map.keys()) if (k.startsWith(below)) map.delete(k);
    }
    this.listings.delete(dirname(key));
  }

  clear(): void {
    this.stats.clear();
    this.listings.clear();
  }
}

function remember<V>(map: Map<string, V>, key: string, value: V, capacity: number): void {
  map.set(key, value);
  while (map.size > capacity) {
    const oldest = map.keys().next().value;
    if (oldest === undefined) break;
    map.delete(oldest);
  }
}
