/** Exact positions in fixture text, computed from the text itself (0-based LSP line/character). */
import type { Position, Range } from 'vscode-languageserver/node';

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The range of the `nth` (0-based) occurrence of `needle`. */
export function rangeOf(text: string, needle: string, nth = 0): Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture has no occurrence ${nth} of ${needle}`);
  }
  return { start: positionAt(text, at), end: positionAt(text, at + needle.length) };
}

export function inside(range: Range, position: Position): boolean {
  const after = (a: Position, b: Position) => a.line > b.line || (a.line === b.line && a.character >= b.character);
  return after(position, range.start) && after(range.end, position);
}

/** A diagnostic message as plain text (LSP 3.18 allows MarkupContent). */
export function messageText(message: string | { value: string }): string {
  return typeof message === 'string' ? message : message.value;
}
