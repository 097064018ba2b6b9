/**
 * Inputs and invariants shared by the hardening tests: a deterministic sample
 * of the shared real-world corpus (absent in a user's fresh clone: callers skip),
 * the fixture texts, and the "every span lies inside the document" check.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allRules, analyzeDocument, parseDocument, renderFix, resolveConfig, type Finding, type OnusDocument } from '../../server/src/index';
import { corpusSkip, sharedCorpus, walk } from '../corpus/shared';
import { cloudFormationJson, cloudFormationYaml, halfTyped, terraform, terraformWithSsh } from '../lsp/fixtures';

export const realSkip = corpusSkip('real');

/** Required tags on, so the tagging rules (and their fixes) run too. */
export const config = resolveConfig({ requiredTags: ['Owner'] });

export interface Sample {
  /** A name whose extension selects the syntax (`x.tf`, `x.yaml`, `x.json`). */
  name: string;
  text: string;
}

const analysable = /\.(tf|ya?ml|json|template)$/;

/**
 * Every `step`-th file of the real corpus (sorted, so deterministic), up to `limit`,
 * smallest-first within the cap on size so each test stays within its time budget.
 */
export function corpusSample(limit: number, maxBytes = 40_000, keep: (path: string) => boolean = (p) => analysable.test(p)): Sample[] {
  if (realSkip) return [];
  const root = join(sharedCorpus, 'real');
  const files = walk(root, keep)
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }))
    .filter((f) => f.text.length > 200 && f.text.length <= maxBytes);
  const step = Math.max(1, Math.floor(files.length / limit));
  const picked = files.filter((_, i) => i % step === 0).slice(0, limit);
  return picked.map((f) => ({ name: relative(root, f.path).replace(/\.template$/, '.yaml'), text: f.text }));
}

export const fixtureSamples: Sample[] = [
  { name: 'fixture.tf', text: terraform },
  { name: 'fixture-ssh.tf', text: terraformWithSsh },
  { name: 'half.tf', text: halfTyped },
  { name: 'fixture.yaml', text: cloudFormationYaml },
  { name: 'fixture.json', text: cloudFormationJson },
];

function isSpan(value: unknown): value is { start: number; end: number } {
  return typeof value === 'object' && value !== null && typeof (value as { start?: unknown }).start === 'number' && typeof (value as { end?: unknown }).end === 'number';
}

/**
 * Walks plain objects and arrays (not class instances such as `yaml` nodes) and
 * asserts every `span` / `…Span` / `openBrace`-like {start, end} lies in [0, length].
 */
export function assertSpansInside(root: unknown, length: number, where: string): void {
  // Iterative: documents nested thousands of levels deep must not overflow the test's own stack.
  const seen = new Set<object>();
  const stack: [unknown, string][] = [[root, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) continue;
    seen.add(value);
    if (isSpan(value) && !Array.isArray(value)) {
      const { start, end } = value;
      assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length, `${where}: span ${path} = [${start}, ${end}) outside a document of length ${length}`);
    }
    for (const [key, child] of Object.entries(value)) if (key !== 'tree' && key !== 'lineIndex') stack.push([child, path.length > 200 ? path : `${path}.${key}`]);
  }
}

/** Parse, analyse with every rule, render every fix; checks spans throughout. Throws on any violation. */
export function exercise(name: string, text: string): { document: OnusDocument; findings: Finding[] } {
  const document = parseDocument(name, text, config);
  assert.equal(document.text.length <= text.length, true);
  const length = document.text.length;
  assertSpansInside({ errors: document.errors, resources: document.resources, comments: document.comments, hcl: document.hcl, providers: document.providers }, length, `${name} document`);
  const findings = analyzeDocument(document, { config, rules: allRules, now: new Date('2026-01-01T00:00:00Z') });
  for (const finding of findings) {
    assertSpansInside({ span: finding.span, resource: finding.resource }, length, `${name} finding ${finding.ruleId}`);
    assert.ok(finding.range.start.line >= 0 && finding.range.end.line <= document.lineIndex.rangeOf({ start: length, end: length }).end.line);
    for (const fix of finding.fixes) {
      const rendered = renderFix(document, fix);
      if (rendered) assertSpansInside(rendered.edits, length, `${name} fix of ${finding.ruleId}`);
    }
    for (const rendered of finding.textFixes ?? []) assertSpansInside(rendered.edits, length, `${name} text fix of ${finding.ruleId}`);
  }
  return { document, findings };
}
