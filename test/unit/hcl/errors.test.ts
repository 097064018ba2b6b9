import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, bad } from './helpers';

/**
 * Input Terraform rejects, with the first error we report: its summary (the
 * message up to the first colon) and the source text its span covers, plus
 * the span start where the text alone is ambiguous.
 */
const rows: [source: string, summary: string, spanText: string, start?: number][] = [
  // Rejected by Terraform though tree-sitter's grammar accepts them.
  ['a = 1 b = 2\n', 'Missing newline after argument', 'b', 6],
  ['b { x = 1 y = 2 }\n', 'Invalid single-argument block definition', 'y'],
  ['b { x = 1, y = 2 }\n', 'Invalid single-argument block definition', ','],
  ['b { c {} }\n', 'Argument definition required', 'c {'],
  ['a = "x\ny"\n', 'Invalid multi-line string', '\n', 6],
  // Items must be on lines of their own.
  ['a = 1 b {}\n', 'Missing newline after argument', 'b'],
  ['b {} a = 1\n', 'Missing newline after block definition', 'a'],
  ['b { x = 1 }}\n', 'Missing newline after block definition', '}', 11],
  ['b {\n  x = 1 }\n', 'Missing newline after argument', '}'],
  ['b { x = 1\n}\n', 'Invalid single-argument block definition', '', 9],
  ['b = 1,\n', 'Unexpected comma after argument', ','],
  // Missing pieces.
  ['a 1\n', 'Argument or block definition required', 'a'],
  ['"a" = 1\n', 'Invalid argument name', '"'],
  ['b "x"\n{\n}\n', 'Invalid block definition', '', 5],
  ['b "a" = 1\n', 'Invalid block definition', '='],
  ['a = x ? 1 :\n2\n', 'Invalid expression', '', 11],
  ['a = x\n.y\n', 'Argument or block definition required', '.'],
  ['a = provider::aws\n', 'Missing open parenthesis', '', 17],
  // Unclosed brackets.
  ['a = [1, 2', 'Unterminated tuple', '['],
  ['a = f(1', 'Unterminated function call', 'f('],
  ['a = (1 + 2', 'Unbalanced parentheses', '', 10],
  ['a = {', 'Unterminated object', '{'],
  ['b {\n  x = 1\n', 'Unclosed configuration block', 'b {'],
  ['a = x[*\n', 'Missing close bracket on splat index', '', 7],
  ['a = f(x..., y)\n', 'Missing closing parenthesis', ','],
  ['a = { b = 1 c = 2 }\n', 'Missing separator', 'c'],
  // Lexical errors.
  ['a = "\\q"\n', 'Invalid escape sequence', '\\q'],
  ['a = "\\u12"\n', 'Invalid escape sequence', '\\u12'],
  ['a = "\\uD800"\n', 'Invalid escape sequence', '\\uD800'],
  ['a = 1.2.3\n', 'Invalid number literal', '1.2.3'],
  ['a = 1.\n', 'Invalid attribute name', '', 6],
  ['a = .5\n', 'Invalid expression', '.'],
  ['a = ${x}\n', 'Invalid character', '$'],
  ['a = ;\n', 'Invalid character', ';'],
  ['/* unterminated', 'Unterminated comment', '/*'],
  ['}\n', 'Unexpected "}"', '}'],
  // Traversals and for-expressions.
  ['a = x.0.1\n', 'Invalid legacy index syntax', '0.1'],
  ['a = x.*.*\n', 'Nested splat expression not allowed', '*'],
  ['a = [for x in y: k => x]\n', "Invalid 'for' expression", 'k'],
  ['a = {for k, v in m: v}\n', "Invalid 'for' expression", 'v', 20],
  ['a = [for v in m : v...]\n', "Invalid 'for' expression", '...'],
  ['a = {for = 1}\n', "Invalid 'for' expression", '='],
  // Templates.
  ['a = <<EOT\nx\nEOT', 'Unterminated heredoc', '<<EOT\n'],
  ['a = <<EOT  \nx\nEOT\n', 'Invalid expression', '<'],
  ['a = "%{ if x }y"\n', 'Unexpected end of template', '%{ if x }'],
  ['a = "%{ endif }"\n', 'Unexpected endif directive', '%{ endif }'],
  ['a = "%{ if x }%{ else }%{ else }%{ endif }"\n', 'Unexpected else directive', '%{ else }', 23],
  ['a = "%{ foo }"\n', 'Invalid template control keyword', 'foo'],
  ['a = "${}"\n', 'Invalid expression', '}'],
  ['a = "${x y}"\n', 'Extra characters after template expression', 'y'],
  ['a = "${a"\n', 'Unclosed template sequence', '${'],
  ['b "x${y}" {}\n', 'Invalid block label', '${y}'],
];

for (const [source, summary, spanText, start] of rows) {
  test(`error: ${JSON.stringify(source)} -> ${summary}`, () => {
    const file = bad(source);
    const e = file.errors[0];
    assert.equal(e.message.split(':')[0], summary, e.message);
    assert.ok(e.message.length > summary.length + 10, `message explains itself: ${e.message}`);
    assert.equal(at(source, e.span), spanText);
    if (start !== undefined) assert.equal(e.span.start, start);
  });
}

test('exact error messages for the forms Terraform rejects and tree-sitter accepts', () => {
  assert.deepEqual(bad('a = 1 b = 2\n').errors, [
    { message: 'Missing newline after argument: an argument definition must end with a newline.', span: { start: 6, end: 7 } },
  ]);
  assert.deepEqual(bad('b { x = 1 y = 2 }\n').errors, [
    {
      message: 'Invalid single-argument block definition: a single-line block can contain only one argument, immediately followed by "}".',
      span: { start: 10, end: 11 },
    },
  ]);
  assert.deepEqual(bad('b { c {} }\n').errors, [
    {
      message:
        'Argument definition required: a single-line block can contain only a single argument. To define a nested block, place it on a line of its own within its parent block.',
      span: { start: 4, end: 7 },
    },
  ]);
  assert.equal(bad('a = "x\ny"\n').errors.length, 1, 'the rest of a broken string on the next line is not reported again');
});

test('duplicate arguments are not syntax errors', () => {
  const file = bad('a = 1\na = 2\nb =\n');
  assert.equal(file.errors.length, 1);
  assert.equal(file.body.items.length, 3);
});

test('invalid expressions become `invalid` nodes where the value was expected', () => {
  const file = bad('a =\nb = 1 +\n');
  const [a, b] = file.body.items;
  assert.ok(a.kind === 'attribute' && a.expr.kind === 'invalid');
  assert.ok(b.kind === 'attribute' && b.expr.kind === 'binary' && b.expr.right.kind === 'invalid');
});
