/**
 * Template sequences: `${ expr }` interpolations and `%{ if / else / endif /
 * for / endfor }` directives, parsed by handing back to the main scanner
 * and expression parser, plus the accumulator of literal text between them
 * (escapes decoded, strip markers applied as HCL does).
 */
import * as Chars from './chars';
import * as expressionModule from './expression';
import type { Parser } from './parser';
import { skipToCloser, STOP_AT_NEWLINE, STOP_AT_QUOTE } from './recovery';
import type { Flat, FlatDirective } from './templateTree';
import * as Tokens from './tokens';

// Bound locally: under tsx each access to another module's export is a getter call.
const { trimLeftSpace, trimRightSpace } = Chars;
const { parseExpression } = expressionModule;
const { T_COMMA, T_EOF, T_IDENT, T_QUOTE, T_RBRACE, T_TILDE_RBRACE } = Tokens;

export const QUOTED = 0;
export const HEREDOC = 1;
/** Sequence outcomes besides "resume text at this offset". */
export const END_AT_QUOTE = -1;
export const ABORT = -2;
/** Parse result meaning "damaged: recover to the end of the sequence". */
const DAMAGED = -3;

/** Accumulates literal text (decoding escapes) and the flat template tokens. */
export class Scan {
  readonly flat: Flat[] = [];
  /** The previous sequence ended with `~}`: strip leading space from the next literal. */
  ltrim = false;
  /** Decoded text of the current literal before `from`. */
  buf = '';
  from: number;
  litStart: number;

  constructor(pos: number) {
    this.from = pos;
    this.litStart = pos;
  }

  /** Ends the current literal at `at` (if it is not empty). */
  flush(text: string, at: number): void {
    if (at <= this.litStart) return;
    let value = this.buf.length > 0 ? this.buf + text.slice(this.from, at) : text.slice(this.from, at);
    if (this.ltrim) {
      value = trimLeftSpace(value);
      this.ltrim = false;
    }
    this.flat.push({ t: 0, value, start: this.litStart, end: at });
    this.reset(at);
  }

  reset(pos: number): void {
    this.buf = '';
    this.from = pos;
    this.litStart = pos;
  }

  /** `${~` / `%{~`: strip trailing space from the literal just before. */
  stripPrevious(): void {
    const last = this.flat[this.flat.length - 1];
    if (last !== undefined && last.t === 0) last.value = trimRightSpace(last.value);
  }

  /** Replaces `len` source characters at `i` by `decoded`; returns where scanning goes on. */
  replace(text: string, i: number, len: number, decoded: string): number {
    this.buf += text.slice(this.from, i) + decoded;
    this.from = i + len;
    return this.from;
  }
}

/**
 * `${...}` or `%{...}` at `i`. Returns where text scanning resumes, or
 * END_AT_QUOTE / ABORT when a damaged sequence ends the quoted string.
 */
export function parseSequence(p: Parser, sc: Scan, i: number, mode: number): number {
  const directive = p.text.charCodeAt(i) === 37;
  const stripLeft = p.text.charCodeAt(i + 2) === 126;
  if (stripLeft) sc.stripPrevious();
  sc.ltrim = false;
  p.scanFrom(i + (stripLeft ? 3 : 2));
  const saved = p.nl;
  p.nl = false;
  const r = directive ? parseDirective(p, sc, i) : parseInterpolation(p, sc, i, stripLeft);
  p.nl = saved;
  return r === DAMAGED ? recoverSequence(p, sc, i, mode) : r;
}

/** After a complete expression: the `}` or `~}` that closes the sequence. */
function closeSequence(p: Parser, sc: Scan): number {
  const tk = p.peek();
  if (tk !== T_RBRACE && tk !== T_TILDE_RBRACE) return DAMAGED;
  p.lost = false;
  sc.ltrim = tk === T_TILDE_RBRACE;
  return p.te;
}

function parseInterpolation(p: Parser, sc: Scan, i: number, stripLeft: boolean): number {
  const expr = parseExpression(p);
  const r = closeSequence(p, sc);
  const end = r >= 0 ? r : Math.max(p.lastEnd, expr.span.end);
  sc.flat.push({ t: 1, part: { kind: 'interpolation', expr, stripLeft, stripRight: r >= 0 && sc.ltrim, span: { start: i, end } } });
  return r;
}

function parseDirective(p: Parser, sc: Scan, i: number): number {
  if (p.peek() !== T_IDENT) {
    p.failHere('Invalid template directive', 'a keyword ("if", "else", "endif", "for" or "endfor") is expected at the beginning of a %{ sequence.');
    return DAMAGED;
  }
  const kw = p.tokenText();
  const d: FlatDirective = { t: 2, kw: 'if', start: i, end: i };
  p.next();
  switch (kw) {
    case 'if':
      d.cond = parseExpression(p);
      break;
    case 'else':
    case 'endif':
    case 'endfor':
      d.kw = kw;
      break;
    case 'for': {
      d.kw = 'for';
      if (p.peek() !== T_IDENT) {
        p.failHere("Invalid 'for' directive", 'a for directive requires a variable name after "for".');
        return DAMAGED;
      }
      d.valueVar = p.tokenText();
      p.next();
      if (p.peek() === T_COMMA) {
        p.next();
        if (p.peek() !== T_IDENT) {
          p.failHere("Invalid 'for' directive", 'a for directive requires a value variable name after the comma.');
          return DAMAGED;
        }
        d.keyVar = d.valueVar;
        d.valueVar = p.tokenText();
        p.next();
      }
      p.peek();
      if (!p.isKeyword('in')) {
        p.failHere("Invalid 'for' directive", 'a for directive requires the "in" keyword after its variable names.');
        return DAMAGED;
      }
      p.next();
      d.collection = parseExpression(p);
      break;
    }
    default:
      p.fail(`Invalid template control keyword: "${kw}" is not one of if, else, endif, for, endfor.`, p.lastEnd - kw.length, p.lastEnd);
      return DAMAGED;
  }
  const r = closeSequence(p, sc);
  if (r === DAMAGED && !p.lost) p.failHere(`Extra characters in ${kw} marker`, 'expected a closing brace to end the sequence.');
  d.end = r >= 0 ? r : p.lastEnd;
  sc.flat.push(d);
  return r;
}

/**
 * A sequence without its closing brace. Inside a quoted string: end the
 * string at a `"` or when the damage reaches another line. Inside a heredoc:
 * resume the text at the next line (or at the line the damage reached, which
 * may hold the closing marker).
 */
function recoverSequence(p: Parser, sc: Scan, seqStart: number, mode: number): number {
  const text = p.text;
  const tk = p.tk;
  const laterLine = newlineBetween(text, seqStart, p.ts);
  const unclosed = 'Unclosed template sequence: there is no closing brace for this sequence';
  if (mode === QUOTED) {
    if (tk === T_QUOTE) {
      if (!p.lost) p.fail(`${unclosed} before the end of the string.`, seqStart, seqStart + 2);
      p.lost = false;
      return END_AT_QUOTE;
    }
    if (tk === T_EOF || laterLine) {
      if (!p.lost) p.fail(`${unclosed}.`, seqStart, seqStart + 2);
      p.lost = true;
      return ABORT;
    }
  } else {
    if (tk === T_EOF) {
      if (!p.lost) p.fail(`${unclosed} before the end of the file.`, seqStart, seqStart + 2);
      return p.len;
    }
    if (laterLine) {
      if (!p.lost) p.fail(`${unclosed}.`, seqStart, seqStart + 2);
      return text.lastIndexOf('\n', p.ts - 1) + 1;
    }
  }
  if (!p.lost) p.failHere('Extra characters after template expression', 'expected "}" to end the sequence. To write a literal "${" or "%{", double its first character ("$${", "%%{").');
  if (skipToCloser(p, T_RBRACE, STOP_AT_NEWLINE | (mode === QUOTED ? STOP_AT_QUOTE : 0))) {
    p.lost = false;
    sc.ltrim = text.charCodeAt(p.lastEnd - 2) === 126; // the closer was `~}`
    return p.lastEnd;
  }
  if (mode === QUOTED) {
    if (p.tk === T_QUOTE) {
      p.lost = false;
      return END_AT_QUOTE;
    }
    p.lost = true;
    return ABORT;
  }
  const nl = text.indexOf('\n', p.ts);
  return nl < 0 ? p.len : nl + 1;
}

/** Whether text[from, to) holds a newline; scans only that stretch (lastIndexOf would scan a long line back to its start every time). */
function newlineBetween(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (text.charCodeAt(i) === 10) return true;
  return false;
}
