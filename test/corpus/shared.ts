/** Where the shared corpora live, and a skip reason when a clone has none (a user's fresh clone). */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const sharedCorpus = resolve(__dirname, '../../../shared/corpus');

export function corpusSkip(sub: string): string | false {
  return existsSync(join(sharedCorpus, sub)) ? false : `shared corpus ${sub} is absent (only present beside the project's own checkout)`;
}

export function walk(dir: string, keep: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path, keep));
    else if (keep(path)) out.push(path);
  }
  return out.sort();
}
