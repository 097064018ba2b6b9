/**
 * The quick fix of an unused suppression: remove only what is unused. When
 * every id of an Onus comment is unused the comment goes (with its line when
 * it stands alone; else with the spaces before it); otherwise only the unused
 * ids leave the list. Metadata entries get no fix (removing a list item safely
 * is the template renderers' job), so the hint stands alone there.
 */
import type { OnusDocument } from '../engine/document';
import type { RenderedFix, TextEdit } from '../fixes/types';
import type { Suppression } from './collect';

function commentEdit(document: OnusDocument, start: number, end: number): TextEdit {
  const { text, lineIndex } = document;
  const startLine = lineIndex.positionAt(start).line;
  const endLine = lineIndex.positionAt(end).line;
  const lineStart = lineIndex.lineStart(startLine);
  const nextLineStart = endLine + 1 < lineIndex.lineCount ? lineIndex.lineStart(endLine + 1) : text.length;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, nextLineStart).replace(/\r?\n$/, '');
  if (before.trim() === '' && after.trim() === '') return { span: { start: lineStart, end: nextLineStart }, newText: '' };
  if (after.trim() === '') {
    let from = start;
    while (from > lineStart && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
    return { span: { start: from, end }, newText: '' };
  }
  let to = end;
  while (to < text.length && (text[to] === ' ' || text[to] === '\t')) to++;
  return { span: { start, end: to }, newText: '' };
}

export function removalFix(document: OnusDocument, s: Suppression, unused: readonly string[]): RenderedFix | undefined {
  if (!s.comment || !s.directive) return undefined;
  const { comment, directive } = s;
  const keep = directive.ids.filter((id) => !unused.includes(id));
  let end = comment.span.end;
  while (end > comment.span.start && (document.text[end - 1] === '\n' || document.text[end - 1] === '\r')) end--;
  const edit: TextEdit =
    keep.length === 0
      ? commentEdit(document, comment.span.start, end)
      : { span: { start: comment.span.start + directive.idsStart, end: comment.span.start + directive.idsEnd }, newText: keep.join(',') };
  const title = keep.length === 0 ? 'Remove unused suppression comment' : `Remove ${unused.join(', ')} from the suppression`;
  return { title, kind: 'quickfix', preferred: true, edits: [edit], selections: [] };
}
