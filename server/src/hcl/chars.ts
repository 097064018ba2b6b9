/**
 * Character classification for the scanner, on UTF-16 code units.
 * ASCII goes through a lookup table; anything else takes a slow path through
 * the Unicode ID_Start / ID_Continue properties (identifiers per UAX #31, as
 * the HCL spec says), which real configurations almost never reach.
 */

const IDENT_START = 1;
const IDENT_PART = 2;

/** Per byte: 1 = may start an identifier, 2 = may continue one; 0 from 128 up (asciiCodes' non-ASCII byte). */
export const ascii = new Uint8Array(256);
for (let c = 0; c < 128; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  const digit = c >= 48 && c <= 57;
  ascii[c] = (letter ? IDENT_START | IDENT_PART : 0) | (digit || c === 45 ? IDENT_PART : 0);
}

const ID_START = /^\p{ID_Start}$/u;
const ID_CONTINUE = /^\p{ID_Continue}$/u;

/** The number of code units of the identifier-start character at `i`, or 0. */
export function identStartLen(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ascii[c] & IDENT_START ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  const cp = text.codePointAt(i)!;
  return ID_START.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/** The end of the identifier whose first character ends at `i`. */
export function scanIdentRest(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (ascii[c] & IDENT_PART) {
        i++;
        continue;
      }
      return i;
    }
    const cp = text.codePointAt(i)!;
    if (!ID_CONTINUE.test(String.fromCodePoint(cp))) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** Zero bytes after the text in `asciiCodes`, so that lookahead past the end reads 0. */
const PADDING = 4;

/**
 * The text's UTF-16 code units as bytes, for the scanner's hot loops (a
 * typed-array read is cheaper than `charCodeAt`): ASCII as is, every code
 * unit from 128 up as 128 (the scanner then reads the text itself), and
 * zeros after the end. Tables indexed by these bytes have 256 entries, so
 * that every read stays in bounds.
 */
export function asciiCodes(text: string): Uint8Array {
  const n = text.length;
  if (typeof Buffer === 'function') {
    const codes = Buffer.allocUnsafe(n + PADDING);
    codes.fill(0, n);
    codes.write(text, 0, n, 'latin1');
    if (Buffer.byteLength(text, 'utf8') === n) return codes;
    // Rare: find the non-ASCII code units (a regular expression finds them faster than a loop).
    const nonAscii = /[^\0-\x7f]/g;
    while (nonAscii.test(text)) codes[nonAscii.lastIndex - 1] = 128;
    return codes;
  }
  const codes = new Uint8Array(n + PADDING);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c < 128 ? c : 128;
  }
  return codes;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Unicode white space as Go's unicode.IsSpace sees it (used by strip markers and heredoc flushing). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

export function trimLeftSpace(s: string): string {
  let i = 0;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}

export function trimRightSpace(s: string): string {
  let i = s.length;
  while (i > 0 && isSpaceCode(s.charCodeAt(i - 1))) i--;
  return i === s.length ? s : s.slice(0, i);
}
