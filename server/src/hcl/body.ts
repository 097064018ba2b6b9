/**
 * The structural language: bodies of attributes and blocks. Newlines are
 * significant here: every item ends with one, and a block whose `{` is
 * followed by anything but a newline is a one-line block holding at most
 * one attribute.
 */
import type { Span } from '../core/text';
import type { Attribute, Block, BlockLabel, Body, BodyItem } from './ast';
import * as expressionModule from './expression';
import type { Parser } from './parser';
import { NO_ITEM_STOP } from './recovery';
import * as recoveryModule from './recovery';
import * as templateModule from './template';
import * as Tokens from './tokens';

// Bound locally: under tsx each access to another module's export is a getter call.
const { parseTemplateExpr, plainQuotedEnd } = templateModule;
const { atTopLevelHeader, skipLine, skipToCloser } = recoveryModule;
const { parseExpression } = expressionModule;
const { T_COMMA, T_EOF, T_EQUAL, T_IDENT, T_INVALID, T_LBRACE, T_NEWLINE, T_QUOTE, T_RBRACE } = Tokens;

/** Bounds block nesting, like expression nesting, to protect the call stack. */
const MAX_BLOCK_DEPTH = 200;

/**
 * Parses items until the end of the file or (in a block) a `}` or, in the
 * second pass, a top-level header in column 0, none of which it consumes.
 */
export function parseBody(p: Parser, inBlock: boolean): BodyItem[] {
  const items: BodyItem[] = [];
  for (;;) {
    p.nl = true;
    p.lost = false;
    const tk = p.tk;
    if (tk === T_NEWLINE) {
      p.next();
      continue;
    }
    if (tk === T_EOF) return items;
    if (tk === T_RBRACE && inBlock) return items;
    // A fresh item on its own line: report its errors again.
    if (p.recovering && p.ts > p.muteUntil && p.isLineStart(p.ts)) p.recovering = false;
    if (tk === T_IDENT) {
      if (inBlock && p.closeAtTopLevelHeaders && atTopLevelHeader(p)) return items;
      const item = parseItem(p, inBlock);
      if (item !== undefined) items.push(item);
      continue;
    }
    if (tk === T_QUOTE) p.failHere('Invalid argument name', 'argument names must not be quoted.');
    else if (tk === T_INVALID) p.failHere('Invalid character', `"${p.tokenText()}" cannot start an argument or block definition.`);
    else if (tk === T_RBRACE) p.failHere('Unexpected "}"', 'there is no open block for it to close.');
    else p.failHere('Argument or block definition required', `an argument or block definition is required here, but found ${Tokens.describeToken(tk, p.text, p.ts, p.te)}.`);
    skipLine(p, inBlock, true);
  }
}

function parseItem(p: Parser, inBlock: boolean): BodyItem | undefined {
  const start = p.ts;
  const nameEnd = p.te;
  const name = p.tokenText();
  p.next();
  const tk = p.tk;
  if (tk === T_EQUAL) return parseAttribute(p, name, start, nameEnd, false, inBlock);
  if (tk === T_QUOTE || tk === T_LBRACE || tk === T_IDENT) return parseBlock(p, name, start, nameEnd, inBlock);
  p.fail(
    'Argument or block definition required: to set an argument, use the equals sign "=" to introduce its value; to define a block, follow the type with labels and "{".',
    start,
    nameEnd,
  );
  skipLine(p, inBlock, false);
  return undefined;
}

function parseAttribute(p: Parser, name: string, start: number, nameEnd: number, oneLine: boolean, inBlock: boolean): Attribute {
  const eqEnd = p.te;
  p.next();
  const expr = parseExpression(p);
  const attr: Attribute = {
    kind: 'attribute',
    name,
    nameSpan: { start, end: nameEnd },
    expr,
    span: { start, end: Math.max(eqEnd, expr.span.end) },
    leadingComments: [],
  };
  if (oneLine) return attr;
  if (!p.lost) {
    const tk = p.tk;
    if (tk === T_NEWLINE) {
      p.next();
      return attr;
    }
    if (tk === T_EOF) return attr;
    if (tk === T_COMMA) p.failHere('Unexpected comma after argument', 'argument definitions must be separated by newlines, not commas.');
    else p.failHere('Missing newline after argument', 'an argument definition must end with a newline.');
  }
  skipLine(p, inBlock, false);
  return attr;
}

function parseBlock(p: Parser, type: string, start: number, typeEnd: number, inBlock: boolean): Block {
  const labels: BlockLabel[] = [];
  for (;;) {
    const tk = p.tk;
    if (tk === T_LBRACE) break;
    if (tk === T_QUOTE) {
      labels.push(parseLabel(p));
      continue;
    }
    if (tk === T_IDENT) {
      labels.push({ value: p.tokenText(), span: { start: p.ts, end: p.te }, quoted: false });
      p.next();
      continue;
    }
    if (tk === T_EQUAL) p.failHere('Invalid block definition', 'the equals sign "=" indicates an argument definition, and must not be used when defining a block.');
    else if (tk === T_NEWLINE || tk === T_EOF)
      p.failHere('Invalid block definition', 'a block definition must have block content delimited by "{" and "}", starting on the same line as the block header.');
    else p.failHere('Invalid block definition', 'either a quoted string block label or an opening brace ("{") is expected here.');
    // Keep the header (completion and hover want it) as a block without braces.
    const end = labels.length > 0 ? labels[labels.length - 1].span.end : typeEnd;
    skipLine(p, inBlock, false);
    return block(type, start, typeEnd, labels, { start: end, end }, [], { start: end, end }, undefined, false);
  }
  const openBrace = { start: p.ts, end: p.te };
  p.next();
  const first = p.tk;
  if (first !== T_NEWLINE && first !== T_EOF && first !== T_RBRACE) return oneLineBlock(p, type, start, typeEnd, labels, openBrace, inBlock);
  return finishBlock(p, type, start, typeEnd, labels, openBrace, [], first === T_RBRACE, inBlock);
}

/** Parses the rest of a multi-line body (after `items`) and the closing brace. */
function finishBlock(p: Parser, type: string, start: number, typeEnd: number, labels: BlockLabel[], openBrace: Span, items: BodyItem[], oneLine: boolean, inBlock: boolean): Block {
  if (p.depth >= MAX_BLOCK_DEPTH) {
    p.fail(`Blocks nested too deeply: more than ${MAX_BLOCK_DEPTH} levels are not supported.`, start, openBrace.end);
    skipLine(p, inBlock, false);
    return block(type, start, typeEnd, labels, openBrace, items, { start: openBrace.end, end: openBrace.end }, undefined, false);
  }
  p.depth++;
  const body = parseBody(p, true);
  p.depth--;
  if (items.length === 0) items = body;
  else for (const item of body) items.push(item);
  if (p.tk !== T_RBRACE) {
    // End of file, or (second pass) the next top-level block: the block was never closed.
    const lastEnd = items.length > 0 ? items[items.length - 1].span.end : openBrace.end;
    if (p.tk === T_EOF) p.sawUnclosedBlock = true;
    const where = p.tk === T_EOF ? 'the end of the file' : 'the next top-level block';
    p.report(`Unclosed configuration block: there is no closing brace for this block before ${where}.`, start, openBrace.end);
    return block(type, start, typeEnd, labels, openBrace, items, { start: openBrace.end, end: lastEnd }, undefined, false);
  }
  const closeBrace = { start: p.ts, end: p.te };
  p.next();
  afterBlock(p, inBlock);
  return block(type, start, typeEnd, labels, openBrace, items, { start: openBrace.end, end: closeBrace.start }, closeBrace, oneLine);
}

/** `name { attr = value }`: at most one attribute, closed on the same line. */
function oneLineBlock(p: Parser, type: string, start: number, typeEnd: number, labels: BlockLabel[], openBrace: Span, inBlock: boolean): Block {
  const items: BodyItem[] = [];
  if (p.tk === T_IDENT) {
    const ns = p.ts;
    const ne = p.te;
    const name = p.tokenText();
    p.next();
    if (p.tk === T_EQUAL) {
      items.push(parseAttribute(p, name, ns, ne, true, true));
      if (!p.lost) {
        const tk = p.tk;
        if (tk === T_RBRACE) {
          const closeBrace = { start: p.ts, end: p.te };
          p.next();
          afterBlock(p, inBlock);
          return block(type, start, typeEnd, labels, openBrace, items, { start: openBrace.end, end: closeBrace.start }, closeBrace, true);
        }
        if (tk === T_NEWLINE) {
          // Keep going as a multi-line block: the rest of its body is probably below.
          p.failHere('Invalid single-argument block definition', 'an argument on the same line as "{" makes a single-line block, which must be closed on that same line.');
          return finishBlock(p, type, start, typeEnd, labels, openBrace, items, false, inBlock);
        }
        if (tk === T_COMMA) p.failHere('Invalid single-argument block definition', 'a single-line block can contain only one argument; use one line per argument in a multi-line block.');
        else if (tk !== T_EOF) p.failHere('Invalid single-argument block definition', 'a single-line block can contain only one argument, immediately followed by "}".');
      }
    } else if (p.tk === T_QUOTE || p.tk === T_LBRACE || p.tk === T_IDENT) {
      p.fail(
        `Argument definition required: a single-line block can contain only a single argument. To define a nested block, place it on a line of its own within its parent block.`,
        ns,
        p.te,
      );
    } else p.fail('Argument or block definition required: to set an argument, use the equals sign "=" to introduce its value.', ns, ne);
  } else p.failHere('Argument or block definition required', `expected an argument name, but found ${Tokens.describeToken(p.tk, p.text, p.ts, p.te)}.`);
  // Skip to this block's `}` (not stopping at lines that look like attributes: they are inside it).
  const closed = skipToCloser(p, T_RBRACE, NO_ITEM_STOP);
  const lastEnd = items.length > 0 ? items[items.length - 1].span.end : openBrace.end;
  if (!closed) {
    if (p.tk === T_EOF) p.sawUnclosedBlock = true;
    return block(type, start, typeEnd, labels, openBrace, items, { start: openBrace.end, end: lastEnd }, undefined, true);
  }
  const closeBrace = { start: p.lastEnd - 1, end: p.lastEnd };
  p.lost = false;
  afterBlock(p, inBlock);
  return block(type, start, typeEnd, labels, openBrace, items, { start: openBrace.end, end: closeBrace.start }, closeBrace, true);
}

/** A block's closing brace must end its line. */
function afterBlock(p: Parser, inBlock: boolean): void {
  const tk = p.tk;
  if (tk === T_NEWLINE) p.next();
  else if (tk !== T_EOF) {
    p.failHere('Missing newline after block definition', 'a block definition must end with a newline.');
    skipLine(p, inBlock, false);
  }
}

/** A quoted label: a string literal, without interpolation. */
function parseLabel(p: Parser): BlockLabel {
  const close = plainQuotedEnd(p);
  if (close >= 0) {
    // The common label: its text is the value, without building a template.
    const start = p.ts;
    const value = p.text.slice(p.te, close);
    p.scanFrom(close + 1);
    return { value, span: { start, end: close + 1 }, quoted: true };
  }
  const tpl = parseTemplateExpr(p);
  let value = '';
  for (const part of tpl.parts) {
    if (part.kind === 'text') value += part.value;
    else p.error('Invalid block label: template sequences are not allowed in a label. To write a literal "${" or "%{", double its first character ("$${", "%%{").', part.span.start, part.span.end);
  }
  return { value, span: tpl.span, quoted: true };
}

function block(
  type: string,
  start: number,
  typeEnd: number,
  labels: BlockLabel[],
  openBrace: Span,
  items: BodyItem[],
  bodySpan: Span,
  closeBrace: Span | undefined,
  oneLine: boolean,
): Block {
  const body: Body = { kind: 'body', items, span: bodySpan };
  const node: Block = {
    kind: 'block',
    type,
    typeSpan: { start, end: typeEnd },
    labels,
    body,
    openBrace,
    oneLine,
    span: { start, end: closeBrace ? closeBrace.end : Math.max(bodySpan.end, openBrace.end) },
    leadingComments: [],
  };
  if (closeBrace) node.closeBrace = closeBrace;
  return node;
}
