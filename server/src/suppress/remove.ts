/**
 * The quick fix of an unused suppression: remove only what is unused. When
 * every id of an Onus comment is unused the comment goes (with its line when
 * it stands alone; else with the spaces before it); otherwise only the unused
 * ids leave the list. A Metadata entry is removed from its list: in JSON with
 * its comma, in a YAML block sequence with its lines; a flow-style YAML entry
 * gets no fix (the hint stands alone).
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

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/** A JSON array item with one neighbouring comma (the one before it, else the one after it). */
function jsonItemEdit(text: string, start: number, end: number): TextEdit | undefined {
  let before = start - 1;
  while (before >= 0 && isSpace(text[before])) before--;
  if (text[before] === ',') return { span: { start: before, end }, newText: '' };
  let after = end;
  while (after < text.length && isSpace(text[after])) after++;
  if (text[after] === ',') {
    let next = after + 1;
    while (next < text.length && isSpace(text[next])) next++;
    return { span: { start, end: next }, newText: '' };
  }
  // The only item: leave `[]`.
  if (text[before] === '[' && text[after] === ']') return { span: { start: before + 1, end: after }, newText: '' };
  return undefined;
}

/** A YAML block sequence item (`- ` opening its first line): its whole lines. */
function yamlItemEdit(document: OnusDocument, start: number, end: number): TextEdit | undefined {
  const { text, lineIndex } = document;
  const first = lineIndex.positionAt(start).line;
  const lineStart = lineIndex.lineStart(first);
  if (!/^\s*-\s*$/.test(text.slice(lineStart, start))) return undefined;
  const last = lineIndex.positionAt(end).line;
  const next = last + 1 < lineIndex.lineCount ? lineIndex.lineStart(last + 1) : text.length;
  if (text.slice(end, next).trim() !== '') return undefined;
  return { span: { start: lineStart, end: next }, newText: '' };
}

function metadataFix(document: OnusDocument, s: Suppression): RenderedFix | undefined {
  if (s.span.end <= s.span.start) return undefined;
  const edit = document.syntax === 'json' ? jsonItemEdit(document.text, s.span.start, s.span.end) : document.syntax === 'yaml' ? yamlItemEdit(document, s.span.start, s.span.end) : undefined;
  return edit && { title: 'Remove unused suppression entry', kind: 'quickfix', preferred: true, edits: [edit], selections: [] };
}

export function removalFix(document: OnusDocument, s: Suppression, unused: readonly string[]): RenderedFix | undefined {
  if (s.form === 'metadata') return metadataFix(document, s);
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
