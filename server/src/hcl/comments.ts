/**
 * Attaches comments to the attributes and blocks they document: comments on
 * the lines directly above an item (no blank line between, each on a line of
 * its own) are its leading comments; a comment after it on its last line is
 * its trailing comment. Every comment also stays in ConfigFile.comments.
 */
import type { BodyItem, Comment } from './ast';

export function attachComments(text: string, items: BodyItem[], comments: Comment[]): void {
  if (comments.length > 0) walk(text, items, comments);
}

function walk(text: string, items: BodyItem[], comments: Comment[]): void {
  for (const item of items) {
    const start = item.span.start;
    // The last comment starting before the item, walking upwards while adjacent.
    let c = firstAtOrAfter(comments, start) - 1;
    let top = start;
    while (c >= 0) {
      const cm = comments[c];
      if (!onlySpace(text, cm.span.end, top, 1) || !startsLine(text, cm.span.start)) break;
      item.leadingComments.unshift(cm);
      top = cm.span.start;
      c--;
    }
    const closed = item.kind === 'attribute' || item.closeBrace !== undefined;
    if (closed) {
      const t = firstAtOrAfter(comments, item.span.end);
      if (t < comments.length && onlySpace(text, item.span.end, comments[t].span.start, 0)) item.trailingComment = comments[t];
    }
    if (item.kind === 'block') walk(text, item.body.items, comments);
  }
}

/** Index of the first comment starting at or after `pos` (comments are in source order). */
function firstAtOrAfter(comments: Comment[], pos: number): number {
  let lo = 0;
  let hi = comments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comments[mid].span.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Only spaces, tabs and at most `maxNewlines` line endings in [from, to). */
function onlySpace(text: string, from: number, to: number, maxNewlines: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (++newlines > maxNewlines) return false;
    } else if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Only spaces and tabs before `pos` on its line. */
function startsLine(text: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 0xfeff) return false;
  }
  return true;
}
