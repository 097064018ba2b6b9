/**
 * Attaches comments to the attributes and blocks they document: comments on
 * the lines directly above an item (no blank line between, each on a line of
 * its own) are its leading comments; a comment after it on its last line is
 * its trailing comment. Every comment also stays in ConfigFile.comments.
 */
import type { BodyItem, Comment } from './ast';

export function attachComments(text: string, items: BodyItem[], comments: Comment[]): void {
  if (comments.length > 0) walk(text, items, comments, { k: 0 });
}

/**
 * Visits items in source order (an item's start, its children, its end), so
 * one cursor moving forward through the comments answers every lookup.
 */
function walk(text: string, items: BodyItem[], comments: Comment[], cur: { k: number }): void {
  for (const item of items) {
    const start = item.span.start;
    advance(comments, cur, start);
    let c = cur.k - 1;
    let top = start;
    let leading: Comment[] | undefined;
    while (c >= 0) {
      const cm = comments[c];
      if (!onlySpace(text, cm.span.end, top, 1) || !startsLine(text, cm.span.start)) break;
      (leading ??= []).push(cm);
      top = cm.span.start;
      c--;
    }
    if (leading !== undefined) for (let i = leading.length - 1; i >= 0; i--) item.leadingComments.push(leading[i]);
    if (item.kind === 'block') {
      if (item.closeBrace === undefined) {
        walk(text, item.body.items, comments, cur);
        continue;
      }
      // A closed block keeps its children's comments inside its braces: with
      // no comment before its end, none of its children has one to attach.
      if (cur.k < comments.length && comments[cur.k].span.start < item.span.end) walk(text, item.body.items, comments, cur);
    }
    const end = item.span.end;
    advance(comments, cur, end);
    if (cur.k < comments.length && onlySpace(text, end, comments[cur.k].span.start, 0)) item.trailingComment = comments[cur.k];
  }
}

/** Moves the cursor to the first comment starting at or after `pos`. */
function advance(comments: Comment[], cur: { k: number }, pos: number): void {
  let k = cur.k;
  while (k < comments.length && comments[k].span.start < pos) k++;
  cur.k = k;
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
