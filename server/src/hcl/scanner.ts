/**
 * The main-mode scanner: turns source text outside templates into tokens,
 * one at a time, on demand. The parser keeps exactly one token of lookahead
 * (`tk`/`ts`/`te`), which lets the template scanner take over the raw text
 * right after a `"`, a heredoc introducer or an interpolation's `}`.
 * Comments are skipped like whitespace and collected as they are passed.
 */
import type { Comment } from './ast';
import * as Chars from './chars';
import * as Tokens from './tokens';

// Bound locally: under tsx each access to another module's export is a getter call.
const { ascii, identStartLen, isDigit, scanIdentRest } = Chars;
const { T_AND, T_BANG, T_COLON, T_COMMA, T_DCOLON, T_DOT, T_ELLIPSIS, T_EOF, T_EQEQ, T_EQUAL, T_FATARROW, T_GE, T_GT, T_HEREDOC, T_IDENT, T_INVALID, T_LBRACE, T_LBRACK, T_LE, T_LPAREN, T_LT, T_MINUS, T_NEQ, T_NEWLINE, T_NUMBER, T_OR, T_PERCENT, T_PLUS, T_QUESTION, T_QUOTE, T_RBRACE, T_RBRACK, T_RPAREN, T_SLASH, T_STAR, T_TILDE_RBRACE } = Tokens;

export abstract class Scanner {
  readonly text: string;
  readonly len: number;
  /** Where the next token scan starts. */
  pos: number;
  /** Current token kind and its [ts, te) offsets. */
  tk = T_EOF;
  ts = 0;
  te = 0;
  /** End of the last consumed token: the end of whatever was parsed so far. */
  lastEnd = 0;
  /** Heredoc introducer details, valid while `tk === T_HEREDOC`. */
  heredocMarker = '';
  heredocIndented = false;
  readonly comments: Comment[] = [];
  /** Comments before this offset were already collected (recovery may pass text twice). */
  private commentsEnd = 0;
  /** 1 when the text starts with a byte order mark, which is skipped. */
  readonly bomLen: number;

  constructor(text: string) {
    this.text = text;
    this.len = text.length;
    this.bomLen = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.pos = this.bomLen;
    this.lastEnd = this.bomLen;
  }

  protected abstract lexError(message: string, start: number, end: number): void;

  /** Consumes the current token and scans the next one. */
  next(): void {
    this.lastEnd = this.te;
    this.scan();
  }

  /** Resumes main-mode scanning at `pos` (after a template), which counts as consumed. */
  scanFrom(pos: number): void {
    this.lastEnd = pos;
    this.pos = pos;
    this.scan();
  }

  /** True when only spaces and tabs precede `pos` on its line. */
  isLineStart(pos: number): boolean {
    const text = this.text;
    let i = pos - 1;
    while (i >= this.bomLen) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) return true;
      if (c !== 32 && c !== 9) return false;
      i--;
    }
    return true;
  }

  isColumn0(pos: number): boolean {
    if (pos <= this.bomLen) return true;
    const c = this.text.charCodeAt(pos - 1);
    return c === 10 || c === 13;
  }

  private addComment(style: Comment['style'], start: number, end: number): void {
    if (start < this.commentsEnd) return;
    this.commentsEnd = end;
    this.comments.push({ kind: 'comment', style, text: this.text.slice(start, end), span: { start, end } });
  }

  /** End of a line comment starting at `i`: before the line ending. */
  private lineCommentEnd(i: number): number {
    let e = this.text.indexOf('\n', i);
    if (e < 0) e = this.len;
    else if (e > i && this.text.charCodeAt(e - 1) === 13) e--;
    return e;
  }

  private scan(): void {
    const text = this.text;
    const n = this.len;
    let i = this.pos;
    for (;;) {
      if (i >= n) {
        this.set(T_EOF, n, n);
        return;
      }
      const c = text.charCodeAt(i);
      if (c < 128 && ascii[c] & 1) {
        // ASCII identifier, the most common token: scanned inline.
        let j = i + 1;
        let d = text.charCodeAt(j);
        while (d < 128 && ascii[d] & 2) d = text.charCodeAt(++j);
        return this.set(T_IDENT, i, d >= 128 ? scanIdentRest(text, j) : j);
      }
      switch (c) {
        case 32:
        case 9:
          i++;
          while (text.charCodeAt(i) === 32) i++;
          continue;
        case 10:
          return this.set(T_NEWLINE, i, i + 1);
        case 13:
          if (text.charCodeAt(i + 1) === 10) return this.set(T_NEWLINE, i, i + 2);
          return this.set(T_INVALID, i, i + 1);
        case 35: {
          // '#'
          const e = this.lineCommentEnd(i);
          this.addComment('#', i, e);
          i = e;
          continue;
        }
        case 47: {
          // '/'
          const d = text.charCodeAt(i + 1);
          if (d === 47) {
            const e = this.lineCommentEnd(i);
            this.addComment('//', i, e);
            i = e;
            continue;
          }
          if (d === 42) {
            let e = text.indexOf('*/', i + 2);
            if (e < 0) {
              this.lexError('Unterminated comment: the "/*" comment has no closing "*/".', i, i + 2);
              e = n;
            } else e += 2;
            this.addComment('/*', i, e);
            i = e;
            continue;
          }
          return this.set(T_SLASH, i, i + 1);
        }
        case 34:
          return this.set(T_QUOTE, i, i + 1);
        case 123:
          return this.set(T_LBRACE, i, i + 1);
        case 125:
          return this.set(T_RBRACE, i, i + 1);
        case 91:
          return this.set(T_LBRACK, i, i + 1);
        case 93:
          return this.set(T_RBRACK, i, i + 1);
        case 40:
          return this.set(T_LPAREN, i, i + 1);
        case 41:
          return this.set(T_RPAREN, i, i + 1);
        case 44:
          return this.set(T_COMMA, i, i + 1);
        case 46:
          if (text.charCodeAt(i + 1) === 46 && text.charCodeAt(i + 2) === 46) return this.set(T_ELLIPSIS, i, i + 3);
          return this.set(T_DOT, i, i + 1);
        case 58:
          if (text.charCodeAt(i + 1) === 58) return this.set(T_DCOLON, i, i + 2);
          return this.set(T_COLON, i, i + 1);
        case 63:
          return this.set(T_QUESTION, i, i + 1);
        case 61: {
          const d = text.charCodeAt(i + 1);
          if (d === 61) return this.set(T_EQEQ, i, i + 2);
          if (d === 62) return this.set(T_FATARROW, i, i + 2);
          return this.set(T_EQUAL, i, i + 1);
        }
        case 33:
          if (text.charCodeAt(i + 1) === 61) return this.set(T_NEQ, i, i + 2);
          return this.set(T_BANG, i, i + 1);
        case 60: {
          const d = text.charCodeAt(i + 1);
          if (d === 61) return this.set(T_LE, i, i + 2);
          if (d === 60 && this.scanHeredocIntro(i)) return;
          return this.set(T_LT, i, i + 1);
        }
        case 62:
          if (text.charCodeAt(i + 1) === 61) return this.set(T_GE, i, i + 2);
          return this.set(T_GT, i, i + 1);
        case 38:
          if (text.charCodeAt(i + 1) === 38) return this.set(T_AND, i, i + 2);
          return this.set(T_INVALID, i, i + 1);
        case 124:
          if (text.charCodeAt(i + 1) === 124) return this.set(T_OR, i, i + 2);
          return this.set(T_INVALID, i, i + 1);
        case 43:
          return this.set(T_PLUS, i, i + 1);
        case 45:
          return this.set(T_MINUS, i, i + 1);
        case 42:
          return this.set(T_STAR, i, i + 1);
        case 37:
          return this.set(T_PERCENT, i, i + 1);
        case 126:
          if (text.charCodeAt(i + 1) === 125) return this.set(T_TILDE_RBRACE, i, i + 2);
          return this.set(T_INVALID, i, i + 1);
        default: {
          if (isDigit(c)) return this.set(T_NUMBER, i, this.numberEnd(i));
          const l = identStartLen(text, i);
          if (l > 0) return this.set(T_IDENT, i, scanIdentRest(text, i + l));
          const cp = text.codePointAt(i)!;
          return this.set(T_INVALID, i, i + (cp > 0xffff ? 2 : 1));
        }
      }
    }
  }

  private set(kind: number, start: number, end: number): void {
    this.tk = kind;
    this.ts = start;
    this.te = end;
    this.pos = end;
  }

  /**
   * Mirrors HCL's lexer: digits, dots and exponents run together (so `0.1` in
   * `a.0.1` is one token), but a number never ends with a dot.
   */
  private numberEnd(i: number): number {
    const text = this.text;
    let j = i + 1;
    for (;;) {
      const c = text.charCodeAt(j);
      if (isDigit(c) || c === 46) j++;
      else if (c === 101 || c === 69) {
        let k = j + 1;
        const s = text.charCodeAt(k);
        if (s === 43 || s === 45) k++;
        if (!isDigit(text.charCodeAt(k))) break;
        j = k + 1;
      } else break;
    }
    while (text.charCodeAt(j - 1) === 46) j--;
    return j;
  }

  /** `<<EOT` / `<<-EOT` immediately followed by a line ending; anything else is two `<`. */
  private scanHeredocIntro(i: number): boolean {
    const text = this.text;
    let j = i + 2;
    const indented = text.charCodeAt(j) === 45;
    if (indented) j++;
    const l = identStartLen(text, j);
    if (l === 0) return false;
    const e = scanIdentRest(text, j + l);
    let end: number;
    if (text.charCodeAt(e) === 10) end = e + 1;
    else if (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10) end = e + 2;
    else return false;
    this.heredocMarker = text.slice(j, e);
    this.heredocIndented = indented;
    this.set(T_HEREDOC, i, end);
    return true;
  }
}

/** HCL's number grammar: digits, optional `.digits`, optional exponent. */
export function isValidNumber(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  if (i < end && text.charCodeAt(i) === 46) {
    i++;
    const f = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    if (i === f) return false;
  }
  if (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 101 && c !== 69) return false;
    i++;
    const s = text.charCodeAt(i);
    if (s === 43 || s === 45) i++;
    const f = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    if (i === f) return false;
  }
  return i === end;
}
