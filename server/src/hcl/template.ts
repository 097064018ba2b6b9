/**
 * Templates: quoted strings and heredocs. The raw text is scanned here
 * directly (the main scanner only produced the opening `"` or `<<EOT`);
 * each `${...}` / `%{...}` hands back to the main scanner and expression
 * parser, then text scanning resumes right after its closing brace.
 * The result is a flat list of literals, interpolations and directive
 * markers, as in HCL's own parser; templateTree.ts turns it into parts.
 */
import type { Expression, TemplateExpr } from './ast';
import { isSpaceCode, trimLeftSpace, trimRightSpace } from './chars';
import { parseExpression } from './expression';
import type { Parser } from './parser';
import { looksLikeHeader, skipToCloser, STOP_AT_NEWLINE, STOP_AT_QUOTE } from './recovery';
import { buildTemplate, type Flat, type FlatDirective } from './templateTree';
import * as Tokens from './tokens';

// Bound locally: under tsx each access to another module's export is a getter call.
const { T_COMMA, T_EOF, T_HEREDOC, T_IDENT, T_QUOTE, T_RBRACE, T_TILDE_RBRACE } = Tokens;

const QUOTED = 0;
const HEREDOC = 1;
/** Sequence outcomes besides "resume text at this offset". */
const END_AT_QUOTE = -1;
const ABORT = -2;
/** Parse result meaning "damaged: recover to the end of the sequence". */
const DAMAGED = -3;

/** Characters that end a run of plain quoted-string text. */
const QUOTED_STOP = new Uint8Array(128);
for (const ch of '"\n\r\\$%') QUOTED_STOP[ch.charCodeAt(0)] = 1;
/** Characters that end a run of plain heredoc text. */
const HEREDOC_STOP = new Uint8Array(128);
for (const ch of '\n\r$%') HEREDOC_STOP[ch.charCodeAt(0)] = 1;

/** Skips plain text from `i` (a NaN past the end fails `c === c` and stops). */
function skipPlain(text: string, i: number, stop: Uint8Array): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c < 128 ? stop[c] === 0 : c === c) i++;
    else return i;
  }
}

/** Accumulates literal text (decoding escapes) and the flat template tokens. */
class Scan {
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

/** Parses the string or heredoc at the current token (`"` or `<<EOT`). */
export function parseTemplateExpr(p: Parser): TemplateExpr {
  return p.tk === T_HEREDOC ? parseHeredoc(p) : parseQuoted(p);
}

function parseQuoted(p: Parser): TemplateExpr {
  const text = p.text;
  const n = p.len;
  const start = p.ts;
  let i = skipPlain(text, p.te, QUOTED_STOP);
  if (text.charCodeAt(i) === 34) {
    // Fast path: a plain string without escapes or sequences.
    const s = p.te;
    p.scanFrom(i + 1);
    return { kind: 'template', parts: [{ kind: 'text', value: text.slice(s, i), span: { start: s, end: i } }], span: { start, end: i + 1 } };
  }
  const sc = new Scan(p.te);
  let end: number;
  for (;;) {
    i = skipPlain(text, i, QUOTED_STOP);
    if (i >= n) {
      sc.flush(text, n);
      p.fail('Unterminated string: there is no closing quote before the end of the file.', start, start + 1);
      end = n;
      p.scanFrom(n);
      break;
    }
    const c = text.charCodeAt(i);
    if (c === 34) {
      sc.flush(text, i);
      end = i + 1;
      p.scanFrom(end);
      break;
    }
    if (c === 10 || c === 13) {
      // Report, then end the string here so the next line parses as code again.
      sc.flush(text, i);
      p.fail(
        'Invalid multi-line string: quoted strings may not be split over multiple lines. Use the \\n escape for a newline, or a heredoc (<<EOT).',
        i,
        c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1,
      );
      p.lost = false;
      // The next line is probably the rest of the string: keep its errors muted.
      const nextLine = text.indexOf('\n', i + 1);
      p.muteUntil = nextLine < 0 ? n : nextLine;
      end = i;
      p.scanFrom(i);
      break;
    }
    if (c === 92) {
      i = decodeEscape(p, sc, i);
      continue;
    }
    if (c === 36 || c === 37) {
      const d = text.charCodeAt(i + 1);
      if (d === 123) {
        sc.flush(text, i);
        const r = parseSequence(p, sc, i, QUOTED);
        if (r >= 0) {
          i = r;
          sc.reset(i);
          continue;
        }
        if (r === END_AT_QUOTE) {
          end = p.te;
          p.next();
        } else end = Math.max(p.lastEnd, i + 2);
        break;
      }
      if (d === c && text.charCodeAt(i + 2) === 123) {
        // `$${` and `%%{` are the literal `${` and `%{`.
        i = sc.replace(text, i, 3, c === 36 ? '${' : '%{');
        continue;
      }
    }
    i++;
  }
  return buildTemplate(p, sc.flat, start, end, start + 1);
}

/** The escapes of quoted strings: \n \r \t \" \\ \uNNNN \UNNNNNNNN. */
function decodeEscape(p: Parser, sc: Scan, i: number): number {
  const text = p.text;
  const c = text.charCodeAt(i + 1);
  switch (c) {
    case 110:
      return sc.replace(text, i, 2, '\n');
    case 114:
      return sc.replace(text, i, 2, '\r');
    case 116:
      return sc.replace(text, i, 2, '\t');
    case 34:
      return sc.replace(text, i, 2, '"');
    case 92:
      return sc.replace(text, i, 2, '\\');
    case 117:
    case 85: {
      const want = c === 117 ? 4 : 8;
      let j = i + 2;
      while (j < i + 2 + want && isHex(text.charCodeAt(j))) j++;
      if (j - i - 2 !== want) {
        const digits = want === 4 ? 'four' : 'eight';
        p.error(`Invalid escape sequence: the \\${text[i + 1]} escape must be followed by ${digits} hexadecimal digits.`, i, j);
        return sc.replace(text, i, j - i, text.slice(i, j));
      }
      const cp = parseInt(text.slice(i + 2, j), 16);
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        p.error(`Invalid escape sequence: character U+${cp.toString(16).toUpperCase()} cannot be encoded.`, i, j);
        return sc.replace(text, i, j - i, '');
      }
      return sc.replace(text, i, j - i, String.fromCodePoint(cp));
    }
    default:
      if (Number.isNaN(c) || c === 10 || c === 13) {
        p.error('Invalid escape sequence: a backslash must be followed by an escape sequence selector character.', i, i + 1);
        return sc.replace(text, i, 1, '');
      }
      p.error(`Invalid escape sequence: "\\${text[i + 1]}" is not a valid escape sequence (use \\\\ for a backslash).`, i, i + 2);
      return sc.replace(text, i, 2, text[i + 1]);
  }
}

function isHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

function parseHeredoc(p: Parser): TemplateExpr {
  const text = p.text;
  const n = p.len;
  const start = p.ts;
  const marker = p.heredocMarker;
  const indented = p.heredocIndented;
  const contentStart = p.te;
  const sc = new Scan(contentStart);
  let i = contentStart;
  let atLineStart = true;
  let end = -1;
  for (;;) {
    if (atLineStart) {
      if (i >= n) break;
      const m = closingMarkerAt(text, i, marker);
      if (m >= 0) {
        end = m + marker.length;
        let k = end;
        while (k < n && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13 && isSpaceCode(text.charCodeAt(k))) k++;
        p.scanFrom(k);
        break;
      }
      atLineStart = false;
    }
    i = skipPlain(text, i, HEREDOC_STOP);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === 10) {
      // One literal per line, like HCL's scanner: strip markers and indentation work on lines.
      sc.flush(text, ++i);
      atLineStart = true;
      continue;
    }
    if (c === 13) {
      // HCL allows a carriage return only as part of a CRLF line ending.
      if (text.charCodeAt(i + 1) !== 10) p.error('Invalid character: a carriage return must be followed by a line feed.', i, i + 1);
      i++;
      continue;
    }
    if (c === 36 || c === 37) {
      const d = text.charCodeAt(i + 1);
      if (d === 123) {
        sc.flush(text, i);
        i = parseSequence(p, sc, i, HEREDOC);
        p.lost = false;
        sc.reset(i);
        atLineStart = i > contentStart && text.charCodeAt(i - 1) === 10;
        continue;
      }
      if (d === c && text.charCodeAt(i + 2) === 123) {
        i = sc.replace(text, i, 3, c === 36 ? '${' : '%{');
        continue;
      }
    }
    i++;
  }
  if (end < 0) end = unterminatedHeredoc(p, sc, start, contentStart, marker);
  return buildTemplate(p, sc.flat, start, end, contentStart, { marker, indented });
}

/** Where the closing marker starts if the line at `i` is only the marker (plus white space), else -1. */
function closingMarkerAt(text: string, i: number, marker: string): number {
  const n = text.length;
  while (i < n && text.charCodeAt(i) !== 10 && isSpaceCode(text.charCodeAt(i))) i++;
  if (!text.startsWith(marker, i)) return -1;
  for (let k = i + marker.length; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return i;
    if (!isSpaceCode(c)) return -1;
  }
  // HCL needs a line ending after the marker: at the end of the file it does not count.
  return -1;
}

/**
 * No closing marker: the heredoc would swallow the rest of the file. Cut it
 * before the first block header in column 0 and parse from there.
 */
function unterminatedHeredoc(p: Parser, sc: Scan, start: number, contentStart: number, marker: string): number {
  const text = p.text;
  const n = p.len;
  sc.flush(text, n);
  let cut = n;
  for (let ls = contentStart; ls < n; ) {
    if (looksLikeHeader(text, ls)) {
      cut = ls;
      break;
    }
    const nl = text.indexOf('\n', ls);
    if (nl < 0) break;
    ls = nl + 1;
  }
  const flat = sc.flat;
  let keep = 0;
  while (keep < flat.length && flatEnd(flat[keep]) <= cut) keep++;
  flat.length = keep;
  for (let k = p.errors.length - 1; k >= 0 && p.errors[k].span.start >= cut; k--) p.errors.pop();
  p.report(`Unterminated heredoc: there is no line consisting of the closing marker "${marker}".`, start, contentStart);
  p.recovering = true;
  p.lost = true;
  p.scanFrom(cut);
  return keep > 0 ? flatEnd(flat[keep - 1]) : contentStart;
}

function flatEnd(f: Flat): number {
  return f.t === 1 ? f.part.span.end : f.end;
}

/**
 * `${...}` or `%{...}` at `i`. Returns where text scanning resumes, or
 * END_AT_QUOTE / ABORT when a damaged sequence ends the quoted string.
 */
function parseSequence(p: Parser, sc: Scan, i: number, mode: number): number {
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
  const laterLine = text.lastIndexOf('\n', p.ts - 1) >= seqStart;
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

export type { Expression };
