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
const { ascii, asciiCodes, identStartLen, isDigit, scanIdentRest } = Chars;
const { T_AND, T_BANG, T_COLON, T_COMMA, T_DCOLON, T_DOT, T_ELLIPSIS, T_EOF, T_EQEQ, T_EQUAL, T_FATARROW, T_GE, T_GT, T_HEREDOC, T_IDENT, T_INVALID, T_LBRACE, T_LBRACK, T_LE, T_LPAREN, T_LT, T_MINUS, T_NEQ, T_NEWLINE, T_NUMBER, T_OR, T_PERCENT, T_PLUS, T_QUESTION, T_QUOTE, T_RBRACE, T_RBRACK, T_RPAREN, T_SLASH, T_STAR, T_TILDE_RBRACE } = Tokens;

/** Tokens that are always one character, by byte of Scanner.codes (0: not such a token). */
const SINGLE = new Uint8Array(256);
const singles: [string, number][] = [
  ['\n', T_NEWLINE], ['"', T_QUOTE], ['{', T_LBRACE], ['}', T_RBRACE], ['[', T_LBRACK], [']', T_RBRACK], ['(', T_LPAREN],
  [')', T_RPAREN], [',', T_COMMA], ['?', T_QUESTION], ['+', T_PLUS], ['-', T_MINUS], ['*', T_STAR], ['%', T_PERCENT],
];
for (const [ch, kind] of singles) SINGLE[ch.charCodeAt(0)] = kind;

/**
 * Tokens of two characters whose first character alone is another token (or
 * invalid), by the byte of the first: the second character, the pair's token
 * and the first character's own token.
 */
const PAIR_SECOND = new Uint8Array(256);
const PAIR = new Uint8Array(256);
const PAIR_FIRST = new Uint8Array(256);
function pair(first: string, second: string, both: number, alone: number): void {
  const c = first.charCodeAt(0);
  PAIR_SECOND[c] = second.charCodeAt(0);
  PAIR[c] = both;
  PAIR_FIRST[c] = alone;
}
pair('\r', '\n', T_NEWLINE, T_INVALID);
pair(':', ':', T_DCOLON, T_COLON);
pair('!', '=', T_NEQ, T_BANG);
pair('>', '=', T_GE, T_GT);
pair('&', '&', T_AND, T_INVALID);
pair('|', '|', T_OR, T_INVALID);
pair('~', '}', T_TILDE_RBRACE, T_INVALID);

export abstract class Scanner {
  readonly text: string;
  /** The text as bytes for the hot loops (see asciiCodes): non-ASCII reads 128, past the end 0. */
  readonly codes: Uint8Array;
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

  /** `codes`: the text's asciiCodes when a previous pass over the same text made them. */
  constructor(text: string, codes: Uint8Array = asciiCodes(text)) {
    this.text = text;
    this.codes = codes;
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

  /**
   * Scans the next token from `pos`. Every branch ends in one store of the
   * token (no call per token): this runs once per token of the file.
   */
  private scan(): void {
    const text = this.text;
    const b = this.codes;
    const n = this.len;
    let i = this.pos;
    let kind: number;
    let end: number;
    token: for (;;) {
      let c = b[i];
      while (c === 32 || c === 9) c = b[++i];
      if (i >= n) {
        kind = T_EOF;
        i = end = n;
        break;
      }
      if (ascii[c] & 1) {
        // ASCII identifier, the most common token.
        let j = i + 1;
        let d = b[j];
        while (ascii[d] & 2) d = b[++j];
        kind = T_IDENT;
        end = d >= 128 ? scanIdentRest(text, j) : j;
        break;
      }
      const single = SINGLE[c];
      if (single !== 0) {
        kind = single;
        end = i + 1;
        break;
      }
      const second = PAIR_SECOND[c];
      if (second !== 0) {
        if (b[i + 1] === second) {
          kind = PAIR[c];
          end = i + 2;
        } else {
          kind = PAIR_FIRST[c];
          end = i + 1;
        }
        break;
      }
      switch (c) {
        case 35: {
          // '#'
          const e = this.lineCommentEnd(i);
          this.addComment('#', i, e);
          i = e;
          continue;
        }
        case 47: {
          // '/'
          const d = b[i + 1];
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
          kind = T_SLASH;
          end = i + 1;
          break token;
        }
        case 46:
          if (b[i + 1] === 46 && b[i + 2] === 46) {
            kind = T_ELLIPSIS;
            end = i + 3;
          } else {
            kind = T_DOT;
            end = i + 1;
          }
          break token;
        case 61: {
          const d = b[i + 1];
          if (d === 61) kind = T_EQEQ;
          else if (d === 62) kind = T_FATARROW;
          else {
            kind = T_EQUAL;
            end = i + 1;
            break token;
          }
          end = i + 2;
          break token;
        }
        case 60: {
          const d = b[i + 1];
          if (d === 61) {
            kind = T_LE;
            end = i + 2;
            break token;
          }
          if (d === 60) {
            end = this.heredocIntroEnd(i);
            if (end >= 0) {
              kind = T_HEREDOC;
              break token;
            }
          }
          kind = T_LT;
          end = i + 1;
          break token;
        }
        default: {
          if (isDigit(c)) {
            kind = T_NUMBER;
            end = this.numberEnd(i);
            break token;
          }
          const l = identStartLen(text, i);
          if (l > 0) {
            kind = T_IDENT;
            end = scanIdentRest(text, i + l);
            break token;
          }
          kind = T_INVALID;
          end = i + (text.codePointAt(i)! > 0xffff ? 2 : 1);
          break token;
        }
      }
    }
    this.tk = kind;
    this.ts = i;
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

  /** The end of `<<EOT` / `<<-EOT` and its line ending at `i`, or -1: anything else is two `<`. */
  private heredocIntroEnd(i: number): number {
    const text = this.text;
    let j = i + 2;
    const indented = text.charCodeAt(j) === 45;
    if (indented) j++;
    const l = identStartLen(text, j);
    if (l === 0) return -1;
    const e = scanIdentRest(text, j + l);
    let end: number;
    if (text.charCodeAt(e) === 10) end = e + 1;
    else if (text.charCodeAt(e) === 13 && text.charCodeAt(e + 1) === 10) end = e + 2;
    else return -1;
    this.heredocMarker = text.slice(j, e);
    this.heredocIndented = indented;
    return end;
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
