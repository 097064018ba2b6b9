/** The watched-file cache: pass-through until trusted, then one system call per path until an event invalidates it. */
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { MemoryFs } from '../../../test/support/memory-fs';
import { CachedFileSystem } from './cached-fs';

const root = resolve('/virtual/cached');

/** A MemoryFs counting stat and readDir calls. */
function counted(): { fs: MemoryFs; calls: string[] } {
  const fs = new MemoryFs();
  const calls: string[] = [];
  const stat = fs.stat.bind(fs);
  const readDir = fs.readDir.bind(fs);
  fs.stat = (path) => (calls.push(`stat ${path}`), stat(path));
  fs.readDir = (path) => (calls.push(`readDir ${path}`), readDir(path));
  fs.write(join(root, 'm/main.tf'), 'a');
  fs.write(join(root, 'm/sub/x.tf'), 'b');
  return { fs, calls };
}

test('untrusted, every call reaches the disk', () => {
  const { fs, calls } = counted();
  const cached = new CachedFileSystem(fs);
  cached.stat(join(root, 'm/main.tf'));
  cached.stat(join(root, 'm/main.tf'));
  cached.readDir(join(root, 'm'));
  cached.readDir(join(root, 'm'));
  assert.equal(calls.length, 4);
});

test('trusted, listings and stats are remembered (absent files too) until invalidated', () => {
  const { fs, calls } = counted();
  const cached = new CachedFileSystem(fs);
  cached.trust(true);
  assert.deepEqual(cached.stat(join(root, 'm/main.tf')), { mtimeMs: 1, size: 1 });
  assert.equal(cached.stat(join(root, 'm/none.tf')), undefined);
  assert.deepEqual(cached.readDir(join(root, 'm'))?.map((e) => e.name).sort(), ['main.tf', 'sub']);
  cached.stat(join(root, 'm/main.tf'));
  cached.stat(join(root, 'm/none.tf'));
  cached.readDir(join(root, 'm'));
  assert.equal(calls.length, 3, 'one call per path');

  fs.write(join(root, 'm/none.tf'), 'new');
  assert.equal(cached.stat(join(root, 'm/none.tf')), undefined, 'without an event the cache still answers');
  cached.invalidate(join(root, 'm/none.tf'));
  assert.deepEqual(cached.stat(join(root, 'm/none.tf')), { mtimeMs: 1, size: 3 });
  assert.deepEqual(cached.readDir(join(root, 'm'))?.map((e) => e.name).sort(), ['main.tf', 'none.tf', 'sub'], 'the directory listing was dropped too');
  assert.equal(calls.length, 5);
});

test('invalidating a directory drops everything below it', () => {
  const { fs, calls } = counted();
  const cached = new CachedFileSystem(fs);
  cached.trust(true);
  cached.stat(join(root, 'm/sub/x.tf'));
  cached.readDir(join(root, 'm/sub'));
  cached.stat(join(root, 'm/main.tf'));
  cached.invalidate(join(root, 'm/sub'));
  calls.length = 0;
  cached.stat(join(root, 'm/sub/x.tf'));
  cached.readDir(join(root, 'm/sub'));
  cached.stat(join(root, 'm/main.tf'));
  assert.deepEqual(calls, [`stat ${join(root, 'm/sub/x.tf')}`, `readDir ${join(root, 'm/sub')}`]);
});

test('the cache is bounded: the oldest entries go first', () => {
  const { fs, calls } = counted();
  const cached = new CachedFileSystem(fs, 2);
  cached.trust(true);
  for (const name of ['a', 'b', 'c']) cached.stat(join(root, name));
  calls.length = 0;
  cached.stat(join(root, 'c'));
  cached.stat(join(root, 'a'));
  assert.deepEqual(calls, [`stat ${join(root, 'a')}`]);
});
