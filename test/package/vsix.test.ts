/**
 * The packaged extension holds exactly the allow-listed files of .vscodeignore:
 * the two bundles, the grammars, README, LICENSE and the manifest. No sources,
 * tests, source maps, node_modules or the CLI bundle.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { zipEntries } from './zip';

const repoRoot = resolve(__dirname, '../..');
let dir: string;
let vsix: string;

before(() => {
  for (const bundle of ['dist/client.js', 'dist/server.js']) {
    assert.ok(existsSync(join(repoRoot, bundle)), `${bundle} exists (run \`npm run build\` first)`);
  }
  dir = mkdtempSync(join(tmpdir(), 'onus-vsix-'));
  vsix = join(dir, 'onus.vsix');
  const vsce = join(repoRoot, 'node_modules/@vscode/vsce/vsce');
  const run = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '-o', vsix], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  assert.equal(run.status, 0, `vsce package failed:\n${run.stdout}\n${run.stderr}`);
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function walk(relative: string): string[] {
  return readdirSync(join(repoRoot, relative), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(`${relative}/${e.name}`) : [`${relative}/${e.name}`],
  );
}

test('the .vsix contains exactly the allow-listed files', () => {
  const expected = [
    '[Content_Types].xml',
    'extension.vsixmanifest',
    'extension/package.json',
    'extension/LICENSE.txt',
    'extension/dist/client.js',
    'extension/dist/server.js',
    ...(existsSync(join(repoRoot, 'README.md')) ? ['extension/readme.md'] : []),
    ...walk('syntaxes').map((p) => `extension/${p}`),
    'extension/schemas/onus.schema.json',
  ].sort();
  assert.deepEqual(zipEntries(vsix).sort(), expected);
});

test('nothing that must stay out slipped in', () => {
  for (const name of zipEntries(vsix)) {
    assert.doesNotMatch(name, /node_modules|\.map$|\.ts$|^extension\/(server|client|test|rules|scripts)\/|dist\/cli\.js/, name);
  }
});
