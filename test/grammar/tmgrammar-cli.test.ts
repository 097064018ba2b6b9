/**
 * The grammar through vscode-tmgrammar-test, the field's own grammar test tool:
 * scope assertions written in Terraform comments (cases/*.test.tf) and a
 * snapshot of a representative file (cases/representative.tf.snap; refresh
 * with `npx vscode-tmgrammar-snap -u -g syntaxes/terraform.tmLanguage.json 'test/grammar/cases/*.tf'`).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(__dirname, '../..');
const grammar = 'syntaxes/terraform.tmLanguage.json';

function run(bin: string, args: string[]) {
  const script = require.resolve(`vscode-tmgrammar-test/dist/${bin}.js`);
  return spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });
}

test('grammar scope assertions pass (vscode-tmgrammar-test)', () => {
  const r = run('unit', ['-g', grammar, 'test/grammar/cases/*.test.tf']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('grammar snapshot of a representative Terraform file is unchanged (vscode-tmgrammar-snap)', () => {
  const r = run('snapshot', ['-g', grammar, 'test/grammar/cases/representative.tf']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
