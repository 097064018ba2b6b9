/** Which comments sit directly above a line (a resource's leading comments, for suppressions and docs). */
import type { LineIndex } from '../core/text';
import type { SourceComment } from '../model/types';

/**
 * Returns a lookup: offset → the comments on the lines directly above the line
 * holding it, top to bottom. Only whole-line comments count; a blank line
 * ends the run (a comment separated by a blank line is about something else),
 * and so does a comment indented deeper than the line (it closes the block above).
 */
export function commentsAboveLookup(comments: readonly SourceComment[], lines: LineIndex): (offset: number) => SourceComment[] {
  const byLine = new Map<number, SourceComment>();
  for (const c of comments) {
    const line = lines.positionAt(c.span.start).line;
    if (lines.text.slice(lines.lineStart(line), c.span.start).trim() === '') byLine.set(line, c);
  }
  return (offset) => {
    const out: SourceComment[] = [];
    const here = lines.positionAt(offset);
    for (let line = here.line - 1; line >= 0; line--) {
      const c = byLine.get(line);
      if (!c || lines.positionAt(c.span.start).character > here.character) break;
      out.unshift(c);
    }
    return out;
  };
}
