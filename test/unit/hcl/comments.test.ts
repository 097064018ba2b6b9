import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, attr, block, ok } from './helpers';

test('all three comment styles are collected in order, without line endings', () => {
  const text = '# hash\r\n// slashes\n/* block\n   two lines */\na = 1 # trailing\n';
  const file = ok(text);
  assert.deepEqual(
    file.comments.map((c) => [c.style, c.text, at(text, c.span)]),
    [
      ['#', '# hash', '# hash'],
      ['//', '// slashes', '// slashes'],
      ['/*', '/* block\n   two lines */', '/* block\n   two lines */'],
      ['#', '# trailing', '# trailing'],
    ],
  );
  assert.ok(file.comments.every((c) => c.kind === 'comment'));
});

test('leading comments: the lines directly above, no blank line between', () => {
  const text = '# not attached (blank line below)\n\n# first\n// second\nresource "a" "b" {\n  # inner\n  x = 1\n}\n';
  const file = ok(text);
  const b = block(file);
  assert.deepEqual(b.leadingComments.map((c) => c.text), ['# first', '// second']);
  assert.deepEqual(b.body.items[0].leadingComments.map((c) => c.text), ['# inner']);
});

test('a multi-line block comment directly above is a leading comment', () => {
  const file = ok('/*\n * Docs.\n */\nvariable "x" {\n}\n');
  assert.deepEqual(block(file).leadingComments.map((c) => c.style), ['/*']);
});

test('trailing comment: same line, after the value or the closing brace', () => {
  const text = 'a = 1 # one\nb = {\n  c = 2\n} // obj\nd {\n} /* blk */\ne = 3\n# next line, not trailing\n';
  const file = ok(text);
  assert.equal(attr(file, 0).trailingComment?.text, '# one');
  assert.equal(attr(file, 1).trailingComment?.text, '// obj');
  assert.equal(block(file, 2).trailingComment?.text, '/* blk */');
  assert.equal(attr(file, 3).trailingComment, undefined);
  assert.deepEqual(attr(file, 3).leadingComments, []);
});

test('a trailing comment is not also the next item\'s leading comment', () => {
  const file = ok('a = 1 # about a\nb = 2\n');
  assert.equal(attr(file, 0).trailingComment?.text, '# about a');
  assert.deepEqual(attr(file, 1).leadingComments, []);
});

test('a comment after an opening brace or before a closing brace is not attached', () => {
  const text = 'b { # header\n  x = 1\n  # dangling\n}\n';
  const file = ok(text);
  const b = block(file);
  assert.deepEqual(b.leadingComments, []);
  assert.equal(b.trailingComment, undefined);
  assert.deepEqual(b.body.items[0].leadingComments, []);
  assert.equal(b.body.items[0].trailingComment, undefined);
  assert.equal(file.comments.length, 2);
});

test('comments inside expressions are collected but attached to nothing inside', () => {
  const text = 'a = [\n  1, # one\n  /* two */ 2,\n]\nb = "${x /* in */}"\n';
  const file = ok(text);
  assert.deepEqual(file.comments.map((c) => c.text), ['# one', '/* two */', '/* in */']);
  assert.equal(attr(file, 0).trailingComment, undefined);
});

test('comments do not turn into text inside strings and heredocs', () => {
  const file = ok('a = "# not a comment"\nb = <<EOT\n// nor this\nEOT\n');
  assert.deepEqual(file.comments, []);
});

test('a block comment spanning lines between items counts as white space', () => {
  const file = ok('a = 1 /* x */\n/* y */ b = 2\n');
  assert.equal(attr(file, 0).trailingComment?.text, '/* x */');
  assert.deepEqual(attr(file, 1).leadingComments.map((c) => c.text), ['/* y */']);
});
