/**
 * The catalog's own checks (after ESLint's checkRuleFiles): every rule folder is
 * registered, documented and tested; ids are unique kebab-case; and every
 * example in a README is run, so the docs cannot drift from the rules.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { allRules } from '.';
import { severityOrder } from '../server/src/engine/rule';
import { analyze, type CaseFormat } from './rule-tester';

const clouds = readdirSync(__dirname).filter((d) => ['aws', 'azure', 'google'].includes(d) && statSync(join(__dirname, d)).isDirectory());
const folders = clouds.flatMap((cloud) => readdirSync(join(__dirname, cloud)).map((id) => ({ cloud, id, dir: join(__dirname, cloud, id) })));

test('catalog: every rule folder is registered and every registered rule has a folder', () => {
  assert.deepEqual(folders.map((f) => f.id).sort(), allRules.map((r) => r.meta.id).sort());
});

test('catalog: ids are unique, stable kebab-case, prefixed by their cloud folder', () => {
  const ids = allRules.map((r) => r.meta.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const f of folders) {
    assert.match(f.id, /^[a-z0-9]+(-[a-z0-9]+)+$/);
    assert.ok(f.id.startsWith(`${f.cloud}-`), `${f.id} starts with ${f.cloud}-`);
  }
});

for (const folder of folders) {
  test(`catalog: ${folder.id} has index.ts, README.md and index.test.ts`, () => {
    for (const file of ['index.ts', 'README.md', 'index.test.ts']) assert.ok(existsSync(join(folder.dir, file)), `${folder.id}/${file}`);
  });
}

for (const rule of allRules) {
  test(`catalog: ${rule.meta.id} metadata is complete`, () => {
    const m = rule.meta;
    assert.ok(m.title && m.description.length > 40, 'title and description');
    assert.ok(['customer', 'provider', 'shared'].includes(m.owner));
    assert.ok(severityOrder.includes(m.severity));
    assert.ok(Object.keys(m.messages).length > 0);
    assert.ok(rule.terraform || rule.cloudformation, 'at least one format');
  });

  const readme = join(__dirname, rule.meta.id.split('-')[0], rule.meta.id, 'README.md');
  const text = existsSync(readme) ? readFileSync(readme, 'utf8') : '';
  const blocks = [...text.matchAll(/```(terraform|yaml|json) (bad|good)\n([\s\S]*?)```/g)];
  test(`catalog: ${rule.meta.id} README has bad and good examples`, () => {
    assert.ok(blocks.some((b) => b[2] === 'bad') && blocks.some((b) => b[2] === 'good'), 'README has `bad` and `good` examples');
  });
  blocks.forEach((block, i) => {
    const [, lang, kind, code] = block;
    test(`catalog: ${rule.meta.id} README example ${i + 1} (${lang} ${kind}) behaves as documented`, () => {
      const format: CaseFormat = lang === 'terraform' ? 'terraform' : (lang as CaseFormat);
      const findings = analyze(rule, format, code).filter((f) => f.severity !== 'info');
      if (kind === 'bad') assert.ok(findings.length > 0, `expected a finding in:\n${code}`);
      else assert.deepEqual(findings.map((f) => f.message), []);
    });
  });
}
