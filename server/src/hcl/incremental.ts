/**
 * A keystroke inside one top-level block of a large `.tf`, without parsing the
 * file again: the block is parsed alone and put in place of the old one. The
 * blocks before it are the previous tree's own objects (nothing about them
 * changed, so the model built from them can be kept, model/terraform.ts); the
 * blocks after it are copies moved by the length difference, so the previous
 * tree is never modified. Anything else (the edit between blocks, on a block's
 * header, an error anywhere) returns undefined and the caller parses the text.
 */
import type { Span, TextChange } from '../core/text';
import type { Block, BodyItem, Comment, ConfigFile } from './ast';
import { parseHcl } from './index';

/** A copy of an AST value with every span moved by `delta` (spans are the only offsets in the tree). */
function moved<T>(value: T, delta: number): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((v: unknown) => moved(v, delta)) as T;
  const object = value as Record<string, unknown>;
  if (typeof object.start === 'number' && typeof object.end === 'number' && Object.keys(object).length === 2) {
    return { start: object.start + delta, end: (object.end as number) + delta } as T;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(object)) copy[key] = moved(object[key], delta);
  return copy as T;
}

/** Moves every span of a freshly parsed tree in place (it is ours; spans may be shared, so each is moved once). */
function place<T>(value: T, base: number, seen = new Set<object>()): T {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const v of value) place(v, base, seen);
    return value;
  }
  const object = value as Record<string, unknown>;
  if (typeof object.start === 'number' && typeof object.end === 'number' && Object.keys(object).length === 2) {
    object.start += base;
    object.end = (object.end as number) + base;
    return value;
  }
  for (const key of Object.keys(object)) place(object[key], base, seen);
  return value;
}

/** The top-level block whose braces hold the change strictly inside, by binary search. */
function blockAround(items: readonly BodyItem[], start: number, oldEnd: number): number {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const item = items[mid];
    if (item.span.end <= start) low = mid + 1;
    else if (item.span.start >= start) high = mid - 1;
    else {
      const inside = item.kind === 'block' && item.closeBrace !== undefined && item.openBrace.end <= start && oldEnd <= item.closeBrace.start;
      return inside ? mid : -1;
    }
  }
  return -1;
}

/** `text`'s tree from the tree of the text it was edited from (`change`: changedRegion of the two), or undefined when it must be parsed whole. */
export function reparseHcl(previous: ConfigFile, text: string, change: TextChange): ConfigFile | undefined {
  if (previous.errors.length > 0) return undefined;
  const items = previous.body.items;
  const at = blockAround(items, change.start, change.oldEnd);
  if (at < 0) return undefined;
  const old = items[at] as Block;
  const source = text.slice(old.span.start, old.span.end + change.delta);
  const alone = parseHcl(source);
  const block = alone.body.items[0];
  if (alone.errors.length > 0 || alone.body.items.length !== 1 || block.kind !== 'block' || block.span.start !== 0 || block.span.end !== source.length) return undefined;

  place(alone, old.span.start);
  // What lies outside the block (the comments above it, one after its closing brace) is not in its text.
  block.leadingComments = old.leadingComments;
  if (old.trailingComment) block.trailingComment = moved(old.trailingComment, change.delta);
  const after = (span: Span) => span.start >= old.span.end;
  const before = (span: Span) => span.end <= old.span.start;
  const comments: Comment[] = [
    ...previous.comments.filter((c) => before(c.span)),
    ...alone.comments,
    ...previous.comments.filter((c) => after(c.span)).map((c) => (c === old.trailingComment ? block.trailingComment! : moved(c, change.delta))),
  ];
  return {
    kind: 'file',
    body: {
      kind: 'body',
      items: [...items.slice(0, at), block, ...items.slice(at + 1).map((item) => moved(item, change.delta))],
      span: { start: previous.body.span.start, end: previous.body.span.end + change.delta },
    },
    comments,
    errors: [],
  };
}
