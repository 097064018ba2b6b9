/**
 * FixValue → YAML text in a given style, block or flow, with the offsets of
 * placeholders inside the produced text. Block output never starts with
 * indentation: the caller places the first line (after `key:` or `- `) and
 * every later line carries its own indentation.
 */
import type { Span } from '../core/text';
import { isBlockValue, isPlaceholder, isRawHcl, type FixValue } from './types';
import { yamlKey, yamlScalar, yamlString } from './yaml-scalar';
import type { YamlStyle } from './yaml-style';

/** Text plus the spans (relative to it) of placeholders to select. */
export interface Emitted {
  text: string;
  selections: Span[];
}

/** Joins pieces, shifting each piece's selections to its place in the whole. */
export function join(parts: readonly (string | Emitted)[]): Emitted {
  let text = '';
  const selections: Span[] = [];
  for (const p of parts) {
    if (typeof p === 'string') text += p;
    else {
      for (const s of p.selections) selections.push({ start: text.length + s.start, end: text.length + s.end });
      text += p.text;
    }
  }
  return { text, selections };
}

type Shape = 'scalar' | 'placeholder' | 'array' | 'object';

export function shapeOf(value: FixValue): Shape {
  if (isRawHcl(value)) throw new Error('An HCL expression cannot be written in a CloudFormation template.');
  if (isPlaceholder(value)) return 'placeholder';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'object' && value !== null) return 'object';
  return 'scalar';
}

/** Entries of an object value; a Terraform-style `{block: {...}}` is just its mapping here. */
function entriesOf(value: FixValue): [string, FixValue][] {
  return Object.entries(isBlockValue(value) ? value.block : (value as { [key: string]: FixValue }));
}

/** Written on the same line as its key or dash: scalars, placeholders, empty collections. */
export function isInline(value: FixValue): boolean {
  const shape = shapeOf(value);
  if (shape === 'array') return (value as FixValue[]).length === 0;
  if (shape === 'object') return entriesOf(value).length === 0;
  return true;
}

function spaces(n: number): string {
  return ' '.repeat(Math.max(0, n));
}

/** A scalar, placeholder or empty collection. */
function inline(value: FixValue, style: YamlStyle, flow: boolean): Emitted {
  const shape = shapeOf(value);
  if (shape === 'placeholder') {
    const s = yamlString((value as { placeholder: string }).placeholder, style, flow);
    return { text: s.text, selections: [s.content] };
  }
  if (shape === 'array') return { text: '[]', selections: [] };
  if (shape === 'object') return { text: '{}', selections: [] };
  return { text: yamlScalar(value as string | number | boolean | null, style, flow), selections: [] };
}

/** Flow style: `{A: 1, B: [x, y]}` (padded `{ A: 1 }` when the file pads braces). */
export function emitFlow(value: FixValue, style: YamlStyle): Emitted {
  const shape = shapeOf(value);
  const pad = style.flowPad ? ' ' : '';
  if (shape === 'array' && (value as FixValue[]).length > 0) {
    const items = (value as FixValue[]).map((v) => emitFlow(v, style));
    return join([`[${pad}`, ...items.flatMap((e, i) => (i ? [', ', e] : [e])), `${pad}]`]);
  }
  if (shape === 'object' && entriesOf(value).length > 0) {
    const pairs = entriesOf(value).map(([k, v]) => join([yamlKey(k, style, style.quoteKeys, true), ': ', emitFlow(v, style)]));
    return join([`{${pad}`, ...pairs.flatMap((e, i) => (i ? [', ', e] : [e])), `${pad}}`]);
  }
  return inline(value, style, true);
}

/**
 * The entries of a non-empty map whose keys sit at column `col`; the first
 * line is not indented (it follows what the caller wrote).
 */
export function emitMapBody(value: FixValue, col: number, style: YamlStyle): Emitted {
  const lines = entriesOf(value).map(([k, v]) => join([yamlKey(k, style, style.quoteKeys, false), ':', emitAfterKey(v, col, style)]));
  return join(lines.flatMap((e, i) => (i ? [style.eol + spaces(col), e] : [e])));
}

/** The items of a non-empty sequence whose dashes sit at column `col`; first line not indented. */
export function emitSeqBody(value: FixValue[], col: number, style: YamlStyle): Emitted {
  const itemCol = col + 1 + style.itemGap;
  const items = value.map((v) => join(['-', spaces(style.itemGap), emitItem(v, itemCol, style)]));
  return join(items.flatMap((e, i) => (i ? [style.eol + spaces(col), e] : [e])));
}

/** A sequence item's content, starting at column `col` right after `- `. */
export function emitItem(value: FixValue, col: number, style: YamlStyle): Emitted {
  if (isInline(value)) return inline(value, style, false);
  if (shapeOf(value) === 'object') return emitMapBody(value, col, style);
  return emitSeqBody(value as FixValue[], col, style);
}

/** What follows `key:` for a key at column `keyCol`: ` value`, or a nested block on the next lines. */
export function emitAfterKey(value: FixValue, keyCol: number, style: YamlStyle): Emitted {
  if (isInline(value)) return join([' ', inline(value, style, false)]);
  return join([style.eol + spaces(childCol(value, keyCol, style)), emitNested(value, keyCol, style)]);
}

/** Column of a non-inline value nested under a key at `keyCol`. */
export function childCol(value: FixValue, keyCol: number, style: YamlStyle): number {
  return shapeOf(value) === 'object' ? keyCol + style.unit : keyCol + style.seqOffset;
}

/** A non-inline value at its child column, first line not indented. */
export function emitNested(value: FixValue, keyCol: number, style: YamlStyle): Emitted {
  const c = childCol(value, keyCol, style);
  return shapeOf(value) === 'object' ? emitMapBody(value, c, style) : emitSeqBody(value as FixValue[], c, style);
}

export { inline as emitInline };
