/** docs/rules.md is the catalog as generated now (run `npm run docs` after changing a rule). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { allRules } from '../../rules';
import { catalogMarkdown } from '../../rules/catalog-doc';

test('docs/rules.md lists every rule of the catalog, as generated', () => {
  const committed = readFileSync(join(__dirname, '../../docs/rules.md'), 'utf8');
  assert.equal(committed, catalogMarkdown(allRules), 'docs/rules.md is stale: run `npm run docs`');
  for (const rule of allRules) assert.ok(committed.includes(`[${rule.meta.id}](`), rule.meta.id);
});
