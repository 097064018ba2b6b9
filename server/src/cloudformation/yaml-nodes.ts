/**
 * Source spans of `yaml` nodes, shared by the model builder and the YAML fix
 * renderer so both agree on what "the span of a value" is.
 *
 * Span choice: `yaml` gives a node's range WITHOUT its tag (`!Ref X` starts at
 * `X`). Our value spans start AT the tag, so a finding underlines the whole
 * intrinsic and a `replace` fix replaces the whole value, tag included. An
 * anchor (`&a`) is never inside a span: replacing a value keeps its anchor,
 * so aliases elsewhere stay valid.
 * Ends: block collections and block scalars in `yaml` run through the trailing
 * line break; our spans end at the last character of the last value instead.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, Scalar, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Span } from '../core/text';

/** Replaces every comment in `gap` (text with no quoted scalars in it) by spaces, keeping offsets. */
function blankComments(gap: string): string {
  return gap.replace(/(^|[ \t\r\n])#[^\r\n]*/g, (m, lead: string) => lead + ' '.repeat(m.length - lead.length));
}

/**
 * Where a value's text begins, tag included. `lowerBound` is where the text
 * before the value's properties starts (its key's end, the previous item's end,
 * or its collection's start); the gap up to the node holds only indicators,
 * spaces, comments, the tag and the anchor.
 */
export function valueStart(text: string, node: Node, lowerBound: number): number {
  const start = node.range?.[0] ?? lowerBound;
  if (!node.tag || start <= lowerBound) return start;
  const gap = blankComments(text.slice(lowerBound, start));
  const re = /![^\s,[\]{}]*/g;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(gap); m; m = re.exec(gap)) last = m;
  if (!last) return start;
  // Only whitespace may separate the tag from the value; an anchor in between stays outside the span.
  if (gap.slice(last.index + last[0].length).trim() !== '') return start;
  return lowerBound + last.index;
}

/** Where a value's text ends (exclusive), without trailing line breaks or comments. */
export function valueEnd(text: string, node: Node): number {
  const range = node.range;
  if (!range) return 0;
  if (isScalar(node)) {
    if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
      let end = range[1];
      while (end > range[0] && /\s/.test(text[end - 1])) end--;
      return end;
    }
    return range[1];
  }
  if (isAlias(node)) return range[1];
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    const last = node.items[node.items.length - 1];
    if (isPair(last)) return pairEnd(text, last as Pair<Node | null, Node | null>);
    return isNodeLike(last) ? valueEnd(text, last) : range[1];
  }
  return range[1];
}

function isNodeLike(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && 'range' in v;
}

/** End of a pair: its value's end, or its key's end when the value is missing. */
export function pairEnd(text: string, pair: Pair<Node | null, Node | null>): number {
  if (pair.value && isNodeLike(pair.value)) return valueEnd(text, pair.value);
  return pair.key && isNodeLike(pair.key) ? (pair.key.range?.[1] ?? 0) : 0;
}

/** Lower bound for the value of `pair` (see valueStart). */
export function pairValueBound(pair: Pair<Node | null, Node | null>, collectionStart: number): number {
  return pair.key && isNodeLike(pair.key) ? (pair.key.range?.[1] ?? collectionStart) : collectionStart;
}

/** Span of a value in its context. */
export function valueSpan(text: string, node: Node, lowerBound: number): Span {
  return { start: valueStart(text, node, lowerBound), end: valueEnd(text, node) };
}

/** Span of a key node. */
export function keySpan(node: Node): Span {
  const r = node.range ?? [0, 0, 0];
  return { start: r[0], end: r[1] };
}

/** Calls `visit` for every value (not key) in the tree with its span, in document order; stops when it returns true. */
export function findYamlValue(
  text: string,
  root: Node | null | undefined,
  visit: (node: Node, span: Span, parent: YamlParent | undefined) => boolean,
): boolean {
  const walk = (node: Node, bound: number, parent: YamlParent | undefined): boolean => {
    if (visit(node, valueSpan(text, node, bound), parent)) return true;
    if (isMap(node)) return walkMap(node as YAMLMap<Node | null, Node | null>);
    if (isSeq(node)) return walkSeq(node as YAMLSeq<Node>);
    return false;
  };
  const walkMap = (map: YAMLMap<Node | null, Node | null>): boolean => {
    const start = map.range?.[0] ?? 0;
    for (const pair of map.items) {
      if (pair.value && isNodeLike(pair.value) && walk(pair.value, pairValueBound(pair, start), { kind: 'map', map, pair })) return true;
    }
    return false;
  };
  const walkSeq = (seq: YAMLSeq<Node>): boolean => {
    let bound = seq.range?.[0] ?? 0;
    for (let i = 0; i < seq.items.length; i++) {
      const item = seq.items[i];
      if (!isNodeLike(item)) continue;
      if (walk(item, bound, { kind: 'seq', seq, index: i })) return true;
      bound = valueEnd(text, item);
    }
    return false;
  };
  return root ? walk(root, 0, undefined) : false;
}

/** Where a value sits: as the value of a pair in a map, or as an item of a sequence. */
export type YamlParent =
  | { kind: 'map'; map: YAMLMap<Node | null, Node | null>; pair: Pair<Node | null, Node | null> }
  | { kind: 'seq'; seq: YAMLSeq<Node>; index: number };
