import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHcl } from '../../../server/src/hcl/index';
import { at, bad, checkSpans, outline } from './helpers';

/**
 * Damaged input as it looks while typing, and the top-level outline the
 * parser must still produce: `type(labels)[children]`, `!` = no closing brace.
 */
const cases: [name: string, source: string, outline: string[]][] = [
  [
    'a half-typed attribute and an unclosed tuple between two complete blocks',
    'resource "a" "b" {\n  x = 1\n}\n\nresource "broken" "x" {\n  y = \n  z = [1, 2\n}\n\nresource "c" "d" {\n  k = 1\n}\n',
    ['resource(a,b)[x]', 'resource(broken,x)[y,z]', 'resource(c,d)[k]'],
  ],
  [
    'an unclosed block followed by a column-0 resource',
    'resource "a" "b" {\n  x = 1\n\nresource "c" "d" {\n  y = 2\n}\n',
    ['resource(a,b)![x]', 'resource(c,d)[y]'],
  ],
  [
    'an unclosed nested block followed by a column-0 block',
    'resource "a" "b" {\n  lifecycle {\n    x = 1\n\nmodule "m" {\n  source = "./m"\n}\n',
    ['resource(a,b)![lifecycle]', 'module(m)[source]'],
  ],
  [
    'a half-typed block header (unterminated label) between blocks',
    'resource "a" "b" {\n  x = 1\n}\nresource "half" "typ\nresource "c" "d" {\n}\n',
    ['resource(a,b)[x]', 'resource(half,typ)![]', 'resource(c,d)[]'],
  ],
  ['a bare keyword on its own line', 'resource\nresource "c" "d" {\n}\n', ['resource(c,d)[]']],
  [
    'an unterminated heredoc is cut before the next column-0 block',
    'resource "a" "b" {\n  policy = <<EOF\n{\n}\nEO\n}\n\nresource "c" "d" {\n  y = 1\n}\n',
    ['resource(a,b)![policy]', 'resource(c,d)[y]'],
  ],
  [
    'an unterminated string ends at its line',
    'resource "a" "b" {\n  name = "unterminated\n  y = 2\n}\nresource "c" "d" {}\n',
    ['resource(a,b)[name,y]', 'resource(c,d)[]'],
  ],
  ['a missing comma inside a multi-line tuple', 'locals {\n  a = [\n    1,\n    2 3,\n    4,\n  ]\n  b = 2\n}\n', ['locals()[a,b]']],
  ['a missing object value keeps the next items', 'locals {\n  tags = {\n    Name = \n    Env = "x"\n  }\n  b = 2\n}\n', ['locals()[tags,b]']],
  [
    'an unclosed function call followed by the next attribute',
    'resource "a" "b" {\n  x = foo(1,\n  y = 2\n}\nresource "c" "d" {\n}\n',
    ['resource(a,b)[x,y]', 'resource(c,d)[]'],
  ],
  [
    'an unclosed tuple followed by the next attribute',
    'resource "a" "b" {\n  x = [1, 2\n  y = 2\n}\n',
    ['resource(a,b)[x,y]'],
  ],
  ['an unclosed interpolation in a string', 'resource "a" "b" {\n  x = "${var.a"\n  y = 2\n}\n', ['resource(a,b)[x,y]']],
  [
    'an unclosed object followed by a column-0 block',
    'resource "a" "b" {\n  tags = {\n    a = 1\n\nresource "c" "d" {\n}\n',
    ['resource(a,b)![tags]', 'resource(c,d)[]'],
  ],
  ['a stray closing brace', 'resource "a" "b" {\n  x = 1\n}\n}\nresource "c" "d" {\n}\n', ['resource(a,b)[x]', 'resource(c,d)[]']],
  [
    'damage deep inside nested blocks',
    'resource "a" "b" {\n  dynamic "x" {\n    for_each = var.x\n    content {\n      a = \n    }\n  }\n  z = 1\n}\nresource "c" "d" {\n}\n',
    ['resource(a,b)[dynamic,z]', 'resource(c,d)[]'],
  ],
  ['a trailing dot while typing a reference', 'resource "s" "b" {\n  bucket = var.\n}\nresource "c" "d" {\n}\n', ['resource(s,b)[bucket]', 'resource(c,d)[]']],
  ['two attributes on one line', 'locals {\n  a = 1 b = 2\n  c = 3\n}\n', ['locals()[a,c]']],
  ['a block header without its brace', 'resource "a" "b"\nresource "c" "d" {\n  x = 1\n}\n', ['resource(a,b)![]', 'resource(c,d)[x]']],
  [
    'an unclosed block at the end of the file keeps everything before it',
    'variable "v" {\n}\noutput "o" {\n  value = 1\n',
    ['variable(v)[]', 'output(o)![value]'],
  ],
  [
    'a one-line block with two attributes keeps the block',
    'b { x = 1 y = 2 }\nc = 3\n',
    ['b()[x]', 'c='],
  ],
  [
    'a one-line block continued on the next lines',
    'b { x = 1\n  y = 2\n}\nc = 3\n',
    ['b()[x,y]', 'c='],
  ],
  [
    'garbage characters on a line of their own',
    'a = 1\n@@@ ;;;\nb = 2\n',
    ['a=', 'b='],
  ],
];

for (const [name, source, want] of cases) {
  test(`recovery: ${name}`, () => {
    const file = bad(source);
    assert.deepEqual(outline(file), want, JSON.stringify(file.errors));
  });
}

test('recovery: the unclosed block ends at its last item and has no closing brace', () => {
  const text = 'resource "a" "b" {\n  x = 1\n\nresource "c" "d" {\n  y = 2\n}\n';
  const file = bad(text);
  const [a, c] = file.body.items;
  assert.ok(a.kind === 'block' && c.kind === 'block');
  if (a.kind !== 'block' || c.kind !== 'block') return;
  assert.equal(a.closeBrace, undefined);
  assert.equal(at(text, a.span), 'resource "a" "b" {\n  x = 1');
  assert.deepEqual(c.closeBrace, { start: text.length - 2, end: text.length - 1 });
  assert.deepEqual(file.errors, [
    { message: 'Unclosed configuration block: there is no closing brace for this block before the next top-level block.', span: { start: 0, end: 18 } },
  ]);
});

test('recovery: errors in several separate items are each reported', () => {
  // The line right after a broken string is muted (it is usually the rest of that string).
  const file = bad('a = \nb = [1 2]\nc = "x\nz = 0\nd = 1 2\ne = 5\n');
  assert.deepEqual(
    file.errors.map((e) => e.message.split(':')[0]),
    ['Invalid expression', 'Missing separator', 'Invalid multi-line string', 'Missing newline after argument'],
  );
  assert.deepEqual(outline(file), ['a=', 'b=', 'c=', 'z=', 'd=', 'e=']);
});

test('recovery: every prefix of a real file parses without throwing and with sound spans', () => {
  const text =
    'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = ">= 5.0" }\n  }\n}\n\n' +
    '# The bucket.\nresource "aws_s3_bucket" "logs" {\n  bucket = "${var.prefix}-logs"\n  tags   = merge(var.tags, { Name = "logs" })\n\n' +
    '  lifecycle {\n    prevent_destroy = true\n  }\n}\n\ndata "aws_iam_policy_document" "p" {\n  statement {\n    actions   = ["s3:GetObject"]\n' +
    '    resources = [for b in aws_s3_bucket.logs[*].arn : "${b}/*"]\n  }\n}\n\nlocals {\n  policy = <<-EOT\n    {\n      "Version": "2012-10-17"\n    }\n  EOT\n}\n';
  for (let i = 0; i <= text.length; i++) {
    const prefix = text.slice(0, i);
    const file = parseHcl(prefix);
    checkSpans(file, prefix);
  }
  // Cutting the file inside the second block keeps the first one intact.
  const cut = text.slice(0, text.indexOf('prevent_destroy'));
  assert.deepEqual(outline(parseHcl(cut)).slice(0, 2), ['terraform()[required_providers]', 'resource(aws_s3_bucket,logs)![bucket,tags,lifecycle]']);
});
