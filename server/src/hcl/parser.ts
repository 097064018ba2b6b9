/**
 * Parser state shared by the body, expression and template parsers: the
 * scanner with its one-token lookahead, newline sensitivity, errors and
 * the recovery flag.
 */
import type { InvalidExpr, ParseError } from './ast';
import { Scanner } from './scanner';
import * as Tokens from './tokens';

// Bound locally: under tsx each access to another module's export is a getter call.
const { T_EOF, T_IDENT, T_NEWLINE } = Tokens;

/** Deeper expression nesting than this is reported instead of risking the call stack. */
export const MAX_NESTING = 400;

export class Parser extends Scanner {
  readonly errors: ParseError[] = [];
  /**
   * Set by a syntax error until the body parser resynchronises at the next
   * item: errors in between are follow-on noise and are not reported.
   */
  recovering = false;
  /**
   * Set by a syntax error: the position is not trustworthy and enclosing
   * parsers unwind until one of them resynchronises (at its closing bracket,
   * or at the next line in the body).
   */
  lost = false;
  /** Errors stay muted up to this offset (the line after a string broken by a newline). */
  muteUntil = -1;
  /**
   * Set once a heredoc ran to the end of the file: per marker, the start of
   * the last line that could close such a heredoc (-1: none), so later
   * unterminated heredocs are cut without scanning to the end again.
   */
  lastMarkerLine: Map<string, number> | undefined;
  /** Current nesting of expression terms, bounded to protect the call stack. */
  nesting = 0;
  /**
   * Whether newlines are tokens (at body level and inside object braces) or
   * ignored as white space (inside `()`, `[]`, `${}` and for-expressions).
   */
  nl = true;
  /**
   * Second pass for files with an unclosed block: a top-level block header at
   * column 0 inside a nested body closes every open block.
   */
  readonly closeAtTopLevelHeaders: boolean;
  /** Set when a block ran to the end of the file without its closing brace. */
  sawUnclosedBlock = false;
  /** Nesting depth of blocks being parsed (0 = file body). */
  depth = 0;

  constructor(text: string, closeAtTopLevelHeaders: boolean, codes?: Uint8Array) {
    super(text, codes);
    this.closeAtTopLevelHeaders = closeAtTopLevelHeaders;
    this.next();
  }

  /** The current token, skipping newlines where they are not significant. */
  peek(): number {
    if (this.tk === T_NEWLINE && !this.nl) {
      // Skipped newlines do not count as consumed: lastEnd stays on the last real token.
      const last = this.lastEnd;
      while (this.tk === T_NEWLINE) this.next();
      this.lastEnd = last;
    }
    return this.tk;
  }

  /** Reports an error that does not disturb the parse position (bad escape, bad number...). */
  error(message: string, start: number, end: number): void {
    if (this.recovering) return;
    const last = this.errors[this.errors.length - 1];
    if (last && last.span.start === start && last.message === message) return;
    this.errors.push({ message, span: { start, end } });
  }

  /** Reports a syntax error; later errors are muted until the parser resynchronises. */
  fail(message: string, start: number, end: number): void {
    this.error(message, start, end);
    this.recovering = true;
    this.lost = true;
  }

  /** Reports an error even while recovering: structural damage the user must see. */
  report(message: string, start: number, end: number): void {
    this.errors.push({ message, span: { start, end } });
  }

  protected lexError(message: string, start: number, end: number): void {
    this.error(message, start, end);
  }

  /** Reports the current token as unexpected, naming what was expected. */
  failHere(summary: string, detail: string): void {
    const end = this.tk === T_NEWLINE || this.tk === T_EOF ? this.ts : this.te;
    this.fail(`${summary}: ${detail}`, this.ts, end);
  }

  tokenText(): string {
    return this.text.slice(this.ts, this.te);
  }

  isKeyword(word: string): boolean {
    return this.tk === T_IDENT && this.te - this.ts === word.length && this.text.startsWith(word, this.ts);
  }

  /** A zero-width `invalid` expression at `at` (where an expression was expected). */
  invalidAt(at: number): InvalidExpr {
    return { kind: 'invalid', span: { start: at, end: at } };
  }

  invalid(start: number, end: number): InvalidExpr {
    return { kind: 'invalid', span: { start, end } };
  }
}

