/**
 * Templates: quoted strings and heredocs. The raw text is scanned here
 * directly (the main scanner only produced the opening `"` or `<<EOT`);
 * each `${...}` / `%{...}` hands back to the main scanner and expression
 * parser, then text scanning resumes right after its closing brace.
 * The result is a flat list of literals, interpolations and directive
 * markers, as in HCL's own parser (templateSequence.ts parses the
 * sequences); templateTree.ts turns it into parts.
 */
import type { TemplateExpr } from './ast';
import * as Chars from './chars';
import type { Parser } from './parser';
import { looksLikeHeader } from './recovery';
import type { Flat } from './templateTree';
import * as templateTreeModule from './templateTree';
import { END_AT_QUOTE, HEREDOC, QUOTED, Scan } from './templateSequence';
import * as templateSequenceModule from './templateSequence';
import * as Tokens from './tokens';

// Bound locally: under tsx each access to another module's export is a getter call.
const { isSpaceCode } = Chars;
const { buildTemplate } = templateTreeModule;
const { parseSequence } = templateSequenceModule;
const { T_HEREDOC } = Tokens;

/**
 * Bytes (as in Parser.codes: 128 for any non-ASCII code unit) that end a run
 * of plain quoted-string text. 0 stops too: it is the padding after the end
 * (a NUL in the text is stepped over by the caller like any other character).
 */
const QUOTED_STOP = new Uint8Array(256);
for (const ch of '\0"\n\r\\$%') QUOTED_STOP[ch.charCodeAt(0)] = 1;
/** Bytes that end a run of plain heredoc text. */
const HEREDOC_STOP = new Uint8Array(256);
for (const ch of '\0\n\r$%') HEREDOC_STOP[ch.charCodeAt(0)] = 1;

/** Skips plain text from `i`, over the scanner's bytes. */
function skipPlain(codes: Uint8Array, i: number, stop: Uint8Array): number {
  while (stop[codes[i]] === 0) i++;
  return i;
}

/** Where the string at the current `"` closes if it is plain text (no escapes, no sequences, one line), else -1. */
export function plainQuotedEnd(p: Parser): number {
  const i = skipPlain(p.codes, p.te, QUOTED_STOP);
  return p.text.charCodeAt(i) === 34 ? i : -1;
}

/** Parses the string or heredoc at the current token (`"` or `<<EOT`). */
export function parseTemplateExpr(p: Parser): TemplateExpr {
  return p.tk === T_HEREDOC ? parseHeredoc(p) : parseQuoted(p);
}

function parseQuoted(p: Parser): TemplateExpr {
  const text = p.text;
  const n = p.len;
  const start = p.ts;
  const codes = p.codes;
  let i = skipPlain(codes, p.te, QUOTED_STOP);
  if (text.charCodeAt(i) === 34) {
    // Fast path: a plain string without escapes or sequences.
    const s = p.te;
    p.scanFrom(i + 1);
    return { kind: 'template', parts: [{ kind: 'text', value: text.slice(s, i), span: { start: s, end: i } }], span: { start, end: i + 1 } };
  }
  const sc = new Scan(p.te);
  let end: number;
  for (;;) {
    i = skipPlain(codes, i, QUOTED_STOP);
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
  // After an unterminated heredoc, a later one with no possible closing line is cut right away.
  const limit = p.lastMarkerLine !== undefined && lastMarkerLine(p, marker) < contentStart ? findCut(text, contentStart) : n;
  let i = contentStart;
  let atLineStart = true;
  let end = -1;
  for (;;) {
    if (atLineStart) {
      if (i >= limit) break;
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
    i = skipPlain(p.codes, i, HEREDOC_STOP);
    if (i >= limit) break;
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
  if (end < 0) end = unterminatedHeredoc(p, sc, start, contentStart, marker, limit);
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
function unterminatedHeredoc(p: Parser, sc: Scan, start: number, contentStart: number, marker: string, limit: number): number {
  const text = p.text;
  sc.flush(text, Math.min(limit, p.len));
  const cut = limit < p.len ? limit : findCut(text, contentStart);
  p.lastMarkerLine ??= new Map();
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

/** The first line from `from` on that starts a block header in column 0, or the end of the text. */
function findCut(text: string, from: number): number {
  for (let ls = from; ls < text.length; ) {
    if (looksLikeHeader(text, ls)) return ls;
    const nl = text.indexOf('\n', ls);
    if (nl < 0) break;
    ls = nl + 1;
  }
  return text.length;
}

/** Start of the last line of the text that is only `marker` (and blanks) followed by a line ending; -1 if none. */
function lastMarkerLine(p: Parser, marker: string): number {
  const memo = p.lastMarkerLine!;
  let found = memo.get(marker);
  if (found !== undefined) return found;
  const text = p.text;
  found = -1;
  for (let at = text.lastIndexOf(marker); at >= 0; at = at > 0 ? text.lastIndexOf(marker, at - 1) : -1) {
    let ls = at;
    while (ls > 0 && text.charCodeAt(ls - 1) !== 10 && isSpaceCode(text.charCodeAt(ls - 1))) ls--;
    if ((ls === 0 || text.charCodeAt(ls - 1) === 10) && closingMarkerAt(text, ls, marker) >= 0) {
      found = ls;
      break;
    }
  }
  memo.set(marker, found);
  return found;
}

function flatEnd(f: Flat): number {
  return f.t === 1 ? f.part.span.end : f.end;
}

