/**
 * Random edits inside the resources of JSON templates (the project's fixtures
 * and, when present, real templates of the shared corpus): after every edit,
 * the document updated from the previous version must equal a fresh parse —
 * tree, model, resources, findings and rendered fixes — whether the edit took
 * the incremental path or broke the JSON and fell back.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseDocument, type OnusDocument } from '../../server/src/index';
import { cloudFormationJson } from '../lsp/fixtures';
import { describeDocument } from '../unit/cloudformation/describe-document';
import { config, corpusSample, realSkip, type Sample } from './inputs';

function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
}

const edits = ['x', '7', ' ', '"', ',', '{', '}', ':', '\n', '"K": 1, ', 'true', ''];

/** Replays `count` random edits inside `Resources`; returns how many took the incremental path. */
function fuzz(sample: Sample, seed: number, count: number): number {
  const next = random(seed);
  const uri = `file:///fuzz/${seed}.json`;
  let document: OnusDocument = parseDocument(uri, sample.text, config);
  let fast = 0;
  for (let n = 0; n < count; n++) {
    const text = document.text;
    const from = Math.max(0, text.indexOf('"Resources"'));
    const at = from + next(text.length - from);
    const removed = next(3) === 0 ? 1 + next(3) : 0;
    const inserted = edits[next(edits.length)];
    const edited = text.slice(0, at) + inserted + text.slice(at + removed);
    const previousTree = document.tree;
    const updated = parseDocument(uri, edited, config, { previous: document });
    const fresh = parseDocument(uri, edited, config);
    assert.deepEqual(describeDocument(updated, config), describeDocument(fresh, config), `${sample.name}, edit ${n}: ${JSON.stringify(inserted)} at ${at} removing ${removed}`);
    if (updated.tree === previousTree && updated.tree !== undefined) fast++;
    // A broken template is repaired on the next step (an undo), so most edits can take the fast path.
    document = fresh.errors.length > 0 ? parseDocument(uri, text, config, { previous: updated }) : updated;
  }
  return fast;
}

const fixtures: Sample[] = [
  { name: 'lsp-fixture.json', text: cloudFormationJson },
  { name: 'conditions.json', text: readFileSync(join(__dirname, '../fixtures/cloudformation/conditions.json'), 'utf8') },
];

test('random edits in the JSON templates of the fixtures: updated equals parsed, and many edits are updated', () => {
  let fast = 0;
  let total = 0;
  fixtures.forEach((sample, i) => {
    fast += fuzz(sample, 40 + i, 120);
    total += 120;
  });
  assert.ok(fast > total / 8, `${fast} of ${total} edits took the incremental path`);
});

test('random edits in real JSON templates: updated equals parsed', { skip: realSkip }, () => {
  const samples = corpusSample(8, 60_000, (p) => p.endsWith('.json'));
  assert.ok(samples.length >= 4, `sampled ${samples.length} templates`);
  let fast = 0;
  samples.forEach((sample, i) => {
    fast += fuzz(sample, 100 + i, 40);
  });
  assert.ok(fast > 0, `${fast} edits took the incremental path`);
});
