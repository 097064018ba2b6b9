/**
 * Every quick fix on every CloudFormation template we have (the project's fixtures and examples,
 * the Checkov CloudFormation fixtures, the real corpus): it renders; the text before its first
 * edit and after its last edit is unchanged; it edits only inside its resource; the result parses
 * with no error; every comment outside the edits and every YAML anchor survive; and the finding
 * is gone (one fewer of its rule and message on its resource).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { isDocument, visit } from 'yaml';
import { allRules } from '../../rules';
import { resolveConfig } from '../../server/src/config/types';
import { analyzeDocument } from '../../server/src/engine/analyze';
import type { OnusDocument } from '../../server/src/engine/document';
import type { Finding } from '../../server/src/engine/finding';
import { parseDocument } from '../../server/src/engine/parse';
import { applyEdits, renderFix } from '../../server/src/fixes/render';
import { corpusSkip, sharedCorpus, walk } from './shared';

const root = resolve(__dirname, '../..');
const config = resolveConfig({ requiredTags: ['Owner', 'CostCenter'] });
const cfn = (p: string) => /\.(ya?ml|json|template)$/.test(p) && !/package(-lock)?\.json$|manifest\.json$|expected\.(json|ya?ml)$/.test(p);

function anchors(doc: OnusDocument): string[] {
  const out: string[] = [];
  if (isDocument(doc.tree)) visit(doc.tree, (_key, node) => void (node && typeof node === 'object' && 'anchor' in node && typeof node.anchor === 'string' && out.push(node.anchor)));
  return out.sort();
}

const key = (f: Finding) => `${f.ruleId} ${f.messageId} ${f.resource.name}`;

/** Checks every quick fix of one file; returns how many were applied, or throws with the file and fix named. */
function checkFile(file: string, label: string): number {
  const text = readFileSync(file, 'utf8');
  const doc = parseDocument(file, text, config);
  if (doc.kind !== 'cloudformation' || doc.errors.some((e) => e.severity === 'error')) return 0;
  const findings = analyzeDocument(doc, { config, rules: allRules });
  const before = new Map<string, number>();
  for (const f of findings) before.set(key(f), (before.get(key(f)) ?? 0) + 1);
  let applied = 0;
  for (const finding of findings) {
    for (const fix of finding.fixes.filter((x) => x.kind === 'quickfix')) {
      const where = `${label}: "${fix.title}" on ${finding.resource.name}`;
      const rendered = renderFix(doc, fix);
      assert.ok(rendered, `${where} renders`);
      const edits = [...rendered.edits].sort((a, b) => a.span.start - b.span.start);
      const fixed = applyEdits(text, edits);
      const first = edits[0].span.start;
      const last = edits[edits.length - 1].span.end;
      assert.equal(fixed.slice(0, first), text.slice(0, first), `${where}: text before the edit unchanged`);
      assert.equal(fixed.slice(fixed.length - (text.length - last)), text.slice(last), `${where}: text after the edit unchanged`);
      // Inside the resource: from its logical id to the end of its value, plus the blank space and
      // comments after it (a key added at the end goes after a trailing comment on the last line).
      const end = finding.resource.span.end + (/^(?:[ \t]*#[^\r\n]*|\s)*/.exec(text.slice(finding.resource.span.end))?.[0].length ?? 0);
      for (const e of edits) assert.ok(e.span.start >= finding.resource.span.start && e.span.end <= end, `${where}: edits only inside the resource`);
      const after = parseDocument(file, fixed, config);
      assert.deepEqual(after.errors.map((e) => e.message), [], `${where}: the fixed file parses\n${fixed}`);
      const kept = doc.comments.filter((c) => !edits.some((e) => c.span.start < e.span.end && e.span.start < c.span.end)).map((c) => c.text);
      const remaining = after.comments.map((c) => c.text);
      for (const c of kept) {
        const i = remaining.indexOf(c);
        assert.ok(i >= 0, `${where}: comment ${JSON.stringify(c)} survives`);
        remaining.splice(i, 1);
      }
      assert.deepEqual(anchors(after), anchors(doc), `${where}: anchors survive`);
      const now = analyzeDocument(after, { config, rules: allRules }).filter((f) => key(f) === key(finding)).length;
      assert.ok(now < (before.get(key(finding)) ?? 0), `${where}: the finding is gone\n${fixed}`);
      applied++;
    }
  }
  return applied;
}

test('cfn fixes: every quick fix on every CloudFormation fixture of the project', (t) => {
  const files = [...walk(join(root, 'test/fixtures'), cfn), ...walk(join(root, 'examples'), cfn)];
  let applied = 0;
  for (const file of files) applied += checkFile(file, relative(root, file));
  assert.ok(applied >= 15, `fixes applied: ${applied}`);
  t.diagnostic(`${files.length} files, ${applied} quick fixes round-tripped`);
});

test('cfn fixes: every quick fix on every Checkov CloudFormation fixture', { skip: corpusSkip('checkov') }, (t) => {
  const files = walk(join(sharedCorpus, 'checkov/cloudformation'), cfn);
  let applied = 0;
  for (const file of files) applied += checkFile(file, relative(sharedCorpus, file));
  assert.ok(files.length > 100 && applied >= 50, `${files.length} files, fixes applied: ${applied}`);
  t.diagnostic(`${files.length} files, ${applied} quick fixes round-tripped`);
});

test('cfn fixes: every quick fix on every real CloudFormation template', { skip: corpusSkip('real') }, (t) => {
  const files = walk(join(sharedCorpus, 'real/cloudformation'), cfn);
  let applied = 0;
  for (const file of files) applied += checkFile(file, relative(sharedCorpus, file));
  assert.ok(applied >= 100, `fixes applied: ${applied}`);
  t.diagnostic(`${files.length} files, ${applied} quick fixes round-tripped`);
});
