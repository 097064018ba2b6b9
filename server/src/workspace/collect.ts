/** Which files form an analysis unit, and which files a CLI scan covers. */
import { join, resolve } from 'node:path';
import { isTerraformSyntax, syntaxForPath } from '../index';
import type { DirEntry, FileSystem } from './files';

/** Directories never scanned: dependencies, VCS data, Terraform's provider/module cache. */
export const skippedDirectories: readonly string[] = ['node_modules', '.git', '.terraform'];

export function isTerraformPath(path: string): boolean {
  return isTerraformSyntax(syntaxForPath(path));
}

/** The `.tf` and `.tf.json` files of one directory (a Terraform module), as sorted absolute paths. */
export function moduleFiles(fs: FileSystem, dir: string): string[] {
  return moduleFilesIn(dir, fs.readDir(dir) ?? []);
}

/** moduleFiles, given the directory's listing. */
export function moduleFilesIn(dir: string, entries: readonly DirEntry[]): string[] {
  const abs = resolve(dir);
  return entries
    .filter((e) => e.kind === 'file' && isTerraformPath(e.name))
    .map((e) => join(abs, e.name))
    .sort();
}

export interface Collected {
  /** Absolute paths of the files to analyse, sorted, without duplicates. */
  files: string[];
  /** Arguments that are neither a file nor a directory. */
  missing: string[];
}

/**
 * Expands the CLI's path arguments: directories are walked (skipping
 * `skippedDirectories`; CDK output such as `cdk.out` IS scanned), and every
 * file Onus can read (`syntaxForPath` is not 'none') is kept.
 */
export function collectFiles(fs: FileSystem, paths: readonly string[], cwd: string): Collected {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const arg of paths) {
    const abs = resolve(cwd, arg);
    if (fs.stat(abs)) {
      if (syntaxForPath(abs) !== 'none') files.add(abs);
      continue;
    }
    const entries = fs.readDir(abs);
    if (entries) walk(fs, abs, entries, files);
    else missing.push(arg);
  }
  return { files: [...files].sort(), missing };
}

function walk(fs: FileSystem, dir: string, entries: readonly DirEntry[], out: Set<string>): void {
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, entry.name);
    if (entry.kind === 'directory') {
      const inner = skippedDirectories.includes(entry.name) ? undefined : fs.readDir(path);
      if (inner) walk(fs, path, inner, out);
    } else if (entry.kind === 'file' && syntaxForPath(entry.name) !== 'none') {
      out.add(path);
    }
  }
}
