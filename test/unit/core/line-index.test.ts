/** LineIndex.edited: an index moved across an edit equals one computed from scratch, whatever the line endings. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LineIndex } from '../../../server/src/core/text';

/** A deterministic pseudo-random sequence (the test must fail the same way every time). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const pieces = ['a', 'bc', '\n', '\r\n', '\r', ' ', '{', '"x"', '\n\n'];

test('edited line indexes equal fresh ones over 2,000 random edits (LF, CRLF, lone CR, at both ends)', () => {
  const next = random(7);
  const pick = () => pieces[Math.floor(next() * pieces.length)];
  let text = Array.from({ length: 200 }, pick).join('');
  let index = new LineIndex(text);
  index.positionAt(0); // computes the starts, as an analysed document has
  for (let n = 0; n < 2000; n++) {
    const start = Math.floor(next() * (text.length + 1));
    const end = Math.min(text.length, start + Math.floor(next() * 4));
    const inserted = next() < 0.6 ? Array.from({ length: Math.floor(next() * 3) }, pick).join('') : '';
    const edited = text.slice(0, start) + inserted + text.slice(end);
    const moved = LineIndex.edited(index, edited, { start, oldEnd: end, delta: edited.length - text.length });
    const fresh = new LineIndex(edited);
    assert.equal(moved.lineCount, fresh.lineCount, `edit ${n}`);
    for (let line = 0; line < fresh.lineCount; line++) assert.equal(moved.lineStart(line), fresh.lineStart(line), `edit ${n}, line ${line}`);
    text = edited;
    index = moved;
  }
});

test('an index never computed is computed from the new text', () => {
  const moved = LineIndex.edited(new LineIndex('a\nb'), 'a\nb\nc', { start: 3, oldEnd: 3, delta: 2 });
  assert.deepEqual(moved.positionAt(4), { line: 2, character: 0 });
});

test('ranges carried across 2,000 random edits equal ranges computed again, when carry says they are valid', () => {
  const next = random(11);
  const pick = () => pieces[Math.floor(next() * pieces.length)];
  let text = Array.from({ length: 300 }, pick).join('');
  let index = new LineIndex(text);
  index.positionAt(0);
  let carried = 0;
  for (let n = 0; n < 2000; n++) {
    const start = Math.floor(next() * (text.length + 1));
    const end = Math.min(text.length, start + Math.floor(next() * 4));
    const inserted = next() < 0.6 ? Array.from({ length: Math.floor(next() * 3) }, pick).join('') : '';
    const edited = text.slice(0, start) + inserted + text.slice(end);
    const delta = edited.length - text.length;
    const moved = LineIndex.edited(index, edited, { start, oldEnd: end, delta });
    for (let k = 0; k < 20; k++) {
      const a = Math.floor(next() * (text.length + 1));
      const b = Math.min(text.length, a + Math.floor(next() * 30));
      // Spans wholly before or wholly after the edit keep their text; only those can be carried.
      if (!(b < start || a >= end)) continue;
      const range = index.rangeOf({ start: a, end: b });
      const shift = a >= end ? delta : 0;
      if (moved.carry(range, a, b, index)) {
        carried++;
        assert.deepEqual(range, moved.rangeOf({ start: a + shift, end: b + shift }), `edit ${n}: span ${a}–${b}`);
      }
    }
    text = edited;
    index = moved;
  }
  assert.ok(carried > 10_000, `most ranges are carried (${carried})`);
});

test('unchangedBefore: the edit start for the index it was moved from, everything for itself, nothing for another', () => {
  const before = new LineIndex('a\nb\nc');
  before.positionAt(0);
  const after = LineIndex.edited(before, 'a\nbx\nc', { start: 3, oldEnd: 3, delta: 1 });
  assert.equal(after.unchangedBefore(before), 3);
  assert.equal(after.unchangedBefore(after), Number.POSITIVE_INFINITY);
  assert.equal(after.unchangedBefore(new LineIndex('a\nb\nc')), 0);
});
