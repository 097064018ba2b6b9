/**
 * The scanner's hot loops read a byte copy of the text (asciiCodes): every
 * non-ASCII code unit must read as 128, never as its low byte, so that e.g.
 * U+0122 (low byte `"`) or U+010A (low byte newline) stay plain characters.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asciiCodes } from '../../../server/src/hcl/chars';
import { parseHcl } from '../../../server/src/hcl/index';
import { attr, ok } from './helpers';

test('asciiCodes: ASCII as is, 128 for every non-ASCII code unit, zeros after the end', () => {
  assert.deepEqual([...asciiCodes('a="b"\n')], [97, 61, 34, 98, 34, 10, 0, 0, 0, 0]);
  // U+0122 and U+010A would read as `"` and a newline by their low byte; the emoji is two code units.
  assert.deepEqual([...asciiCodes('x\u0122\u010a\u{1F600}\0')], [120, 128, 128, 128, 128, 0, 0, 0, 0, 0]);
});

test('asciiCodes: the same bytes without Buffer (outside Node)', () => {
  const saved = globalThis.Buffer;
  const text = 'k\u00e9 = "\u0124{x}"\n';
  const expected = [...asciiCodes(text)];
  try {
    // @ts-expect-error: removed on purpose to take the portable path
    delete globalThis.Buffer;
    const codes = asciiCodes(text);
    assert.equal(codes instanceof saved, false);
    assert.deepEqual([...codes], expected);
  } finally {
    globalThis.Buffer = saved;
  }
});

test('a code unit whose low byte is a quote does not end a string', () => {
  const text = 'a = "x\u0122y"\n';
  assert.deepEqual(attr(ok(text)).expr, { kind: 'template', parts: [{ kind: 'text', value: 'x\u0122y', span: { start: 5, end: 8 } }], span: { start: 4, end: 9 } });
});

test('a code unit whose low byte is a newline continues an identifier and a string', () => {
  const text = 'a\u010ab = "\u010a"\n';
  const a = attr(ok(text));
  assert.equal(a.name, 'a\u010ab');
  assert.deepEqual(a.nameSpan, { start: 0, end: 3 });
  assert.deepEqual(a.expr, { kind: 'template', parts: [{ kind: 'text', value: '\u010a', span: { start: 7, end: 8 } }], span: { start: 6, end: 9 } });
});

test('a code unit whose low byte is `$` does not start an interpolation in a heredoc', () => {
  const text = 'a = <<EOT\n\u0124{x} \u0125{y}\nEOT\n';
  assert.deepEqual(attr(ok(text)).expr, {
    kind: 'template',
    parts: [{ kind: 'text', value: '\u0124{x} \u0125{y}\n', span: { start: 10, end: 20 } }],
    span: { start: 4, end: 23 },
    heredoc: { marker: 'EOT', indented: false },
  });
});

test('non-ASCII text around an interpolation keeps UTF-16 spans', () => {
  const text = 'a = "\u{1F600}${b}\u0122"\n';
  assert.deepEqual(attr(ok(text)).expr, {
    kind: 'template',
    parts: [
      { kind: 'text', value: '\u{1F600}', span: { start: 5, end: 7 } },
      { kind: 'interpolation', expr: { kind: 'variable', name: 'b', span: { start: 9, end: 10 } }, stripLeft: false, stripRight: false, span: { start: 7, end: 11 } },
      { kind: 'text', value: '\u0122', span: { start: 11, end: 12 } },
    ],
    span: { start: 4, end: 13 },
  });
});

test('a NUL is text inside a string and an invalid character outside', () => {
  assert.deepEqual(attr(ok('a = "x\0y"\n')).expr, { kind: 'template', parts: [{ kind: 'text', value: 'x\0y', span: { start: 5, end: 8 } }], span: { start: 4, end: 9 } });
  assert.deepEqual(parseHcl('a = 1\n\0\n').errors, [{ message: 'Invalid character: "\0" cannot start an argument or block definition.', span: { start: 6, end: 7 } }]);
});

test('an identifier ends before a non-ASCII character that cannot continue it', () => {
  const file = parseHcl('a = x\u00e9.b\u{1F600}\n');
  assert.deepEqual(attr(file).expr, {
    kind: 'getattr',
    object: { kind: 'variable', name: 'x\u00e9', span: { start: 4, end: 6 } },
    name: 'b',
    nameSpan: { start: 7, end: 8 },
    span: { start: 4, end: 8 },
  });
  assert.deepEqual(file.errors, [{ message: 'Missing newline after argument: an argument definition must end with a newline.', span: { start: 8, end: 10 } }]);
});
