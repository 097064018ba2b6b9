/**
 * The Terraform evaluator on real modules (terraform-aws-modules): every
 * module analyses through the workspace without an exception or a rule error,
 * and every `var.`/`local.` reference either evaluates or is unknown for a
 * stated reason. The counts are printed (see the report in docs/terraform.md).
 */
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { allRules } from '../../rules';
import { resolveConfig } from '../../server/src/config/types';
import { evaluate } from '../../server/src/evaluate/expression';
import { firstUnknown, isUnknown } from '../../server/src/evaluate/tf-value';
import { mergeTfvars, tfvarsRank } from '../../server/src/evaluate/variables';
import type * as hcl from '../../server/src/hcl/ast';
import { evaluateModule } from '../../server/src/model/terraform-module';
import { AnalysisWorkspace, nodeFileSystem } from '../../server/src/workspace';
import { corpusSkip, sharedCorpus, walk } from './shared';

const skip = corpusSkip('real/terraform');
const config = resolveConfig({ requiredTags: ['Owner'] });

/** Every `var.x` / `local.x` traversal root in a tree. */
function references(node: unknown, out: hcl.GetAttrExpr[]): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) references(item, out);
    return;
  }
  const n = node as { kind?: string };
  if (n.kind === 'getattr') {
    const g = node as hcl.GetAttrExpr;
    if (g.object.kind === 'variable' && (g.object.name === 'var' || g.object.name === 'local')) {
      out.push(g);
      return;
    }
  }
  for (const [key, value] of Object.entries(node)) if (key !== 'span' && key !== 'leadingComments' && key !== 'trailingComment') references(value, out);
}

/** The reason class: the reason without names, so the table stays short. */
function reasonClass(reason: string): string {
  return reason
    .replace(/var\.[\w-]+/g, 'var.X')
    .replace(/local\.[\w-]+/g, 'local.X')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/^cycle: .*/, 'cycle')
    .replace(/dynamic "[^"]*"/, 'dynamic "…"')
    .replace(/^error: .*/, 'error (Terraform would fail or needs values Onus lacks)');
}

test('real Terraform modules: no exception, every var./local. reference evaluates or is unknown with a reason', { skip }, () => {
  const files = walk(join(sharedCorpus, 'real/terraform'), (p) => p.endsWith('.tf'));
  assert.ok(files.length > 50);
  const disk = nodeFileSystem();
  const workspace = new AnalysisWorkspace(disk);
  const modules = new Map<string, string[]>();
  for (const file of files) modules.set(dirname(file), [...(modules.get(dirname(file)) ?? []), file]);
  const counts = { var: { total: 0, known: 0, partial: 0 }, local: { total: 0, known: 0, partial: 0 } };
  const reasons = new Map<string, number>();
  let findings = 0;
  for (const [dir, paths] of modules) {
    const analyses = paths.map((p) => workspace.analyzeFile(p, { config, rules: allRules }));
    for (const analysis of analyses) {
      assert.ok(analysis, 'every file is analysed');
      assert.deepEqual(analysis.findings.filter((f) => f.messageId === 'internal-error').map((f) => f.message), []);
      findings += analysis.findings.length;
    }
    const unit = analyses[0]!.unit;
    const tfvars = walk(dir, (p) => dirname(p) === dir && tfvarsRank(p.slice(dir.length + 1)) !== undefined);
    const { module } = evaluateModule(unit, mergeTfvars(tfvars.map((p) => ({ name: p.slice(dir.length + 1), text: disk.readFile(p) ?? '' }))));
    const refs: hcl.GetAttrExpr[] = [];
    for (const document of unit) references(document.hcl?.body, refs);
    for (const ref of refs) {
      const kind = (ref.object as hcl.VariableExpr).name as 'var' | 'local';
      const value = evaluate(ref, module.scope);
      counts[kind].total++;
      if (isUnknown(value)) {
        assert.ok(value.reason.length > 0, 'an unknown always has a reason');
        const key = `${kind}: ${reasonClass(value.reason)}`;
        reasons.set(key, (reasons.get(key) ?? 0) + 1);
      } else if (firstUnknown(value)) counts[kind].partial++;
      else counts[kind].known++;
    }
  }
  const table = [...reasons].sort((a, b) => b[1] - a[1]).map(([r, n]) => `  ${String(n).padStart(5)}  ${r}`);
  const line = (k: 'var' | 'local') => `${k}.: ${counts[k].total} references, ${counts[k].known} known, ${counts[k].partial} partly known, ${counts[k].total - counts[k].known - counts[k].partial} unknown`;
  console.log([`terraform-values: ${modules.size} modules, ${files.length} files, ${findings} findings`, line('var'), line('local'), 'unknown by reason:', ...table].join('\n'));
  assert.ok(counts.var.total > 100 && counts.local.total > 100);
});
