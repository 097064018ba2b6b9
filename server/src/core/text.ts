/**
 * Positions and ranges. Internally every node carries a Span of UTF-16 offsets
 * (JavaScript string indices); LineIndex turns them into LSP line/character
 * positions, which are UTF-16 too, so no transcoding is ever needed.
 */
export interface Span {
  start: number;
  end: number;
}

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Offsets of the lines starting after a line break at text[from, to) (CRLF is one break). */
function scanStarts(text: string, from: number, to: number): number[] {
  const starts: number[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export class LineIndex {
  // Computed on first use: most files that are not IaC never need a position. A typed array: a
  // 5 MB template has 260,000 lines, and its index is moved on every keystroke (edited).
  private starts?: Int32Array;

  constructor(readonly text: string) {}

  /**
   * The index of `text`, made from the index of the text it was edited from (old[start, oldEnd)
   * replaced, the length changed by delta): the line starts before and after the edit are moved,
   * only the edited part is scanned. A 5 MB template's keystroke does not rescan 5 MB.
   */
  static edited(previous: LineIndex, text: string, change: { start: number; oldEnd: number; delta: number }): LineIndex {
    const index = new LineIndex(text);
    const old = previous.starts;
    if (!old) return index;
    // A start depends on the character before it (and a CR on the one after): keep those wholly before the edit.
    let keep = 1; // line 0 starts at 0 whatever the edit
    while (keep < old.length && old[keep] < change.start) keep++;
    const newEnd = change.oldEnd + change.delta;
    const scanned = scanStarts(text, Math.max(0, change.start - 1), Math.min(newEnd + 1, text.length));
    const last = scanned.length > 0 ? scanned[scanned.length - 1] : old[keep - 1];
    let tail = keep;
    while (tail < old.length && (old[tail] < change.oldEnd + 2 || old[tail] + change.delta <= last)) tail++;
    const starts = new Int32Array(keep + scanned.length + (old.length - tail));
    starts.set(old.subarray(0, keep));
    starts.set(scanned, keep);
    const from = keep + scanned.length;
    for (let k = tail; k < old.length; k++) starts[from + k - tail] = old[k] + change.delta;
    index.starts = starts;
    index.origin = { from: previous, change, endLine: previous.positionAt(change.oldEnd).line, lineDelta: starts.length - old.length };
    // Only the last move is carried: no chain of earlier texts is kept alive.
    previous.origin = undefined;
    return index;
  }

  /** Set by `edited`: the index this one was moved from, and how. */
  private origin?: { from: LineIndex; change: { start: number; oldEnd: number; delta: number }; endLine: number; lineDelta: number };

  /**
   * Moves `range` (of the span start–end, both as they were in the index `from`) to this index in place, without
   * a search, when this index was edited from `from` and the range is wholly before the edit, or on a
   * line after the edit's last one; false when it must be computed again with rangeOf.
   */
  /** Every offset before this is where it was, on the same line and column, in `from` (this index was edited from it); 0 when unknown. */
  unchangedBefore(from: LineIndex): number {
    if (from === this) return Number.POSITIVE_INFINITY;
    return this.origin?.from === from ? this.origin.change.start : 0;
  }

  carry(range: Range, start: number, end: number, from: LineIndex): boolean {
    if (from === this) return true;
    const origin = this.origin;
    if (!origin || origin.from !== from) return false;
    if (end < origin.change.start) return true;
    if (start < origin.change.oldEnd || range.start.line <= origin.endLine) return false;
    range.start.line += origin.lineDelta;
    range.end.line += origin.lineDelta;
    return true;
  }

  private get lineStarts(): Int32Array {
    if (!this.starts) this.starts = Int32Array.from([0, ...scanStarts(this.text, 0, this.text.length)]);
    return this.starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.lineStarts[lo] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line];
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.text.length;
    return Math.min(start + Math.max(0, position.character), next);
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }

  /** The whitespace that starts the line holding `offset`. */
  indentAt(offset: number): string {
    const start = this.lineStart(this.positionAt(offset).line);
    let i = start;
    while (i < this.text.length && (this.text[i] === ' ' || this.text[i] === '\t')) i++;
    return this.text.slice(start, i);
  }

  /** The line ending the file uses ("\r\n" or "\n"). */
  get eol(): string {
    const i = this.text.indexOf('\n');
    return i > 0 && this.text[i - 1] === '\r' ? '\r\n' : '\n';
  }
}

export function spanContains(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}

/** The changed region: old[start, oldEnd) became new[start, start + oldEnd - start + delta). */
export interface TextChange {
  start: number;
  oldEnd: number;
  delta: number;
}

/** Equal slices compare as whole strings (native memory comparison), far faster than char by char. */
const CHUNK = 2048;

/** The smallest region outside of which the texts are equal (common prefix and suffix). */
export function changedRegion(before: string, after: string): TextChange {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start + CHUNK <= shorter && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  const room = shorter - start;
  let suffix = 0;
  while (suffix + CHUNK <= room && before.slice(before.length - suffix - CHUNK, before.length - suffix) === after.slice(after.length - suffix - CHUNK, after.length - suffix)) suffix += CHUNK;
  while (suffix < room && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { start, oldEnd: before.length - suffix, delta: after.length - before.length };
}
