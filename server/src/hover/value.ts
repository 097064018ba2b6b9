/**
 * Hover on a Terraform expression: its evaluated value (variables, locals,
 * functions, tfvars applied), or why it is not known statically. Reads the
 * evaluated model of the document's resources and providers; literals are not
 * worth a hover.
 */
import { spanContains, type Span } from '../core/text';
import type { OnusDocument } from '../engine/document';
import type { MValue } from '../model/types';

export interface ValueHover {
  markdown: string;
  span: Span;
}

function isLiteralText(text: string): boolean {
  const t = text.trim();
  if (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(t) || t === 'true' || t === 'false' || t === 'null') return true;
  if (t.startsWith('[') || t.startsWith('{')) return true; // written collections: their items hover on their own
  return /^"([^"\\$%]|\\.)*"$/.test(t);
}

function render(value: MValue, depth = 0): string {
  switch (value.kind) {
    case 'scalar':
      return typeof value.value === 'string' ? JSON.stringify(value.value) : String(value.value);
    case 'unknown':
      return '(unknown)';
    case 'list':
      return depth > 3 ? '[…]' : `[${value.items.map((i) => render(i, depth + 1)).join(', ')}]`;
    case 'object':
      return depth > 3 ? '{…}' : `{ ${[...value.entries].map(([k, e]) => `${/^[A-Za-z_][\w-]*$/.test(k) ? k : JSON.stringify(k)} = ${render(e.value, depth + 1)}`).join(', ')} }`;
  }
}

/** The smallest computed value around the offset; nested blocks are walked through, never shown. */
function visit(value: MValue, offset: number, text: string, best: { value?: MValue }, block: boolean): void {
  if (!value.span || !spanContains(value.span, offset)) return;
  const size = value.span.end - value.span.start;
  const current = best.value?.span;
  if (!block && (!current || size < current.end - current.start) && !isLiteralText(text.slice(value.span.start, value.span.end))) best.value = value;
  if (value.kind === 'list') for (const item of value.items) visit(item, offset, text, best, block);
  if (value.kind === 'object') for (const entry of value.entries.values()) visit(entry.value, offset, text, best, entry.asBlock === true);
}

export function valueHoverAt(document: OnusDocument, offset: number): ValueHover | undefined {
  if (document.kind !== 'terraform') return undefined;
  const best: { value?: MValue } = {};
  const bodies = [...document.resources.map((r) => r.body), ...(document.providers ?? []).map((p) => p.body)];
  for (const body of bodies) if (body.span && spanContains(body.span, offset)) for (const entry of body.entries.values()) visit(entry.value, offset, document.text, best, entry.asBlock === true);
  const value = best.value;
  if (!value?.span) return undefined;
  const source = document.text.slice(value.span.start, value.span.end);
  const shown = render(value);
  const text = shown.length > 600 ? shown.slice(0, 600) + '…' : shown;
  const markdown =
    value.kind === 'unknown'
      ? `\`${source.length > 80 ? source.slice(0, 80) + '…' : source}\` is not known statically: ${value.reason}.`
      : ['**Value** (as Onus evaluates it):', '', '```hcl', text, '```'].join('\n');
  return { markdown, span: value.span };
}
