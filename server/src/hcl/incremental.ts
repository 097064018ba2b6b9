/**
 * A keystroke inside one top-level block of a large `.tf`, without parsing the
 * file again: the block is parsed alone and put in place of the old one. The
 * blocks before it are the previous tree's own objects (nothing about them
 * changed, so the model built from them can be kept, model/terraform.ts); the
 * blocks after it are moved in place by the length difference: the previous
 * tree belongs to the new document afterwards, and the previous document must
 * not be read again (the workspace replaces it in its caches). Anything else
 * (the edit between blocks, on a block's header, an error anywhere) returns
 * undefined, before anything changed, and the caller parses the text.
 */
import type { Span, TextChange } from '../core/text';
import type { Block, BodyItem, Comment, ConfigFile } from './ast';
import { parseHcl } from './index';

/** The fields of AST nodes that hold a Span (hcl/ast.ts); every other object field is a node, a list or a comment. */
const spanFields = new Set(['span', 'nameSpan', 'typeSpan', 'openBrace', 'closeBrace']);

/**
 * Moves every span under `node` by `delta`, in place. Within a parsed tree no node or span object
 * is shared, except comments, which are also in the file's list: each is moved once (`moved`).
 */
function shiftNode(node: object, delta: number, moved: Set<object>): void {
  if ((node as { kind?: string }).kind === 'comment') {
    if (moved.has(node)) return;
    moved.add(node);
  }
  if (Array.isArray(node)) {
    for (const item of node) if (typeof item === 'object' && item !== null) shiftNode(item, delta, moved);
    return;
  }
  const fields = node as Record<string, { start: number; end: number }>;
  for (const key in fields) {
    const value = fields[key];
    if (typeof value !== 'object' || value === null) continue;
    if (spanFields.has(key)) {
      value.start += delta;
      value.end += delta;
    } else shiftNode(value, delta, moved);
  }
}

/** Trees whose later blocks were moved for a newer text: they must not be edited from again. */
const consumed = new WeakSet<ConfigFile>();

/** Whether a later text was parsed from this tree (its later blocks moved): what is derived from it must have been derived before. */
export function wasConsumed(file: ConfigFile): boolean {
  return consumed.has(file);
}

/** How a tree made by reparseHcl relates to the tree it was edited from. */
export interface Carried {
  /** Top-level items before this index are the previous tree's, unchanged and in place. */
  edited: number;
  /** Items after `edited` are the previous tree's too, unchanged but moved by this many characters. */
  delta: number;
}

const carried = new WeakMap<ConfigFile, Carried>();

/** For a tree made by reparseHcl, which of its top-level items are the previous tree's; undefined when it was parsed whole. */
export function carriedItems(file: ConfigFile): Carried | undefined {
  return carried.get(file);
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
  if (previous.errors.length > 0 || consumed.has(previous)) return undefined;
  const items = previous.body.items;
  const at = blockAround(items, change.start, change.oldEnd);
  if (at < 0) return undefined;
  const old = items[at] as Block;
  const source = text.slice(old.span.start, old.span.end + change.delta);
  const alone = parseHcl(source);
  const block = alone.body.items[0];
  if (alone.errors.length > 0 || alone.body.items.length !== 1 || block.kind !== 'block' || block.span.start !== 0 || block.span.end !== source.length) return undefined;

  // Checked: from here the previous tree changes (what follows the block moves) and belongs to the new document.
  consumed.add(previous);
  shiftNode(alone, old.span.start, new Set());
  // What lies outside the block (the comments above it, one after its closing brace) is not in its text.
  block.leadingComments = old.leadingComments;
  if (old.trailingComment) block.trailingComment = old.trailingComment;
  const moved = new Set<object>();
  for (let i = at + 1; i < items.length; i++) shiftNode(items[i], change.delta, moved);
  if (old.trailingComment) shiftNode(old.trailingComment, change.delta, moved);
  const before = (span: Span) => span.end <= old.span.start;
  const after = previous.comments.filter((c) => c.span.start >= old.span.end);
  for (const c of after) if (!moved.has(c)) shiftNode(c, change.delta, moved);
  const comments: Comment[] = [...previous.comments.filter((c) => before(c.span)), ...alone.comments, ...after];
  const file: ConfigFile = {
    kind: 'file',
    body: {
      kind: 'body',
      items: [...items.slice(0, at), block, ...items.slice(at + 1)],
      span: { start: previous.body.span.start, end: previous.body.span.end + change.delta },
    },
    comments,
    errors: [],
  };
  carried.set(file, { edited: at, delta: change.delta });
  return file;
}
