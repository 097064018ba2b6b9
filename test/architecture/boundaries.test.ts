/**
 * The rooms of docs/architecture.md and what each must not import. The engine
 * is a pure library: no VS Code, no LSP connection; the adapters only adapt.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(__dirname, '../..');

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...sources(path));
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

function imports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.push(m[1] ?? m[2] ?? m[3]);
  }
  return found;
}

/** The import resolved to a repository path (for relative imports) or the package name. */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return relative(root, resolve(root, file, '..', spec));
}

interface Room {
  name: string;
  files: string[];
  forbidden: (target: string) => boolean;
}

const editorOrProtocol = (t: string) => t === 'vscode' || t.startsWith('vscode-languageserver') || t.startsWith('vscode-languageclient') || t.startsWith('vscode-jsonrpc');
const inRoom = (room: string) => (t: string) => t === room || t.startsWith(room + '/');

const engineFiles = sources('server/src').filter((f) => !f.startsWith('server/src/lsp/') && !f.startsWith('server/src/cli/'));

const rooms: Room[] = [
  { name: 'engine (server/src without lsp, cli)', files: engineFiles, forbidden: (t) => editorOrProtocol(t) || inRoom('server/src/lsp')(t) || inRoom('server/src/cli')(t) },
  { name: 'rules', files: sources('rules'), forbidden: (t) => editorOrProtocol(t) || inRoom('server/src/lsp')(t) || inRoom('server/src/cli')(t) },
  { name: 'lsp adapter', files: sources('server/src/lsp'), forbidden: (t) => t === 'vscode' || inRoom('rules')(t) || inRoom('server/src/cli')(t) || (t.startsWith('server/src/') && !t.startsWith('server/src/lsp') && t !== 'server/src/index' && !t.startsWith('server/src/workspace')) },
  { name: 'cli adapter', files: sources('server/src/cli'), forbidden: (t) => editorOrProtocol(t) || inRoom('rules')(t) || inRoom('server/src/lsp')(t) || (t.startsWith('server/src/') && !t.startsWith('server/src/cli') && t !== 'server/src/index' && !t.startsWith('server/src/workspace')) },
  { name: 'client', files: sources('client/src'), forbidden: (t) => inRoom('server')(t) || inRoom('rules')(t) || t.startsWith('vscode-languageserver') },
];

for (const room of rooms) {
  test(`architecture: ${room.name} imports only what its room may`, () => {
    assert.ok(room.files.length > 0, `${room.name} has source files`);
    const violations = room.files.flatMap((file) => imports(file).filter((spec) => room.forbidden(target(file, spec))).map((spec) => `${file} imports ${spec}`));
    assert.deepEqual(violations, []);
  });
}

test('architecture: the check itself catches a forbidden import', () => {
  const engine = rooms[0];
  assert.equal(engine.forbidden(target('server/src/engine/analyze.ts', 'vscode-languageserver/node')), true);
  assert.equal(engine.forbidden(target('server/src/engine/analyze.ts', '../lsp/server')), true);
  assert.equal(engine.forbidden(target('server/src/engine/analyze.ts', '../model/types')), false);
});
