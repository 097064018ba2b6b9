/**
 * Real-world code no one here wrote: every file analyses without a crash or a
 * rule error, every Terraform file parses without a syntax error, and every
 * CloudFormation template is detected.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { allRules } from '../../rules';
import { resolveConfig } from '../../server/src/config/types';
import { analyzeDocuments } from '../../server/src/engine/analyze';
import type { OnusDocument } from '../../server/src/engine/document';
import { parseDocument } from '../../server/src/engine/parse';
import { corpusSkip, sharedCorpus, walk } from './shared';

const skip = corpusSkip('real');
const config = resolveConfig({ requiredTags: ['Owner'] });

test('real Terraform: no syntax errors, no rule errors, findings on real modules', { skip }, () => {
  const files = walk(join(sharedCorpus, 'real/terraform'), (p) => p.endsWith('.tf'));
  assert.ok(files.length > 50);
  const modules = new Map<string, OnusDocument[]>();
  for (const file of files) {
    const document = parseDocument(file, readFileSync(file, 'utf8'), config);
    assert.deepEqual(document.errors.map((e) => `${file}: ${e.message}`), []);
    modules.set(dirname(file), [...(modules.get(dirname(file)) ?? []), document]);
  }
  let count = 0;
  for (const documents of modules.values()) {
    for (const findings of analyzeDocuments(documents, { config, rules: allRules }).values()) {
      assert.deepEqual(findings.filter((f) => f.messageId === 'internal-error').map((f) => f.message), []);
      count += findings.length;
    }
  }
  assert.ok(count > 0, 'the real modules have findings');
});

test('real CloudFormation: every template detected, no rule errors', { skip }, () => {
  const files = walk(join(sharedCorpus, 'real/cloudformation'), (p) => /\.(ya?ml|json|template)$/.test(p));
  assert.ok(files.length > 100);
  const notTemplates: string[] = [];
  for (const file of files) {
    const document = parseDocument(file, readFileSync(file, 'utf8'), config);
    if (document.kind !== 'cloudformation') {
      notTemplates.push(file);
      continue;
    }
    const findings = analyzeDocuments([document], { config, rules: allRules }).get(document.uri) ?? [];
    assert.deepEqual(findings.filter((f) => f.messageId === 'internal-error').map((f) => f.message), []);
  }
  // Files that mention Resources but are not templates: a macro's event payload (Resources nested
  // under `fragment`) and the ShortHand macro's input (Resources is a list, valid only after the macro runs).
  const knownNotTemplates = ['MacrosExamples/Count/event.json', 'MacrosExamples/Count/event_bad.json', 'MacrosExamples/ShortHand/example.template'];
  const templatesMissed = notTemplates.filter((f) => /AWSTemplateFormatVersion|"Resources"|^Resources:/m.test(readFileSync(f, 'utf8')));
  assert.deepEqual(
    templatesMissed.map((f) => f.split('/').slice(-3).join('/')).sort(),
    knownNotTemplates.sort(),
  );
});
