/**
 * Error recovery: skipping damaged input to a point where parsing can resume.
 * Skips track bracket nesting and step over whole strings and heredocs, and
 * they stop early at a block header in column 0, so that one broken item
 * never swallows the blocks after it.
 */
import * as Chars from './chars';
import * as parserModule from './parser';
import type { Parser } from './parser';
import { parseTemplateExpr } from './template';
import * as Tokens from './tokens';

// Bound locally: under tsx each access to another module's export is a getter call.
const { identStartLen, scanIdentRest } = Chars;
const { MAX_NESTING } = parserModule;
const { T_COMMA, T_EOF, T_HEREDOC, T_IDENT, T_LBRACE, T_LBRACK, T_LPAREN, T_NEWLINE, T_QUOTE, T_RBRACE, T_RBRACK, T_RPAREN, T_TILDE_RBRACE } = Tokens;

/** Terraform's top-level block types: the only headers that close unclosed blocks (second pass). */
const TOP_LEVEL = new Set([
  'resource', 'data', 'module', 'variable', 'output', 'locals', 'provider',
  'terraform', 'moved', 'import', 'check', 'removed', 'ephemeral',
]);

/** `ident ("label" | ident)* {` starting at `pos`, all on one line. */
export function looksLikeHeader(text: string, pos: number): boolean {
  const l = identStartLen(text, pos);
  if (l === 0) return false;
  let i = scanIdentRest(text, pos + l);
  for (;;) {
    let c = text.charCodeAt(i);
    while (c === 32 || c === 9) c = text.charCodeAt(++i);
    if (c === 123) return true;
    if (c === 34) {
      for (i++; ; i++) {
        c = text.charCodeAt(i);
        if (c === 34) break;
        if (c === 92) i++;
        else if (c === 10 || c === 13 || Number.isNaN(c)) return false;
      }
      i++;
      continue;
    }
    const k = identStartLen(text, i);
    if (k === 0) return false;
    i = scanIdentRest(text, i + k);
  }
}

/** `ident =` (not `==` or `=>`) starting at `pos`. */
export function looksLikeAttribute(text: string, pos: number): boolean {
  const l = identStartLen(text, pos);
  if (l === 0) return false;
  let i = scanIdentRest(text, pos + l);
  let c = text.charCodeAt(i);
  while (c === 32 || c === 9) c = text.charCodeAt(++i);
  if (c !== 61) return false;
  c = text.charCodeAt(i + 1);
  return c !== 61 && c !== 62;
}

/** The current token starts a block header in column 0: a resynchronisation point. */
export function atColumn0Header(p: Parser): boolean {
  return p.tk === T_IDENT && p.isColumn0(p.ts) && looksLikeHeader(p.text, p.ts);
}

/** The current token starts a Terraform top-level block header in column 0. */
export function atTopLevelHeader(p: Parser): boolean {
  return atColumn0Header(p) && TOP_LEVEL.has(p.tokenText());
}

/** The current token is the first on its line and starts an attribute or block. */
export function atLineStartItem(p: Parser): boolean {
  return p.tk === T_IDENT && p.isLineStart(p.ts) && (looksLikeAttribute(p.text, p.ts) || looksLikeHeader(p.text, p.ts));
}

function closerFor(tk: number): number {
  return tk === T_LBRACE ? T_RBRACE : tk === T_LBRACK ? T_RBRACK : T_RPAREN;
}

function isCloser(tk: number): boolean {
  return tk === T_RBRACE || tk === T_RBRACK || tk === T_RPAREN || tk === T_TILDE_RBRACE;
}

/**
 * Consumes the current token, keeping `stack` (expected closers) up to date;
 * a string or heredoc is consumed whole.
 */
function stepOver(p: Parser, stack: number[]): void {
  const tk = p.tk;
  if (tk === T_QUOTE || tk === T_HEREDOC) {
    // Strings nested in strings recurse through here without passing parseTerm: count them too.
    if (p.nesting >= MAX_NESTING) {
      p.next();
      return;
    }
    p.nesting++;
    parseTemplateExpr(p);
    p.nesting--;
    return;
  }
  if (tk === T_LBRACE || tk === T_LBRACK || tk === T_LPAREN) stack.push(closerFor(tk));
  else if (isCloser(tk)) {
    const want = tk === T_TILDE_RBRACE ? T_RBRACE : tk;
    const at = stack.lastIndexOf(want);
    if (at >= 0) stack.length = at;
  }
  p.next();
}

/**
 * Body-level recovery: skips to the end of the line (nesting aware). Stops
 * without consuming at a `}` that closes the enclosing block, at the first
 * token of a later line that starts an item, and at a column-0 header.
 * With `mustAdvance`, the current token is consumed whatever it is.
 */
export function skipLine(p: Parser, inBlock: boolean, mustAdvance: boolean): void {
  const stack: number[] = [];
  let first = true;
  for (;;) {
    const tk = p.tk;
    if (tk === T_EOF) return;
    if (!(first && mustAdvance)) {
      if (stack.length === 0) {
        if (tk === T_NEWLINE) {
          p.next();
          return;
        }
        if (p.isLineStart(p.ts)) return;
      } else if (!first && atLineStartItem(p)) return;
      if (tk === T_RBRACE && inBlock && !stack.includes(T_RBRACE)) return;
      if (atColumn0Header(p)) return;
    }
    first = false;
    stepOver(p, stack);
  }
}

/** Stop skipping at a `"` (it probably closes the enclosing quoted template). */
export const STOP_AT_QUOTE = 1;
/** Stop skipping at a newline (a quoted template or heredoc line ends there). */
export const STOP_AT_NEWLINE = 2;
/** Keep going past lines that look like attributes (inside a one-line block's braces). */
export const NO_ITEM_STOP = 4;

/**
 * Expression-level recovery: skips to the closer matching an already-open
 * bracket and consumes it (true). Gives up (false, nothing more consumed)
 * at a mismatched closer, the end of the file, a column-0 header or a line
 * that starts an attribute or block.
 */
export function skipToCloser(p: Parser, closer: number, flags = 0): boolean {
  const stack: number[] = [];
  for (;;) {
    const tk = p.tk;
    if (tk === T_EOF) return false;
    if (stack.length === 0) {
      if (tk === closer || (closer === T_RBRACE && tk === T_TILDE_RBRACE)) {
        p.next();
        return true;
      }
      if (isCloser(tk)) return false;
      if (tk === T_NEWLINE && flags & STOP_AT_NEWLINE) return false;
      if (tk === T_QUOTE && flags & STOP_AT_QUOTE) return false;
      if (!(flags & NO_ITEM_STOP) && atLineStartItem(p)) return false;
    } else if (isCloser(tk) && !stack.includes(tk === T_TILDE_RBRACE ? T_RBRACE : tk)) return false;
    if (atColumn0Header(p)) return false;
    stepOver(p, stack);
  }
}

/** skipObjectItem outcomes: at the next item, past the object's `}`, or lost. */
export const ITEM_NEXT = 0;
export const ITEM_CLOSED = 1;
export const ITEM_GAVE_UP = 2;

/**
 * Object-item recovery: skips to the next item separator (newline or comma,
 * consumed: ITEM_NEXT) or the object's `}` (consumed: ITEM_CLOSED).
 */
export function skipObjectItem(p: Parser): number {
  const stack: number[] = [];
  for (;;) {
    const tk = p.tk;
    if (tk === T_EOF) return ITEM_GAVE_UP;
    if (stack.length === 0) {
      if (tk === T_NEWLINE || tk === T_COMMA) {
        p.next();
        return ITEM_NEXT;
      }
      if (tk === T_RBRACE) {
        p.next();
        return ITEM_CLOSED;
      }
      if (isCloser(tk)) return ITEM_GAVE_UP;
    }
    if (atColumn0Header(p)) return ITEM_GAVE_UP;
    stepOver(p, stack);
  }
}
