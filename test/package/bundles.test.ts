/**
 * The bundles are self-contained: no relative require() left for a file that
 * is not shipped (a UMD package bundled through its `main` leaves
 * `require("./impl/...")` behind, which fails only at run time).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { builtinModules } from 'node:module';

const repoRoot = resolve(__dirname, '../..');

function requires(bundle: string): string[] {
  const text = readFileSync(join(repoRoot, bundle), 'utf8');
  return [...text.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
}

const builtin = (name: string) => name.startsWith('node:') || builtinModules.includes(name) || builtinModules.includes(name.split('/')[0]);

const bundles: [string, string[]][] = [
  ['dist/server.js', []],
  ['dist/cli.js', []],
  ['dist/client.js', ['vscode']],
];

for (const [bundle, allowed] of bundles) {
  test(`${bundle} requires only Node built-ins${allowed.length ? ` and ${allowed.join(', ')}` : ''}`, () => {
    const outside = [...new Set(requires(bundle))].filter((name) => !builtin(name) && !allowed.includes(name));
    assert.deepEqual(outside, []);
  });
}
