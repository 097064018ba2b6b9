import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Expression } from '../../../server/src/hcl/index';
import { at, expr, ok } from './helpers';

/** A compact S-expression of an expression tree, for table tests of shape. */
function shape(e: Expression): string {
  switch (e.kind) {
    case 'literal':
      return e.raw;
    case 'variable':
      return e.name;
    case 'template':
      return JSON.stringify(e.parts.map((p) => (p.kind === 'text' ? p.value : `\${${p.kind === 'interpolation' ? shape(p.expr) : p.kind}}`)).join(''));
    case 'getattr':
      return `(. ${shape(e.object)} ${e.name})`;
    case 'index':
      return `(${e.legacy ? 'legacy-index' : 'index'} ${shape(e.object)} ${shape(e.key)})`;
    case 'splat':
      return `(splat-${e.style} ${shape(e.object)}${e.each ? ' ' + shape(e.each) : ''})`;
    case 'call':
      return `(call ${e.name}${e.args.map((a) => ' ' + shape(a)).join('')}${e.expandFinal ? ' ...' : ''})`;
    case 'tuple':
      return `[${e.items.map(shape).join(' ')}]`;
    case 'object':
      return `{${e.items.map((i) => `${i.keyName ?? shape(i.key)}${i.separator}${shape(i.value)}`).join(' ')}}`;
    case 'unary':
      return `(${e.op} ${shape(e.operand)})`;
    case 'binary':
      return `(${e.op} ${shape(e.left)} ${shape(e.right)})`;
    case 'conditional':
      return `(? ${shape(e.cond)} ${shape(e.then)} ${shape(e.else)})`;
    case 'for':
      return `(for ${e.keyVar ? e.keyVar + ',' : ''}${e.valueVar} ${shape(e.collection)}${e.keyExpr ? ' ' + shape(e.keyExpr) + ' =>' : ''} ${shape(e.valueExpr)}${e.grouping ? ' ...' : ''}${e.cond ? ' if ' + shape(e.cond) : ''})`;
    case 'parens':
      return `(paren ${shape(e.expr)})`;
    case 'invalid':
      return '<invalid>';
  }
}

const shapes: [string, string][] = [
  // literals
  ['1', '1'],
  ['1.5', '1.5'],
  ['1e10', '1e10'],
  ['2.5E-3', '2.5E-3'],
  ['true', 'true'],
  ['false', 'false'],
  ['null', 'null'],
  // operators by precedence: * / % > + - > comparisons > == != > && > ||
  ['1 + 2 * 3', '(+ 1 (* 2 3))'],
  ['1 * 2 + 3', '(+ (* 1 2) 3)'],
  ['a / b * c', '(* (/ a b) c)'],
  ['a - b - c', '(- (- a b) c)'],
  ['a % b + c', '(+ (% a b) c)'],
  ['a + b < c', '(< (+ a b) c)'],
  ['a <= b == c >= d', '(== (<= a b) (>= c d))'],
  ['a > b != c', '(!= (> a b) c)'],
  ['a == b && c', '(&& (== a b) c)'],
  ['a || b && c', '(|| a (&& b c))'],
  ['a && b || c && d', '(|| (&& a b) (&& c d))'],
  ['-1 + 2', '(+ (- 1) 2)'],
  ['!a && b', '(&& (! a) b)'],
  ['!!a', '(! (! a))'],
  ['- -1', '(- (- 1))'],
  ['-a.b[0]', '(- (index (. a b) 0))'],
  ['(1 + 2) * 3', '(* (paren (+ 1 2)) 3)'],
  // conditionals are right-associative and bind loosest
  ['a ? b : c', '(? a b c)'],
  ['a ? b : c ? d : e', '(? a b (? c d e))'],
  ['a ? b ? c : d : e', '(? a (? b c d) e)'],
  ['a || b ? c + 1 : d', '(? (|| a b) (+ c 1) d)'],
  // traversals
  ['var.x', '(. var x)'],
  ['aws_s3_bucket.b.arn', '(. (. aws_s3_bucket b) arn)'],
  ['a[0]', '(index a 0)'],
  ['a["k"].b', '(. (index a "k") b)'],
  ['a[var.i + 1]', '(index a (+ (. var i) 1))'],
  ['a.0', '(legacy-index a 0)'],
  ['a.0.b', '(. (legacy-index a 0) b)'],
  ['a.b.0.c', '(. (legacy-index (. a b) 0) c)'],
  ['a-1', 'a-1'],
  // splats
  ['a.*', '(splat-attr a)'],
  ['a.*.id', '(splat-attr a (. * id))'],
  ['a.*.b.c', '(splat-attr a (. (. * b) c))'],
  ['a.*.b[0]', '(index (splat-attr a (. * b)) 0)'],
  ['a.*.0', '(splat-attr a (legacy-index * 0))'],
  ['a[*]', '(splat-full a)'],
  ['a[*].id', '(splat-full a (. * id))'],
  ['a[*].b[0].c', '(splat-full a (. (index (. * b) 0) c))'],
  ['a[*].b[*].c', '(splat-full a (splat-full (. * b) (. * c)))'],
  ['a[*][0]', '(splat-full a (index * 0))'],
  // calls
  ['f()', '(call f)'],
  ['f(1, 2)', '(call f 1 2)'],
  ['f(1, 2,)', '(call f 1 2)'],
  ['f(list...)', '(call f list ...)'],
  ['f(a, list...)', '(call f a list ...)'],
  ['provider::aws::arn_parse(x)', '(call provider::aws::arn_parse x)'],
  ['f(\n  1,\n  2\n)', '(call f 1 2)'],
  ['f(g(x))[0]', '(index (call f (call g x)) 0)'],
  // collections
  ['[]', '[]'],
  ['[1, 2, 3]', '[1 2 3]'],
  ['[1, 2,]', '[1 2]'],
  ['[\n  1,\n  2\n]', '[1 2]'],
  ['{}', '{}'],
  ['{ a = 1, b = 2 }', '{a=1 b=2}'],
  ['{ a = 1, b = 2, }', '{a=1 b=2}'],
  ['{\n  a = 1\n  b = 2\n}', '{a=1 b=2}'],
  ['{\n  a = 1,\n  b = 2,\n}', '{a=1 b=2}'],
  ['{ "k" = 1, "x y": 2 }', '{k=1 x y:2}'],
  ['{ (var.k) = 1 }', '{(paren (. var k))=1}'],
  ['{ "${p}-x" = 1 }', '{"${p}-x"=1}'],
  ['{ a = { b = [1] } }', '{a={b=[1]}}'],
  // for-expressions
  ['[for x in xs : x]', '(for x xs x)'],
  ['[for i, x in xs : x if i > 0]', '(for i,x xs x if (> i 0))'],
  ['{ for k, v in m : k => v }', '(for k,v m k => v)'],
  ['{ for k, v in m : v.g => k... }', '(for k,v m (. v g) => k ...)'],
  ['{ for k, v in m : k => v... if v != null }', '(for k,v m k => v ... if (!= v null))'],
  ['[\n  for x in xs :\n  upper(x)\n  if x != ""\n]', '(for x xs (call upper x) if (!= x ""))'],
  ['{\n  for k, v in m :\n  k => v\n}', '(for k,v m k => v)'],
  ['[(for), 1]', '[(paren for) 1]'],
  // newlines are white space inside (), [] and ${}
  ['(\n  1 +\n  2\n)', '(paren (+ 1 2))'],
  ['a[\n  0\n]', '(index a 0)'],
  ['"${\n  a +\n  b\n}"', '"${(+ a b)}"'],
];

for (const [source, want] of shapes) {
  test(`expression shape: ${JSON.stringify(source)}`, () => {
    assert.equal(shape(expr(source).e), want);
  });
}

test('literal values and raw text', () => {
  const cases: [string, unknown][] = [
    ['42', 42],
    ['1.5', 1.5],
    ['1e10', 1e10],
    ['1E+2', 100],
    ['true', true],
    ['false', false],
    ['null', null],
  ];
  for (const [source, value] of cases) {
    const { e } = expr(source);
    assert.equal(e.kind, 'literal');
    if (e.kind !== 'literal') continue;
    assert.equal(e.value, value);
    assert.equal(e.raw, source);
  }
});

test('exact spans of traversals, calls and splats', () => {
  const { e, text } = expr('aws_instance.web[0].id');
  assert.equal(e.kind, 'getattr');
  if (e.kind !== 'getattr') return;
  assert.deepEqual(e.span, { start: 4, end: 26 });
  assert.deepEqual(e.nameSpan, { start: 24, end: 26 });
  assert.equal(at(text, e.object.span), 'aws_instance.web[0]');

  const call = expr('provider::aws::arn_parse(var.arn)');
  assert.equal(call.e.kind, 'call');
  if (call.e.kind !== 'call') return;
  assert.equal(at(call.text, call.e.nameSpan), 'provider::aws::arn_parse');
  assert.equal(at(call.text, call.e.span), 'provider::aws::arn_parse(var.arn)');

  const s = expr('a[*].b');
  assert.equal(s.e.kind, 'splat');
  if (s.e.kind !== 'splat' || !s.e.each || s.e.each.kind !== 'getattr') return;
  assert.equal(at(s.text, s.e.span), 'a[*].b');
  assert.equal(at(s.text, s.e.each.span), '[*].b');
  assert.equal(at(s.text, s.e.each.object.span), '[*]');

  const a = expr('x.*.y');
  assert.ok(a.e.kind === 'splat' && a.e.each);
  if (a.e.kind === 'splat' && a.e.each?.kind === 'getattr') assert.equal(at(a.text, a.e.each.object.span), '.*');
});

test('object items: key names, separators and spans', () => {
  const { e, text } = expr('{\n  Name = "x"\n  "kebab-key": 2\n  (local.k) = 3\n  true = 4\n}');
  assert.equal(e.kind, 'object');
  if (e.kind !== 'object') return;
  assert.deepEqual(e.items.map((i) => [i.keyName, i.separator, at(text, i.span)]), [
    ['Name', '=', 'Name = "x"'],
    ['kebab-key', ':', '"kebab-key": 2'],
    [undefined, '=', '(local.k) = 3'],
    ['true', '=', 'true = 4'],
  ]);
  assert.equal(at(text, e.span), text.slice(4, -1));
});

test('for-expression spans and parts', () => {
  const { e, text } = expr('{ for k, v in var.m : upper(k) => v if v != null }');
  assert.equal(e.kind, 'for');
  if (e.kind !== 'for') return;
  assert.equal(e.keyVar, 'k');
  assert.equal(e.valueVar, 'v');
  assert.equal(at(text, e.collection.span), 'var.m');
  assert.equal(e.keyExpr && at(text, e.keyExpr.span), 'upper(k)');
  assert.equal(at(text, e.valueExpr.span), 'v');
  assert.equal(e.cond && at(text, e.cond.span), 'v != null');
  assert.equal(e.grouping, false);
  assert.equal(at(text, e.span), text.slice(4, -1));
  const t = expr('[for x in xs : x]').e;
  assert.ok(t.kind === 'for' && t.keyVar === undefined && t.keyExpr === undefined && t.cond === undefined);
});

test('legacy index keys are number literals with their own spans', () => {
  const { e, text } = expr('a.10.b');
  assert.equal(e.kind, 'getattr');
  if (e.kind !== 'getattr' || e.object.kind !== 'index') return;
  assert.equal(e.object.legacy, true);
  assert.equal(at(text, e.object.key.span), '10');
  assert.deepEqual(e.object.key.kind === 'literal' && e.object.key.value, 10);
});

test('binary and unary spans cover their operands', () => {
  const { e, text } = expr('-a * (b + c) > 3');
  assert.equal(at(text, e.span), '-a * (b + c) > 3');
  if (e.kind !== 'binary' || e.left.kind !== 'binary') return assert.fail('expected binary');
  assert.equal(at(text, e.left.span), '-a * (b + c)');
  assert.equal(at(text, e.left.left.span), '-a');
  assert.equal(at(text, e.left.right.span), '(b + c)');
});

test('newlines end an attribute value at body level', () => {
  const file = ok('a = b\nc = d\n');
  assert.equal(file.body.items.length, 2);
  // Inside object braces newlines separate items, so a value ends at the line end.
  const obj = expr('{\n  a = x\n  b = y\n}').e;
  assert.ok(obj.kind === 'object' && obj.items.length === 2);
});
