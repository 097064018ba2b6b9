import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHcl } from '../../../server/src/hcl/index';
import { at, attr, block, checkSpans, ok } from './helpers';

test('attribute: name, value and exact spans', () => {
  const text = 'name = "web"\n';
  const a = attr(ok(text));
  assert.equal(a.name, 'name');
  assert.deepEqual(a.nameSpan, { start: 0, end: 4 });
  assert.deepEqual(a.span, { start: 0, end: 12 });
  assert.deepEqual(a.expr, { kind: 'template', parts: [{ kind: 'text', value: 'web', span: { start: 8, end: 11 } }], span: { start: 7, end: 12 } });
  assert.deepEqual(a.leadingComments, []);
  assert.equal(a.trailingComment, undefined);
});

test('file body spans the whole text; the last line needs no newline', () => {
  const text = 'a = 1\nb = 2';
  const file = ok(text);
  assert.deepEqual(file.body.span, { start: 0, end: text.length });
  assert.deepEqual(file.body.items.map((i) => i.kind === 'attribute' && at(text, i.span)), ['a = 1', 'b = 2']);
});

test('block: type, quoted and identifier labels, braces and body spans', () => {
  const text = 'resource "aws_s3_bucket" logs {\n  bucket = "x"\n}\n';
  const b = block(ok(text));
  assert.equal(b.type, 'resource');
  assert.deepEqual(b.typeSpan, { start: 0, end: 8 });
  assert.deepEqual(b.labels, [
    { value: 'aws_s3_bucket', span: { start: 9, end: 24 }, quoted: true },
    { value: 'logs', span: { start: 25, end: 29 }, quoted: false },
  ]);
  assert.deepEqual(b.openBrace, { start: 30, end: 31 });
  assert.deepEqual(b.closeBrace, { start: 47, end: 48 });
  assert.deepEqual(b.span, { start: 0, end: 48 });
  assert.equal(at(text, b.span), text.trimEnd());
  assert.equal(at(text, b.body.span), '\n  bucket = "x"\n');
  assert.equal(b.oneLine, false);
  assert.equal(b.body.items.length, 1);
});

test('block labels: escapes are decoded in quoted labels', () => {
  const b = block(ok('b "a\\"b\\u00e9" {\n}\n'));
  assert.equal(b.labels[0].value, 'a"bé');
});

test('blocks with zero to many labels', () => {
  const cases: [string, string[]][] = [
    ['locals {\n}\n', []],
    ['provider "aws" {\n}\n', ['aws']],
    ['resource "a" "b" {\n}\n', ['a', 'b']],
    ['x "a" b "c" d {\n}\n', ['a', 'b', 'c', 'd']],
  ];
  for (const [text, labels] of cases) assert.deepEqual(block(ok(text)).labels.map((l) => l.value), labels, text);
});

test('nested blocks and attributes keep source order', () => {
  const text = 'resource "a" "b" {\n  x = 1\n  lifecycle {\n    prevent_destroy = true\n  }\n  dynamic "ingress" {\n    for_each = var.rules\n    content {\n      port = ingress.value\n    }\n  }\n  y = 2\n}\n';
  const b = block(ok(text));
  assert.deepEqual(b.body.items.map((i) => (i.kind === 'attribute' ? i.name : i.type)), ['x', 'lifecycle', 'dynamic', 'y']);
  const dyn = b.body.items[2];
  assert.equal(dyn.kind, 'block');
  if (dyn.kind !== 'block') return;
  assert.equal(dyn.labels[0].value, 'ingress');
  const content = dyn.body.items[1];
  assert.equal(content.kind === 'block' && content.type, 'content');
  assert.equal(at(text, content.span), 'content {\n      port = ingress.value\n    }');
});

test('one-line blocks: a single attribute, or empty', () => {
  const text = 'b { x = 1 }\n';
  const b = block(ok(text));
  assert.equal(b.oneLine, true);
  assert.equal(b.body.items.length, 1);
  assert.equal(at(text, b.body.items[0].span), 'x = 1');
  assert.equal(at(text, b.body.span), ' x = 1 ');
  assert.equal(at(text, b.span), 'b { x = 1 }');
  for (const t of ['b {}\n', 'b { }\n', 'b "l" {}\n']) {
    const e = block(ok(t));
    assert.equal(e.oneLine, true, t);
    assert.deepEqual(e.body.items, [], t);
  }
  assert.equal(block(ok('b {\n}\n')).oneLine, false);
});

test('one-line block value may be any expression', () => {
  const text = 'b { tags = { a = 1, b = [1, 2] } }\n';
  const b = block(ok(text));
  assert.equal(at(text, b.body.items[0].span), 'tags = { a = 1, b = [1, 2] }');
});

test('blank lines, comments and CRLF line endings between items', () => {
  const text = 'a = 1\r\n\r\n# note\r\nb {\r\n  c = 2\r\n}\r\n';
  const file = ok(text);
  assert.equal(file.body.items.length, 2);
  assert.equal(at(text, block(file, 1).span), 'b {\r\n  c = 2\r\n}');
});

test('tabs indent like spaces; a byte order mark is skipped', () => {
  const file = ok('\uFEFFb {\n\tx = 1\n}\n');
  assert.equal(block(file).type, 'b');
  assert.deepEqual(block(file).typeSpan, { start: 1, end: 2 });
});

test('empty and comment-only files', () => {
  for (const text of ['', '\n\n', '# only a comment\n', '/* block */']) {
    const file = ok(text);
    assert.deepEqual(file.body.items, []);
  }
});

test('identifiers may contain dashes and Unicode letters', () => {
  const file = ok('my-attr = 1\nnäme = 2\n');
  assert.deepEqual(file.body.items.map((i) => i.kind === 'attribute' && i.name), ['my-attr', 'näme']);
});

test('UTF-16 offsets: spans count astral characters as two code units', () => {
  const text = 'a = "😀"\nb = 1\n';
  const file = ok(text);
  const b = attr(file, 1);
  assert.deepEqual(b.span, { start: 9, end: 14 });
  assert.equal(at(text, b.span), 'b = 1');
});

test('parseHcl never throws, even on deeply nested or binary input', () => {
  const inputs = ['['.repeat(5000), '{'.repeat(5000), 'a = ' + '('.repeat(5000), 'b {\n'.repeat(3000), '\u0000\u0001\uFFFF\uD800', 'a = "' + '${'.repeat(2000)];
  for (const text of inputs) {
    const file = parseHcl(text);
    assert.ok(file.errors.length > 0);
    checkSpans(file, text);
  }
});
