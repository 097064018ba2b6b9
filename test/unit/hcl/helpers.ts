/** Helpers for the HCL parser tests: slicing source by span, and span invariants. */
import assert from 'node:assert/strict';
import { parseHcl, type Attribute, type Block, type ConfigFile, type Expression, type Span } from '../../../server/src/hcl/index';

/** The source text a span covers. */
export function at(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** Parses and asserts there are no errors. */
export function ok(text: string): ConfigFile {
  const file = parseHcl(text);
  assert.deepEqual(file.errors, [], `unexpected errors for ${JSON.stringify(text)}`);
  checkSpans(file, text);
  return file;
}

/** The expression of the only (or first) attribute of `name = <expr>`. */
export function expr(source: string): { e: Expression; text: string } {
  const text = `a = ${source}\n`;
  const file = ok(text);
  const item = file.body.items[0] as Attribute;
  assert.equal(item.kind, 'attribute');
  return { e: item.expr, text };
}

export function attr(file: ConfigFile, i = 0): Attribute {
  const item = file.body.items[i];
  assert.equal(item?.kind, 'attribute');
  return item as Attribute;
}

export function block(file: ConfigFile, i = 0): Block {
  const item = file.body.items[i];
  assert.equal(item?.kind, 'block');
  return item as Block;
}

function isSpan(v: unknown): v is Span {
  return typeof v === 'object' && v !== null && typeof (v as Span).start === 'number' && typeof (v as Span).end === 'number' && Object.keys(v).length === 2;
}

/**
 * Every span lies within [0, text.length], is not inverted, and lies within
 * the span of the node that holds it; body items are in order and disjoint.
 * Attached comments are skipped (they sit outside their item by design).
 */
export function checkSpans(file: ConfigFile, text: string): void {
  const visit = (node: Record<string, unknown>, parent: Span, path: string): void => {
    const own = node.span as Span | undefined;
    if (own) within(own, parent, `${path}.span`);
    const bound = own ?? parent;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'span' || key === 'leadingComments' || key === 'trailingComment') continue;
      if (isSpan(value)) within(value, bound, `${path}.${key}`);
      else if (Array.isArray(value)) value.forEach((v, i) => v && typeof v === 'object' && visit(v as Record<string, unknown>, bound, `${path}.${key}[${i}]`));
      else if (value && typeof value === 'object') visit(value as Record<string, unknown>, bound, `${path}.${key}`);
    }
    if (node.kind === 'body') {
      const items = node.items as { span: Span }[];
      for (let i = 1; i < items.length; i++) assert.ok(items[i - 1].span.end <= items[i].span.start, `${path}: items ${i - 1} and ${i} overlap`);
    }
  };
  const within = (s: Span, p: Span, where: string): void => {
    assert.ok(s.start >= 0 && s.end <= text.length && s.start <= s.end, `${where} ${JSON.stringify(s)} outside [0, ${text.length}]`);
    assert.ok(s.start >= p.start && s.end <= p.end, `${where} ${JSON.stringify(s)} not within parent ${JSON.stringify(p)}`);
  };
  const whole = { start: 0, end: text.length };
  within(file.body.span, whole, 'body');
  visit(file.body as unknown as Record<string, unknown>, whole, 'body');
  for (const c of file.comments) within(c.span, whole, 'comment');
  for (const e of file.errors) within(e.span, whole, `error "${e.message}"`);
  for (let i = 1; i < file.comments.length; i++) assert.ok(file.comments[i - 1].span.end <= file.comments[i].span.start, 'comments in source order');
}

/** Parses input that must have errors; returns the file after checking span invariants. */
export function bad(text: string): ConfigFile {
  const file = parseHcl(text);
  assert.ok(file.errors.length > 0, `expected errors for ${JSON.stringify(text)}`);
  checkSpans(file, text);
  return file;
}

/** A compact outline of the top-level items: `type(labels)` for blocks (with `!` when unclosed), `name=` for attributes. */
export function outline(file: ConfigFile): string[] {
  return file.body.items.map((i) =>
    i.kind === 'attribute'
      ? `${i.name}=`
      : `${i.type}(${i.labels.map((l) => l.value).join(',')})${i.closeBrace ? '' : '!'}[${i.body.items.map((x) => (x.kind === 'attribute' ? x.name : x.type)).join(',')}]`,
  );
}
