/**
 * Table tests for rules (after ESLint's RuleTester): valid and invalid cases in
 * every format, exact ranges and source text, fixed output, and for every fix
 * of every finding: it renders, the result re-parses cleanly, and the finding
 * is gone.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { resolveConfig, type OnusConfig } from '../server/src/config/types';
import { analyzeDocument } from '../server/src/engine/analyze';
import type { Finding } from '../server/src/engine/finding';
import { parseDocument } from '../server/src/engine/parse';
import type { Rule } from '../server/src/engine/rule';
import { applyEdits, renderFix } from '../server/src/fixes/render';

export type CaseFormat = 'terraform' | 'yaml' | 'json';

const fileName: Record<CaseFormat, string> = { terraform: 'file:///case/main.tf', yaml: 'file:///case/template.yaml', json: 'file:///case/template.json' };

export interface ExpectedError {
  messageId: string;
  /** 1-based [startLine, startColumn, endLine, endColumn], end exclusive. */
  range: [number, number, number, number];
  /** The exact source text the range covers. */
  text: string;
  severity?: Finding['severity'];
  /** Text after applying this finding's first quick fix (not the suppression). */
  output?: string;
}

export interface ValidCase {
  name: string;
  format: CaseFormat;
  code: string;
  config?: Partial<OnusConfig>;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

export function analyze(rule: Rule, format: CaseFormat, code: string, config?: Partial<OnusConfig>): Finding[] {
  const cfg = resolveConfig(config);
  const document = parseDocument(fileName[format], code, cfg);
  assert.deepEqual(document.errors.map((e) => e.message), [], 'test case must parse cleanly');
  return analyzeDocument(document, { config: cfg, rules: [rule] });
}

function oneBased(f: Finding): [number, number, number, number] {
  return [f.range.start.line + 1, f.range.start.character + 1, f.range.end.line + 1, f.range.end.character + 1];
}

/** `terraform` on PATH is an optional oracle: it must accept every fixed Terraform file too. */
const terraformOnPath = spawnSync('terraform', ['version'], { stdio: 'ignore' }).status === 0;

function terraformAccepts(text: string): string | undefined {
  const r = spawnSync('terraform', ['fmt', '-no-color', '-'], { input: text, encoding: 'utf8' });
  return r.status === 0 ? undefined : r.stderr;
}

/** Applies every fix of every finding and checks the promise each makes. */
export function checkAllFixes(rule: Rule, format: CaseFormat, code: string, config?: Partial<OnusConfig>): void {
  checkFixesOf([rule], fileName[format], code, config);
}

/** Every fix of every finding in one file: it renders, the result parses (and terraform accepts it), the finding is gone. */
export function checkFixesOf(rules: readonly Rule[], uri: string, code: string, config?: Partial<OnusConfig>, oracle = terraformOnPath): number {
  const cfg = resolveConfig(config);
  const document = parseDocument(uri, code, cfg);
  const format: CaseFormat = document.syntax === 'hcl' ? 'terraform' : document.syntax === 'json' ? 'json' : 'yaml';
  const findings = analyzeDocument(document, { config: cfg, rules });
  let applied = 0;
  for (const finding of findings) {
    for (const fix of finding.fixes) {
      const rendered = renderFix(document, fix);
      assert.ok(rendered, `fix "${fix.title}" must render`);
      const fixed = applyEdits(code, rendered.edits);
      const after = parseDocument(uri, fixed, cfg);
      assert.deepEqual(after.errors.map((e) => e.message), [], `after "${fix.title}" the file must parse:\n${fixed}`);
      if (format === 'terraform' && oracle) assert.equal(terraformAccepts(fixed), undefined, `terraform fmt accepts the file after "${fix.title}":\n${fixed}`);
      applied++;
      const remaining = analyzeDocument(after, { config: cfg, rules }).filter(
        (f) => f.ruleId === finding.ruleId && f.messageId === finding.messageId && f.resource.name === finding.resource.name && f.range.start.line === finding.range.start.line + lineShift(code, fixed, finding),
      );
      assert.equal(remaining.length, 0, `after "${fix.title}" the finding ${finding.messageId} on ${finding.resource.name} must be gone:\n${fixed}`);
      for (const s of rendered.selections) assert.ok(s.start >= 0 && s.end <= fixed.length && s.start <= s.end, 'selection inside the fixed text');
    }
  }
  return applied;
}

/** Lines inserted above the finding by a fix (a suppression comment moves it down). */
function lineShift(before: string, after: string, finding: Finding): number {
  const prefixBefore = before.split('\n').slice(0, finding.range.start.line).join('\n');
  let i = 0;
  while (i < prefixBefore.length && prefixBefore[i] === after[i]) i++;
  if (i === prefixBefore.length) return 0;
  return after.split('\n').length - before.split('\n').length;
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  for (const c of cases.valid) {
    test(`${rule.meta.id} valid (${c.format}): ${c.name}`, () => {
      assert.deepEqual(analyze(rule, c.format, c.code, c.config).map((f) => `${f.messageId} ${f.message}`), []);
    });
  }
  for (const c of cases.invalid) {
    test(`${rule.meta.id} invalid (${c.format}): ${c.name}`, () => {
      const findings = analyze(rule, c.format, c.code, c.config);
      const actual = findings.map((f) => ({ messageId: f.messageId, range: oneBased(f), text: c.code.slice(f.span.start, f.span.end) }));
      assert.deepEqual(actual, c.errors.map((e) => ({ messageId: e.messageId, range: e.range, text: e.text })));
      findings.forEach((f, i) => {
        const expected = c.errors[i];
        if (expected.severity) assert.equal(f.severity, expected.severity);
        assert.ok(!f.message.includes('{'), `message has no unfilled placeholder: ${f.message}`);
        if (expected.output === undefined) return;
        const quickfix = f.fixes.find((x) => x.kind === 'quickfix');
        assert.ok(quickfix, 'a quick fix is offered');
        const document = parseDocument(fileName[c.format], c.code, resolveConfig(c.config));
        const rendered = renderFix(document, quickfix);
        assert.ok(rendered, 'the quick fix renders');
        assert.equal(applyEdits(c.code, rendered.edits), expected.output);
      });
      checkAllFixes(rule, c.format, c.code, c.config);
    });
  }
}
