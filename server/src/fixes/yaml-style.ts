/**
 * The YAML file's own style, read from the nodes near an edit: indentation
 * width, how sequences sit under their key, the gap after `- `, quoting, line
 * endings, padding inside flow braces. Fixes write new text in that style.
 */
import { isMap, isScalar, isSeq, Scalar, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { LineIndex } from '../core/text';
import { plainIsSafe, type QuoteChar, type ScalarStyle } from './yaml-scalar';

export interface YamlStyle extends ScalarStyle {
  eol: string;
  /** Columns a nested map is indented under its key. */
  unit: number;
  /** Columns a block sequence's `-` is indented under its key (0: `key:\n- item`). */
  seqOffset: number;
  /** Spaces after `-` before an item's content. */
  itemGap: number;
  /** Keys of the map being edited are all quoted. */
  quoteKeys: boolean;
  /** `{ a: 1 }` rather than `{a: 1}`. */
  flowPad: boolean;
}

type AnyMap = YAMLMap<Node | null, Node | null>;
type AnyPair = Pair<Node | null, Node | null>;

function col(lines: LineIndex, offset: number): number {
  return lines.positionAt(offset).character;
}

function startOf(node: unknown): number | undefined {
  return typeof node === 'object' && node !== null && 'range' in node ? (node as Node).range?.[0] : undefined;
}

/** Visits every pair of every map, outer before inner, until `f` returns a value. */
function firstPair<T>(node: unknown, f: (pair: AnyPair) => T | undefined): T | undefined {
  if (isMap(node)) {
    for (const pair of (node as AnyMap).items) {
      const hit = f(pair) ?? firstPair(pair.value, f);
      if (hit !== undefined) return hit;
    }
  } else if (isSeq(node)) {
    for (const item of (node as YAMLSeq<unknown>).items) {
      const hit = firstPair(item, f);
      if (hit !== undefined) return hit;
    }
  }
  return undefined;
}

/** Indentation of a block map nested under `pair`'s key, if its value is one. */
function nestedMapIndent(pair: AnyPair, lines: LineIndex): number | undefined {
  const key = startOf(pair.key);
  const value = pair.value;
  if (key === undefined || !isMap(value) || value.flow) return undefined;
  const inner = startOf((value as AnyMap).items[0]?.key);
  if (inner === undefined || lines.positionAt(inner).line === lines.positionAt(key).line) return undefined;
  const d = col(lines, inner) - col(lines, key);
  return d > 0 ? d : undefined;
}

function seqUnderKey(pair: AnyPair, lines: LineIndex): number | undefined {
  const key = startOf(pair.key);
  const value = pair.value;
  if (key === undefined || !isSeq(value) || value.flow) return undefined;
  const dash = startOf(value);
  if (dash === undefined || lines.positionAt(dash).line === lines.positionAt(key).line) return undefined;
  const d = col(lines, dash) - col(lines, key);
  return d >= 0 ? d : undefined;
}

/** Spaces between `-` and the item, from the first item written on its dash's line. */
export function itemGapOf(seq: YAMLSeq<unknown>, lines: LineIndex): number | undefined {
  if (seq.flow) return undefined;
  const dash = startOf(seq);
  const first = startOf(seq.items[0]);
  if (dash === undefined || first === undefined || lines.positionAt(first).line !== lines.positionAt(dash).line) return undefined;
  // The first item's own range may start after a tag; only trust plain items.
  const gap = col(lines, first) - col(lines, dash) - 1;
  return gap >= 1 && !(seq.items[0] as Node).tag ? gap : undefined;
}

function firstSeq<T>(node: unknown, f: (seq: YAMLSeq<unknown>) => T | undefined): T | undefined {
  if (isSeq(node)) {
    const hit = f(node as YAMLSeq<unknown>);
    if (hit !== undefined) return hit;
    for (const item of (node as YAMLSeq<unknown>).items) {
      const inner = firstSeq(item, f);
      if (inner !== undefined) return inner;
    }
  } else if (isMap(node)) {
    for (const pair of (node as AnyMap).items) {
      const inner = firstSeq(pair.value, f);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

function isFlow(node: unknown): boolean {
  return (isMap(node) || isSeq(node)) && (node as AnyMap).flow === true;
}

/**
 * Quoting used by the string scalars among `values`. A quoted string that
 * could not be plain (`"2012-10-17"`, `"*"`) shows no preference; it only
 * tells which quote character the author uses.
 */
function quotingOf(values: readonly unknown[]): { alwaysQuote: boolean; quote?: QuoteChar } {
  let plain = 0;
  let double = 0;
  let single = 0;
  let chosen = 0;
  for (const v of values) {
    if (!isScalar(v) || typeof v.value !== 'string' || v.tag) continue;
    if (v.type !== Scalar.PLAIN && plainIsSafe(v.value, false)) chosen++;
    if (v.type === Scalar.QUOTE_DOUBLE) double++;
    else if (v.type === Scalar.QUOTE_SINGLE) single++;
    else if (v.type === Scalar.PLAIN) plain++;
  }
  const quote: QuoteChar | undefined = double + single === 0 ? undefined : double >= single ? '"' : "'";
  return { alwaysQuote: plain === 0 && chosen > 0, quote };
}

/** Style for an edit inside `near` (the map or sequence being changed). */
export function yamlStyle(doc: Document, lines: LineIndex, near: AnyMap | YAMLSeq<unknown>): YamlStyle {
  const root = doc.contents;
  const local = isMap(near) ? firstPair(near, (p) => nestedMapIndent(p, lines)) : undefined;
  const unit = local ?? firstPair(root, (p) => nestedMapIndent(p, lines)) ?? 2;
  const seqOffset = firstPair(root, (p) => seqUnderKey(p, lines)) ?? unit;
  const itemGap = (isSeq(near) ? itemGapOf(near as YAMLSeq<unknown>, lines) : undefined) ?? firstSeq(root, (s) => itemGapOf(s, lines)) ?? 1;
  const values: unknown[] = isMap(near)
    ? (near as AnyMap).items.map((p) => p.value)
    : (near as YAMLSeq<unknown>).items.flatMap((i) => (isMap(i) ? (i as AnyMap).items.map((p) => p.value) : [i]));
  const quoting = quotingOf(values);
  const keys = isMap(near) ? (near as AnyMap).items.map((p) => p.key) : [];
  const keyQuoting = quotingOf(keys);
  // Padding inside braces, from the collection itself or, for `[{ A: 1 }]`, from its first item.
  const padded = (n: unknown) => isFlow(n) && /^[{[][ \t]/.test(lines.text.slice(startOf(n) ?? 0, (startOf(n) ?? 0) + 2));
  const firstItem = isSeq(near) ? (near as YAMLSeq<unknown>).items[0] : undefined;
  const flowPad = near.flow === true && (padded(near) || padded(firstItem));
  return {
    eol: lines.eol,
    unit,
    seqOffset,
    itemGap,
    alwaysQuote: quoting.alwaysQuote,
    quote: quoting.quote ?? keyQuoting.quote ?? '"',
    quoteKeys: keyQuoting.alwaysQuote,
    flowPad,
  };
}

