/**
 * The four minimal YAML edits: add a key to a map, append an item to a
 * sequence, replace one value where it sits, insert a comment line. Each
 * touches only the text it changes; the rest of the file keeps its bytes.
 */
import { isMap, isScalar, Scalar, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { LineIndex, Span } from '../core/text';
import { findYamlValue, pairEnd, valueEnd, type YamlParent } from '../cloudformation/yaml-nodes';
import type { RenderedEdit } from './render';
import type { FixValue } from './types';
import { emitAfterKey, emitFlow, emitInline, emitItem, emitMapBody, emitNested, emitSeqBody, childCol, isInline, join, shapeOf, type Emitted } from './yaml-emit';
import { yamlKey } from './yaml-scalar';
import { yamlStyle, type YamlStyle } from './yaml-style';

type AnyMap = YAMLMap<Node | null, Node | null>;
type AnyPair = Pair<Node | null, Node | null>;

export interface YamlContext {
  doc: Document;
  text: string;
  lines: LineIndex;
}

function edit(span: Span, e: Emitted): RenderedEdit {
  return { span, newText: e.text, selections: e.selections };
}

function col(ctx: YamlContext, offset: number): number {
  return ctx.lines.positionAt(offset).character;
}

/** End of the line holding `offset` (before its line break): new lines go after any trailing comment. */
function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Offset just after the `:` that precedes `start` across whitespace only, if any. */
function afterColon(text: string, start: number): number | undefined {
  let i = start;
  while (i > 0 && /[ \t\r\n]/.test(text[i - 1])) i--;
  return i > 0 && text[i - 1] === ':' ? i : undefined;
}

function startsLine(text: string, offset: number): boolean {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r';
}

function spaces(n: number): string {
  return ' '.repeat(Math.max(0, n));
}

/** Where an item goes after the last one in a flow collection, with the separator it needs. */
function flowInsert(ctx: YamlContext, coll: AnyMap | YAMLSeq<unknown>, lastEnd: number, firstStart: number, item: Emitted): RenderedEdit {
  const { text } = ctx;
  const open = coll.range?.[0] ?? 0;
  const multiline = ctx.lines.positionAt(firstStart).line !== ctx.lines.positionAt(open).line;
  let i = lastEnd;
  while (i < text.length && /[ \t\r\n]/.test(text[i])) i++;
  const trailingComma = text[i] === ',';
  const indent = ctx.lines.eol + spaces(col(ctx, firstStart));
  if (trailingComma) return edit({ start: i + 1, end: i + 1 }, join([multiline ? indent : ' ', item, ',']));
  return edit({ start: lastEnd, end: lastEnd }, join([multiline ? `,${indent}` : ', ', item]));
}

/** An empty flow collection `{}` / `[ ]`, rewritten with its first item. */
function fillEmptyFlow(coll: AnyMap | YAMLSeq<unknown>, item: Emitted, style: YamlStyle): RenderedEdit {
  const [start, end] = [coll.range?.[0] ?? 0, coll.range?.[1] ?? 0];
  const pad = style.flowPad ? ' ' : '';
  const [open, close] = isMap(coll) ? ['{', '}'] : ['[', ']'];
  return edit({ start, end }, join([open, pad, item, pad, close]));
}

/** Adds `key: value` after the map's last entry. */
export function insertKey(ctx: YamlContext, map: AnyMap, key: string, value: FixValue): RenderedEdit {
  const style = yamlStyle(ctx.doc, ctx.lines, map);
  const last = map.items[map.items.length - 1] as AnyPair | undefined;
  if (map.flow) {
    const pair = join([yamlKey(key, style, style.quoteKeys, true), ': ', emitFlow(value, style)]);
    if (!last) return fillEmptyFlow(map, pair, style);
    return flowInsert(ctx, map, pairEnd(ctx.text, last), map.items[0].key?.range?.[0] ?? 0, pair);
  }
  if (!last) throw new Error('An empty block map cannot be written.');
  const keyCol = col(ctx, map.items[0].key?.range?.[0] ?? map.range?.[0] ?? 0);
  const at = lineEnd(ctx.text, pairEnd(ctx.text, last));
  return edit({ start: at, end: at }, join([style.eol + spaces(keyCol), yamlKey(key, style, style.quoteKeys, false), ':', emitAfterKey(value, keyCol, style)]));
}

/** Adds an item after the sequence's last item. */
export function appendItem(ctx: YamlContext, seq: YAMLSeq<Node>, value: FixValue): RenderedEdit {
  const style = yamlStyle(ctx.doc, ctx.lines, seq);
  const last = seq.items[seq.items.length - 1];
  if (seq.flow) {
    const item = emitFlow(value, style);
    if (!last) return fillEmptyFlow(seq, item, style);
    return flowInsert(ctx, seq, valueEnd(ctx.text, last), seq.items[0].range?.[0] ?? 0, item);
  }
  if (!last) throw new Error('An empty block sequence cannot be written.');
  const dashCol = col(ctx, seq.range?.[0] ?? 0);
  const at = lineEnd(ctx.text, valueEnd(ctx.text, last));
  const item = emitItem(value, dashCol + 1 + style.itemGap, style);
  return edit({ start: at, end: at }, join([style.eol + spaces(dashCol), '-', spaces(style.itemGap), item]));
}

/** Replaces the value at `span` (a pair's value or a sequence item) with `value`, written for that place. */
export function replaceAt(ctx: YamlContext, span: Span, parent: YamlParent | undefined, value: FixValue): RenderedEdit {
  if (!parent) throw new Error('The document root cannot be replaced.');
  const container = parent.kind === 'map' ? parent.map : parent.seq;
  const style = yamlStyle(ctx.doc, ctx.lines, container);
  if (container.flow) return edit(span, emitFlow(value, style));
  if (parent.kind === 'seq') {
    if (isInline(value)) return edit(span, emitInline(value, style, false));
    return edit(span, emitItem(value, col(ctx, span.start), style));
  }
  const keyCol = col(ctx, parent.pair.key?.range?.[0] ?? span.start);
  const colon = afterColon(ctx.text, span.start);
  if (colon !== undefined) return edit({ start: colon, end: span.end }, emitAfterKey(value, keyCol, style));
  // A comment or anchor sits between the key and the value: keep it, replace only the value.
  if (isInline(value)) return edit(span, emitInline(value, style, false));
  if (startsLine(ctx.text, span.start)) {
    const c = col(ctx, span.start);
    return edit(span, shapeOf(value) === 'object' ? emitMapBody(value, c, style) : emitSeqBody(value as FixValue[], c, style));
  }
  return edit(span, join([style.eol + spaces(childCol(value, keyCol, style)), emitNested(value, keyCol, style)]));
}

/** True when `offset` lies on a content line of a block scalar (`|`, `>`), where a `#` line would become text. */
function insideBlockScalar(ctx: YamlContext, offset: number): boolean {
  return findYamlValue(ctx.text, ctx.doc.contents as Node | null, (node) => {
    if (!isScalar(node) || (node.type !== Scalar.BLOCK_LITERAL && node.type !== Scalar.BLOCK_FOLDED)) return false;
    const header = lineEnd(ctx.text, node.range?.[0] ?? 0);
    return offset > header && offset <= valueEnd(ctx.text, node);
  });
}

/**
 * A `# text` line above the line holding `at`, with that line's indentation.
 * `select`: a part of `text` (e.g. a reason to type) to select afterwards.
 */
export function commentAbove(ctx: YamlContext, at: Span, text: string, select?: string): RenderedEdit {
  const lineStart = ctx.lines.lineStart(ctx.lines.positionAt(at.start).line);
  if (insideBlockScalar(ctx, lineStart)) throw new Error('A comment cannot go inside a block scalar.');
  const prefix = `${ctx.lines.indentAt(at.start)}# `;
  // One comment line per line of text: a line break inside would end the comment.
  const body = text.split(/\r?\n/).map((l) => prefix + l).join(ctx.lines.eol);
  const found = select ? body.indexOf(select, prefix.length) : -1;
  const selections = select && found >= 0 ? [{ start: found, end: found + select.length }] : [];
  return { span: { start: lineStart, end: lineStart }, newText: body + ctx.lines.eol, selections };
}
