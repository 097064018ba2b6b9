import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Expression, TemplateExpr, TemplatePart } from '../../../server/src/hcl/index';
import { at, expr } from './helpers';

function template(source: string): { t: TemplateExpr; text: string } {
  const { e, text } = expr(source);
  assert.equal(e.kind, 'template');
  return { t: e as TemplateExpr, text };
}

/** Evaluates a template over literals and loop variables (enough to compare with Terraform's results). */
function render(parts: TemplatePart[], env: Record<string, string> = {}): string {
  let out = '';
  for (const p of parts) {
    if (p.kind === 'text') out += p.value;
    else if (p.kind === 'interpolation') out += value(p.expr, env);
    else if (p.kind === 'if') out += value(p.cond, env) === 'true' ? render(p.then, env) : render(p.else ?? [], env);
    else {
      assert.equal(p.collection.kind, 'tuple');
      if (p.collection.kind === 'tuple') for (const item of p.collection.items) out += render(p.body, { ...env, [p.valueVar]: value(item, env) });
    }
  }
  return out;
}

function value(e: Expression, env: Record<string, string>): string {
  if (e.kind === 'literal') return String(e.value);
  if (e.kind === 'template') return render(e.parts, env);
  if (e.kind === 'variable' && e.name in env) return env[e.name];
  throw new Error(`cannot evaluate ${e.kind}`);
}

test('plain string: one text part spanning the content', () => {
  const { t, text } = template('"hello"');
  assert.deepEqual(t, { kind: 'template', parts: [{ kind: 'text', value: 'hello', span: { start: 5, end: 10 } }], span: { start: 4, end: 11 } });
  assert.equal(at(text, t.span), '"hello"');
});

test('empty string: one empty text part, zero width after the quote', () => {
  const { t } = template('""');
  assert.deepEqual(t.parts, [{ kind: 'text', value: '', span: { start: 5, end: 5 } }]);
});

test('escape sequences are decoded; spans stay on the source', () => {
  const { t, text } = template('"a\\nb\\tc\\"d\\\\e\\rf\\u00e9\\U0001F600"');
  assert.equal(t.parts.length, 1);
  const p = t.parts[0];
  assert.equal(p.kind === 'text' && p.value, 'a\nb\tc"d\\e\rfé😀');
  assert.equal(at(text, p.span), 'a\\nb\\tc\\"d\\\\e\\rf\\u00e9\\U0001F600');
});

test('$${ and %%{ are literal ${ and %{; lone $ and % are text', () => {
  const { t } = template('"a $${x} %%{y} 100% $ b$c %"');
  assert.equal(render(t.parts), 'a ${x} %{y} 100% $ b$c %');
  assert.equal(t.parts.length, 1);
});

test('interpolations split the text; exact part spans', () => {
  const { t, text } = template('"arn:${var.p}:s3:::${local.b}/*"');
  assert.deepEqual(t.parts.map((p) => [p.kind, at(text, p.span)]), [
    ['text', 'arn:'],
    ['interpolation', '${var.p}'],
    ['text', ':s3:::'],
    ['interpolation', '${local.b}'],
    ['text', '/*'],
  ]);
  const i = t.parts[1];
  assert.ok(i.kind === 'interpolation' && i.expr.kind === 'getattr' && at(text, i.expr.span) === 'var.p');
});

test('a lone interpolation is a template with one interpolation part', () => {
  const { t } = template('"${var.x}"');
  assert.equal(t.parts.length, 1);
  assert.equal(t.parts[0].kind, 'interpolation');
});

test('strip markers remove white space from adjacent text (as Terraform does)', () => {
  // Expected values are what `terraform console` prints for the same templates.
  const cases: [string, string][] = [
    ['"hello ${~ "world" }"', 'helloworld'],
    ['"%{ if true ~} hello %{~ endif }"', 'hello'],
    ['"${"hello" ~}${" world"}"', 'hello world'],
    ['"a  ${~ "b" ~}  c"', 'abc'],
    ['"x ${"y"} %{ if false }no%{ else }yes%{ endif }"', 'x y yes'],
  ];
  for (const [source, want] of cases) assert.equal(render(template(source).t.parts), want, source);
  const { t } = template('"a ${~ b ~} c"');
  const i = t.parts[1];
  assert.ok(i.kind === 'interpolation' && i.stripLeft && i.stripRight);
  const plain = template('"a ${b} c"').t.parts[1];
  assert.ok(plain.kind === 'interpolation' && !plain.stripLeft && !plain.stripRight);
});

test('if / else / endif directives', () => {
  const { t, text } = template('"%{ if var.on }yes%{ else }no%{ endif }!"');
  assert.equal(t.parts.length, 2);
  const d = t.parts[0];
  assert.equal(d.kind, 'if');
  if (d.kind !== 'if') return;
  assert.equal(at(text, d.cond.span), 'var.on');
  assert.deepEqual(d.then.map((p) => p.kind === 'text' && p.value), ['yes']);
  assert.deepEqual(d.else?.map((p) => p.kind === 'text' && p.value), ['no']);
  assert.equal(at(text, d.span), '%{ if var.on }yes%{ else }no%{ endif }');
  const noElse = template('"%{ if x }y%{ endif }"').t.parts[0];
  assert.ok(noElse.kind === 'if' && noElse.else === undefined);
});

test('for / endfor directives, with and without a key variable', () => {
  const { t, text } = template('"%{ for i, x in var.xs }${i}=${x},%{ endfor }"');
  const d = t.parts[0];
  assert.equal(d.kind, 'for');
  if (d.kind !== 'for') return;
  assert.equal(d.keyVar, 'i');
  assert.equal(d.valueVar, 'x');
  assert.equal(at(text, d.collection.span), 'var.xs');
  assert.deepEqual(d.body.map((p) => p.kind), ['interpolation', 'text', 'interpolation', 'text']);
  assert.equal(at(text, d.span), '%{ for i, x in var.xs }${i}=${x},%{ endfor }');
  const one = template('"%{ for x in xs }${x}%{ endfor }"').t.parts[0];
  assert.ok(one.kind === 'for' && one.keyVar === undefined && one.valueVar === 'x');
});

test('nested directives', () => {
  const { t } = template('"%{ for x in ["a", "b"] }%{ if true }[${x}]%{ endif }%{ endfor }"');
  assert.equal(render(t.parts), '[a][b]');
});

test('heredoc: content with its final newline; span from << to the marker', () => {
  const { t, text } = template('<<EOT\nhello\n  world\nEOT');
  assert.deepEqual(t.heredoc, { marker: 'EOT', indented: false });
  assert.equal(render(t.parts), 'hello\n  world\n');
  assert.equal(at(text, t.span), '<<EOT\nhello\n  world\nEOT');
  assert.equal(at(text, t.parts[0].span), 'hello\n  world\n');
});

test('heredoc: the closing marker may be indented and followed by spaces', () => {
  const { t } = template('<<EOT\nx\n   EOT   ');
  assert.equal(render(t.parts), 'x\n');
  const empty = template('<<EOT\nEOT').t;
  assert.deepEqual(empty.parts.map((p) => p.kind === 'text' && p.value), ['']);
});

test('heredoc: a line merely containing the marker does not close it', () => {
  const { t } = template('<<EOT\nEOTX\nxEOT\nEOT ${x}\nEOT');
  assert.equal(t.parts[0].kind === 'text' && t.parts[0].value, 'EOTX\nxEOT\nEOT ');
});

test('heredoc: backslashes are literal; quotes need no escaping', () => {
  const { t } = template('<<EOT\na\\nb "q"\nEOT');
  assert.equal(render(t.parts), 'a\\nb "q"\n');
});

test('heredoc: interpolations and directives', () => {
  const { t } = template('<<EOT\n%{ for x in ["p", "q"] ~}\n  ${x}\n%{ endfor ~}\nEOT');
  assert.equal(render(t.parts), '  p\n  q\n');
});

test('indented heredoc (<<-): strips the smallest indentation, as Terraform does', () => {
  // Expected values are what `terraform console` prints for the same heredocs.
  const cases: [string, string][] = [
    ['<<-EOT\n    a\n      b\n\n    c\n    EOT', 'a\n  b\n\nc\n'],
    ['<<-EOT\n    a\n  \n    b\n    EOT', 'a\n  \nb\n'],
    ['<<-EOT\n    a\n  ${"x"}\n    EOT', '  a\nx\n'],
    ['<<-EOT\n    %{~ if true ~}\n    y\n    %{~ endif ~}\n    EOT', '    y\n'],
    ['<<-EOT\n\ttab\n\t  two\n\tEOT', 'tab\n  two\n'],
    ['<<-EOT\n${"x"}\n    a\nEOT', 'x\n    a\n'],
  ];
  for (const [source, want] of cases) {
    const { t } = template(source);
    assert.deepEqual(t.heredoc, { marker: 'EOT', indented: true });
    assert.equal(render(t.parts), want, source);
  }
});

test('indented heredoc: text part spans stay on the source lines', () => {
  const { t, text } = template('<<-EOT\n    a\n    b\n    EOT');
  assert.equal(t.parts.length, 1);
  assert.equal(at(text, t.parts[0].span), '    a\n    b\n');
  assert.equal(at(text, t.span), '<<-EOT\n    a\n    b\n    EOT');
});

test('heredoc with CRLF line endings', () => {
  const { t } = template('<<EOT\r\nx\r\nEOT');
  assert.equal(render(t.parts), 'x\r\n');
});

test('templates inside interpolations and function calls inside heredocs', () => {
  const { t } = template('<<EOT\n${jsonencode({ a = "${var.x}-y" })}\nEOT');
  const i = t.parts[0];
  assert.ok(i.kind === 'interpolation' && i.expr.kind === 'call' && i.expr.args[0].kind === 'object');
});
