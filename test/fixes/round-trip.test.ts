/**
 * Every fix on every fixture: the project's own examples and fixtures, and the
 * peers' fixtures when the shared corpus is present. Each fix renders, leaves a
 * file that parses (and that terraform accepts, when it is on PATH), and
 * removes its finding.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { allRules } from '../../rules';
import { checkFixesOf } from '../../rules/rule-tester';
import { resolveConfig } from '../../server/src/config/types';
import { parseDocument } from '../../server/src/engine/parse';
import { corpusSkip, sharedCorpus, walk } from '../corpus/shared';

const root = resolve(__dirname, '../..');
const iac = (p: string) => /\.(tf|ya?ml|json|template)$/.test(p) && !/expected\.(json|ya?ml)$|package(-lock)?\.json$/.test(p);
const config = { requiredTags: ['Owner', 'CostCenter'] };

test('every fix on every fixture of the project round-trips', () => {
  const files = [...walk(join(root, 'examples'), iac), ...walk(join(root, 'test/fixtures'), iac)];
  assert.ok(files.length >= 3);
  let applied = 0;
  for (const file of files) applied += checkFixesOf(allRules, `file://${file}`, readFileSync(file, 'utf8'), config);
  assert.ok(applied >= 20, `fixes applied: ${applied}`);
});

const skip = corpusSkip('checkov');
test('every fix on every Checkov fixture round-trips', { skip }, () => {
  const all = walk(join(sharedCorpus, 'checkov'), iac).filter((f) => !f.endsWith('manifest.json'));
  // A fixture Terraform itself rejects ("Missing newline after argument") cannot show a fix keeps a file valid.
  const broken = all.filter((f) => parseDocument(f, readFileSync(f, 'utf8'), resolveConfig({})).errors.length > 0);
  assert.deepEqual(broken.map((f) => f.split('/').slice(-3).join('/')), ['s3-versioning/S3BucketVersioning/main.tf']);
  const files = all.filter((f) => !broken.includes(f));
  let applied = 0;
  // The terraform oracle runs in the rule tables; here, hundreds of fixes are checked by our own parser only.
  for (const file of files) applied += checkFixesOf(allRules, `file://${file}`, readFileSync(file, 'utf8'), config, false);
  assert.ok(applied >= 200, `fixes applied: ${applied}`);
});
