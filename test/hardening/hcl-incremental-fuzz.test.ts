/**
 * Random edits in Terraform files (the project's own and, when present, real
 * modules of the shared corpus): the tree built from the previous version (one
 * block parsed again, hcl/incremental.ts) must equal a fresh parse after every
 * edit, and so must every finding and rendered fix. The previous tree is
 * consumed (its later blocks moved): editing from it again parses the text whole.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { allRules, analyzeDocument, renderFix, type OnusDocument } from '../../server/src/index';
import { buildTerraformDocument, terraformModel } from '../../server/src/model/terraform';
import { TerraformModule } from '../../server/src/model/terraform-module';
import { terraform, terraformWithSsh } from '../lsp/fixtures';
import { config, corpusSample, realSkip, type Sample } from './inputs';

function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
}

const edits = ['x', '7', ' ', '"', '=', '{', '}', '\n', '# note\n', 'tags = {}\n', '[', '${', ''];

function findings(document: OnusDocument): unknown {
  return analyzeDocument(document, { config, rules: allRules, now: new Date('2026-01-01') }).map((f) => ({
    rule: f.ruleId,
    message: f.message,
    span: f.span,
    range: f.range,
    fixes: f.fixes.map((fix) => renderFix(document, fix)?.edits),
  }));
}

/**
 * As the workspace builds an edited buffer: parsed from the previous version, then modelled in
 * its module's scope keeping the previous model's resources where the edit left them.
 */
function edited(uri: string, text: string, previous: OnusDocument): OnusDocument {
  const parsed = buildTerraformDocument(uri, text, 'hcl', true, previous);
  const file = parsed.hcl!;
  const model = terraformModel(uri, file, new TerraformModule([{ uri, file }]).scope, previous);
  return { ...parsed, ...model };
}

/** Replays `count` random edits; returns how many re-parsed one block only. */
function fuzz(sample: Sample, seed: number, count: number): number {
  const next = random(seed);
  const uri = `file:///fuzz/${seed}.tf`;
  let document = buildTerraformDocument(uri, sample.text);
  let fast = 0;
  for (let n = 0; n < count; n++) {
    const text = document.text;
    const at = next(text.length + 1);
    const removed = next(3) === 0 ? 1 + next(3) : 0;
    const inserted = edits[next(edits.length)];
    const changed = text.slice(0, at) + inserted + text.slice(at + removed);
    const updated = edited(uri, changed, document);
    const fresh = buildTerraformDocument(uri, changed);
    const where = `${sample.name}, edit ${n}: ${JSON.stringify(inserted)} at ${at} removing ${removed}`;
    assert.deepEqual(updated.hcl, fresh.hcl, where);
    assert.deepEqual(findings(updated), findings(fresh), where);
    const incremental = updated.hcl?.body.items.some((item, i) => item === document.hcl?.body.items[i]) ?? false;
    if (incremental) {
      fast++;
      // Consumed: a second text edited from the same previous document is parsed whole, and right.
      const again = buildTerraformDocument(uri, text, 'hcl', false, document);
      assert.ok(!again.hcl?.body.items.some((item, i) => item === document.hcl?.body.items[i]), `${where}: edited twice from one tree`);
      assert.deepEqual(again.hcl, buildTerraformDocument(uri, text).hcl, where);
    }
    // A broken file is repaired on the next step (an undo), so most edits can take the fast path.
    document = fresh.errors.length > 0 ? edited(uri, text, updated) : updated;
  }
  return fast;
}

const own: Sample[] = [
  { name: 'fixture.tf', text: terraform },
  { name: 'ssh.tf', text: terraformWithSsh },
  { name: 'examples.tf', text: readFileSync(join(__dirname, '../../examples/terraform/main.tf'), 'utf8') },
];

test('random edits in the project\u2019s Terraform files: the updated tree equals a fresh parse', () => {
  let fast = 0;
  own.forEach((sample, i) => {
    fast += fuzz(sample, 7 + i, 150);
  });
  assert.ok(fast > 50, `${fast} of 450 edits re-parsed one block (and kept the blocks before it)`);
});

test('random edits in real Terraform files: the updated tree equals a fresh parse', { skip: realSkip }, () => {
  const samples = corpusSample(10, 30_000, (p) => p.endsWith('.tf'));
  assert.ok(samples.length >= 5, `sampled ${samples.length} files`);
  samples.forEach((sample, i) => fuzz(sample, 300 + i, 40));
});
