/**
 * The real CloudFormation corpus through the engine entry point: every file is parsed, analysed
 * and hovered (on every resource type and property key) without an exception or a rule error.
 * Counts are reported, not asserted beyond plausibility: the corpus is data, not a contract.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { allRules, analyzeDocument, hoverAt, parseDocument, resolveConfig } from '../../server/src/index';
import { corpusSkip, sharedCorpus, walk } from './shared';

test('cfn real corpus: every file processed without an exception; templates and findings per rule', { skip: corpusSkip('real') }, (t) => {
  const config = resolveConfig({ requiredTags: ['Owner'] });
  const files = walk(join(sharedCorpus, 'real/cloudformation'), (p) => /\.(ya?ml|json|template)$/.test(p));
  let templates = 0;
  let variants = 0;
  let skipped = 0;
  const perRule = new Map<string, number>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const document = parseDocument(file, text, config);
    if (document.kind !== 'cloudformation') continue;
    templates++;
    const findings = analyzeDocument(document, { config, rules: allRules });
    assert.deepEqual(findings.filter((f) => f.messageId === 'internal-error').map((f) => f.message), [], file);
    for (const f of findings) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
    for (const r of document.resources) {
      if (r.variants) variants += r.variants.length;
      if (r.variants?.length === 0) skipped++;
      hoverAt(document, findings, r.typeSpan.start + 1);
      const props = r.definition?.entries.get('Properties')?.value;
      if (props?.kind === 'object') for (const e of props.entries.values()) if (e.keySpan) hoverAt(document, findings, e.keySpan.start);
    }
  }
  assert.equal(files.length, 205);
  assert.ok(templates >= 180, `${templates} templates`);
  const rules = [...perRule].sort(([a], [b]) => a.localeCompare(b)).map(([id, n]) => `${id}=${n}`);
  t.diagnostic(`${files.length} files, ${templates} templates, ${variants} condition variants, ${skipped} resources never created (Condition known false)`);
  t.diagnostic(`findings per rule: ${rules.join(', ')}`);
});
