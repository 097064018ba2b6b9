/** The Terraform evaluator: exact values for operators, templates, for-expressions, splats and functions. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { valueOf } from './helpers';

const known: [string, unknown][] = [
  ['"plain"', 'plain'],
  ['1 + 2 * 3', 7],
  ['(1 + 2) * 3', 9],
  ['7 % 3', 1],
  ['10 / 4', 2.5],
  ['-(2)', -2],
  ['!true', false],
  ['1 < 2 && 2 >= 2', true],
  ['false || true', true],
  ['"a" == "a"', true],
  ['[1, 2] != [1, 2]', false],
  ['true ? "yes" : "no"', 'yes'],
  ['1 > 2 ? "yes" : "no"', 'no'],
  ['"x-${1 + 1}-${"y"}"', 'x-2-y'],
  ['"${true}"', true],
  ['"%{if true}on%{else}off%{endif}"', 'on'],
  ['"%{for s in ["a", "b"]}${s};%{endfor}"', 'a;b;'],
  ['[for s in ["a", "b"] : upper(s)]', ['A', 'B']],
  ['[for i, s in ["a", "b"] : "${i}${s}" if s != "a"]', ['1b']],
  ['{ for s in ["a", "b"] : s => length(s) }', { a: 1, b: 1 }],
  ['{ for s in ["a", "ab", "b"] : substr(s, 0, 1) => s... }', { a: ['a', 'ab'], b: ['b'] }],
  ['[{ n = 1 }, { n = 2 }][*].n', [1, 2]],
  ['[{ n = 1 }, { n = 2 }].*.n', [1, 2]],
  ['{ a = [10, 20] }.a[1]', 20],
  ['{ a = { b = "c" } }["a"].b', 'c'],
  ['lower("ABC")', 'abc'],
  ['upper("abc")', 'ABC'],
  ['format("%s-%03d", "web", 7)', 'web-007'],
  ['formatlist("%s!", ["a", "b"])', ['a!', 'b!']],
  ['join(",", ["a", "b"], ["c"])', 'a,b,c'],
  ['split(",", "a,b,c")', ['a', 'b', 'c']],
  ['replace("a-b-c", "-", "_")', 'a_b_c'],
  ['replace("abc123", "/[0-9]+/", "#")', 'abc#'],
  ['trimspace("  x ")', 'x'],
  ['trimprefix("prefix-x", "prefix-")', 'x'],
  ['substr("hello", 1, 3)', 'ell'],
  ['regex("^(\\\\w+)-(\\\\d+)$", "web-42")', ['web', '42']],
  ['startswith("arn:aws:s3", "arn:")', true],
  ['tostring(5)', '5'],
  ['tonumber("42")', 42],
  ['length([1, 2, 3])', 3],
  ['length({ a = 1 })', 1],
  ['length("héllo")', 5],
  ['concat([1], [2, 3])', [1, 2, 3]],
  ['flatten([[1, [2]], [3]])', [1, 2, 3]],
  ['distinct([1, 1, 2])', [1, 2]],
  ['compact(["a", "", "b"])', ['a', 'b']],
  ['contains(["a", "b"], "b")', true],
  ['element(["a", "b"], 3)', 'b'],
  ['index(["a", "b"], "b")', 1],
  ['keys({ b = 1, a = 2 })', ['a', 'b']],
  ['values({ b = 1, a = 2 })', [2, 1]],
  ['lookup({ a = "x" }, "a", "d")', 'x'],
  ['lookup({ a = "x" }, "b", "d")', 'd'],
  ['merge({ a = 1, b = 1 }, { b = 2 }, null)', { a: 1, b: 2 }],
  ['zipmap(["a", "b"], [1, 2])', { a: 1, b: 2 }],
  ['tolist(["a"])', ['a']],
  ['toset(["b", "a", "b"])', ['a', 'b']],
  ['toset(["a", 1, "1"])', ['1', 'a']],
  ['tomap({ b = "1", a = "2" })', { a: '2', b: '1' }],
  ['coalesce("", null, "x")', 'x'],
  ['coalescelist([], ["a"])', ['a']],
  ['one(["x"])', 'x'],
  ['one([])', null],
  ['reverse([1, 2])', [2, 1]],
  ['sort(["b", "a"])', ['a', 'b']],
  ['slice(["a", "b", "c"], 1, 3)', ['b', 'c']],
  ['range(3)', [0, 1, 2]],
  ['range(1, 7, 3)', [1, 4]],
  ['setunion(["a"], ["b", "a"])', ['a', 'b']],
  ['setintersection(["a", "b"], ["b"])', ['b']],
  ['setsubtract(["a", "b"], ["b"])', ['a']],
  ['chunklist([1, 2, 3], 2)', [[1, 2], [3]]],
  ['alltrue([true, "true"])', true],
  ['anytrue([false])', false],
  ['sum([1, 2.5])', 3.5],
  ['max(1, 5, 3)', 5],
  ['min(4, 2)', 2],
  ['abs(-3)', 3],
  ['ceil(1.2)', 2],
  ['floor(1.8)', 1],
  ['pow(2, 10)', 1024],
  ['parseint("ff", 16)', 255],
  ['jsonencode({ b = [1, "<x>"], a = true })', '{"a":true,"b":[1,"\\u003cx\\u003e"]}'],
  ['jsondecode("{\\"a\\": [1, null]}")', { a: [1, null] }],
  ['base64encode("hi")', 'aGk='],
  ['base64decode("aGk=")', 'hi'],
  ['md5("a")', '0cc175b9c0f1b6a831c399e269772661'],
  ['sha256("a")', 'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb'],
  ['urlencode("a b&c")', 'a+b%26c'],
  ['cidrsubnet("10.0.0.0/16", 8, 2)', '10.0.2.0/24'],
  ['cidrsubnet("172.16.0.0/12", 4, 15)', '172.31.0.0/16'],
  ['cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)', 'fd00:fd12:3456:7800:a200::/72'],
  ['cidrhost("10.12.112.0/20", 16)', '10.12.112.16'],
  ['cidrhost("10.12.112.0/20", -2)', '10.12.127.254'],
  ['cidrnetmask("172.16.0.0/12")', '255.240.0.0'],
  ['cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)', ['10.1.0.0/20', '10.1.16.0/20', '10.1.32.0/24', '10.1.48.0/20']],
  ['try(tonumber("x"), 7)', 7],
  ['try({ a = 1 }.b, "fallback")', 'fallback'],
  ['can(tonumber("x"))', false],
  ['can(tonumber("1"))', true],
  ['sensitive("s")', 's'],
  ['basename("a/b/c.txt")', 'c.txt'],
  ['dirname("a/b/c.txt")', 'a/b'],
  ['concat([["a"], ["b"]]...)', ['a', 'b']],
];

test('known expressions evaluate to exact values', () => {
  for (const [expr, expected] of known) assert.deepEqual(valueOf(expr), expected, expr);
});

const unknown: [string, RegExp][] = [
  ['aws_s3_bucket.b.id', /^resource attribute/],
  ['"${aws_s3_bucket.b.id}-x"', /^resource attribute/],
  ['data.aws_caller_identity.current.account_id', /^data source/],
  ['module.vpc.vpc_id', /^module output/],
  ['upper(aws_s3_bucket.b.id)', /^resource attribute/],
  ['timestamp()', /reads files, the machine or the clock/],
  ['file("x.json")', /reads files/],
  ['path.module', /^path\.module/],
  ['terraform.workspace', /^terraform\.workspace/],
  ['provider::aws::arn_parse("x")', /^provider function/],
  ['notafunction(1)', /not supported/],
  ['tonumber("x")', /^error: tonumber/],
  ['{ a = 1 }.b', /^error: no attribute "b"/],
  ['[1][3]', /^error: index 3 out of range/],
  ['aws_s3_bucket.b.id == "x" ? 1 : 2', /^resource attribute/],
];

test('what is not knowable statically stays unknown, with the reason', () => {
  for (const [expr, reason] of unknown) {
    const value = valueOf(expr) as { unknown?: string };
    assert.ok(value && typeof value === 'object' && 'unknown' in value, `${expr} should be unknown, got ${JSON.stringify(value)}`);
    assert.match(value.unknown!, reason, expr);
  }
});

test('an unknown condition with equal branches is known; && and || with a decisive side are known', () => {
  assert.equal(valueOf('aws_s3_bucket.b.id == "" ? "same" : "same"'), 'same');
  assert.equal(valueOf('aws_s3_bucket.b.x && false'), false);
  assert.equal(valueOf('true || aws_s3_bucket.b.x'), true);
  assert.deepEqual(valueOf('length([aws_s3_bucket.b.id, 1])'), 2, 'length of a list with unknown items is known');
  assert.deepEqual(valueOf('[aws_s3_bucket.b.id, "x"]'), [{ unknown: 'resource attribute (known after apply)' }, 'x']);
});

test('a plain reference keeps its text for linking, also through a local', () => {
  const prelude = 'locals {\n  bucket = aws_s3_bucket.logs.id\n}\n';
  const document = valueOf('local.bucket', prelude);
  assert.deepEqual(document, { unknown: 'resource attribute (known after apply)' });
});
