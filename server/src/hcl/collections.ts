/**
 * Collection constructors: tuples `[...]`, objects `{...}` and the
 * for-expressions that share their brackets. Newlines separate object items
 * but are white space inside tuples and for-expressions.
 */
import type { Expression, ForExpr, ObjectExpr, ObjectItem } from './ast';
import * as expressionModule from './expression';
import type { Parser } from './parser';
import { ITEM_CLOSED, ITEM_GAVE_UP } from './recovery';
import * as recoveryModule from './recovery';
import * as Tokens from './tokens';

// Bound locally: under tsx each access to another module's export is a getter call.
const { atColumn0Header, atLineStartItem, skipObjectItem } = recoveryModule;
const { parseExpression, resync, unexpectedInList } = expressionModule;
const { T_COLON, T_COMMA, T_ELLIPSIS, T_EOF, T_EQUAL, T_FATARROW, T_IDENT, T_NEWLINE, T_RBRACE, T_RBRACK } = Tokens;

export function parseTuple(p: Parser): Expression {
  const start = p.ts;
  const openEnd = p.te;
  p.next();
  const saved = p.nl;
  p.nl = false;
  if (p.peek() === T_IDENT && p.isKeyword('for')) {
    const node = parseFor(p, start, true);
    p.nl = saved;
    return node;
  }
  const items: Expression[] = [];
  let end: number | undefined;
  for (;;) {
    const tk = p.peek();
    if (tk === T_RBRACK) {
      end = p.te;
      p.next();
      break;
    }
    if (tk === T_EOF) {
      p.fail('Unterminated tuple: there is no closing "]" before the end of the file.', start, openEnd);
      break;
    }
    if (atLineStartItem(p)) {
      // The next attribute or block: the tuple was never closed.
      p.fail('Unclosed tuple: this "[" has no matching "]".', start, openEnd);
      break;
    }
    items.push(parseExpression(p));
    if (p.lost) {
      end = resync(p, T_RBRACK);
      break;
    }
    const sep = p.peek();
    if (sep === T_COMMA) p.next();
    else if (sep !== T_RBRACK) {
      unexpectedInList(p, 'tuple', '[', ']', start, openEnd, 'expected a comma to mark the beginning of the next item.');
      end = resync(p, T_RBRACK);
      break;
    }
  }
  p.nl = saved;
  return { kind: 'tuple', items, span: { start, end: end ?? Math.max(p.lastEnd, items.length > 0 ? items[items.length - 1].span.end : openEnd) } };
}

export function parseObject(p: Parser): Expression {
  const start = p.ts;
  const openEnd = p.te;
  p.next();
  const saved = p.nl;
  // `for` may follow on a later line: for-expressions ignore newlines.
  p.nl = false;
  if (p.peek() === T_IDENT && p.isKeyword('for')) {
    const node = parseFor(p, start, false);
    p.nl = saved;
    return node;
  }
  p.nl = true;
  const node: ObjectExpr = { kind: 'object', items: [], span: { start, end: start } };
  let end: number | undefined;
  for (;;) {
    let tk = p.peek();
    if (tk === T_NEWLINE) {
      p.next();
      continue;
    }
    if (tk === T_RBRACE) {
      end = p.te;
      p.next();
      break;
    }
    if (tk === T_EOF) {
      p.fail('Unterminated object: there is no closing "}" before the end of the file.', start, openEnd);
      break;
    }
    if (atColumn0Header(p)) {
      // A block header in column 0 is never an object item: the object was never closed.
      p.fail('Unclosed object: this "{" has no matching "}".', start, openEnd);
      break;
    }
    const key = parseExpression(p);
    if (!p.lost) {
      tk = p.peek();
      if (tk === T_EQUAL || tk === T_COLON) {
        p.next();
        const value = parseExpression(p);
        node.items.push(objectItem(key, value, tk === T_EQUAL ? '=' : ':'));
        if (!p.lost) {
          tk = p.peek();
          if (tk === T_COMMA || tk === T_NEWLINE) {
            p.next();
            continue;
          }
          if (tk === T_RBRACE) continue;
          unexpectedInList(p, 'object', '{', '}', start, openEnd, 'expected a newline or comma to mark the beginning of the next attribute.');
        }
      } else if (tk === T_NEWLINE || tk === T_COMMA) {
        p.failHere('Missing attribute value', 'expected an attribute value, introduced by an equals sign ("=").');
      } else if (tk === T_EOF) {
        p.fail('Unterminated object: there is no closing "}" before the end of the file.', start, openEnd);
      } else {
        p.failHere('Missing key/value separator', 'expected an equals sign ("=") to mark the beginning of the attribute value.');
      }
    }
    // Resynchronise at the next item, or give up on this object.
    const how = skipObjectItem(p);
    if (how === ITEM_GAVE_UP) break;
    p.lost = false;
    if (how === ITEM_CLOSED) {
      end = p.lastEnd;
      break;
    }
  }
  p.nl = saved;
  const items = node.items;
  node.span.end = end ?? Math.max(p.lastEnd, items.length > 0 ? items[items.length - 1].span.end : openEnd);
  return node;
}

function objectItem(key: Expression, value: Expression, separator: '=' | ':'): ObjectItem {
  const item: ObjectItem = { key, value, separator, span: { start: key.span.start, end: value.span.end } };
  const name = keyName(key);
  if (name !== undefined) item.keyName = name;
  return item;
}

/** A bare identifier (or keyword) key, or a quoted key without interpolation. */
function keyName(key: Expression): string | undefined {
  if (key.kind === 'variable') return key.name;
  if (key.kind === 'literal' && typeof key.value !== 'number') return key.raw;
  if (key.kind === 'template' && !key.heredoc && key.parts.length === 1 && key.parts[0].kind === 'text') return key.parts[0].value;
  return undefined;
}

/** A damaged for-expression: reported (unless already lost) and skipped to its closer. */
function badFor(p: Parser, start: number, closer: number, detail: string): Expression {
  if (!p.lost) p.failHere("Invalid 'for' expression", detail);
  const end = resync(p, closer);
  return p.invalid(start, end ?? p.lastEnd);
}

/** `[for k, v in coll : value if cond]` or `{for k, v in coll : key => value... if cond}`. */
function parseFor(p: Parser, start: number, tuple: boolean): Expression {
  const closer = tuple ? T_RBRACK : T_RBRACE;
  p.next(); // `for`
  if (p.peek() !== T_IDENT) return badFor(p, start, closer, 'a for expression requires a variable name after "for".');
  let valueVar = p.tokenText();
  let keyVar: string | undefined;
  p.next();
  if (p.peek() === T_COMMA) {
    p.next();
    if (p.peek() !== T_IDENT) return badFor(p, start, closer, 'a for expression requires a value variable name after the comma.');
    keyVar = valueVar;
    valueVar = p.tokenText();
    p.next();
  }
  p.peek();
  if (!p.isKeyword('in')) return badFor(p, start, closer, 'a for expression requires the "in" keyword after its variable names.');
  p.next();
  const collection = parseExpression(p);
  if (p.lost) return badFor(p, start, closer, '');
  if (p.peek() !== T_COLON) return badFor(p, start, closer, 'a for expression requires a colon after the collection expression.');
  p.next();
  let valueExpr = parseExpression(p);
  let keyExpr: Expression | undefined;
  if (!p.lost && p.peek() === T_FATARROW) {
    p.next();
    keyExpr = valueExpr;
    valueExpr = parseExpression(p);
  }
  if (p.lost) return badFor(p, start, closer, '');
  let grouping = false;
  let ellipsis = -1;
  if (p.peek() === T_ELLIPSIS) {
    grouping = true;
    ellipsis = p.ts;
    p.next();
  }
  let cond: Expression | undefined;
  p.peek();
  if (p.isKeyword('if')) {
    p.next();
    cond = parseExpression(p);
    if (p.lost) return badFor(p, start, closer, '');
  }
  let end: number | undefined;
  if (p.peek() === closer) {
    end = p.te;
    p.next();
  } else {
    p.failHere("Invalid 'for' expression", 'extra characters after the end of the for expression.');
    end = resync(p, closer);
  }
  if (tuple && keyExpr) p.error("Invalid 'for' expression: a key expression (=>) is not valid when building a tuple.", keyExpr.span.start, keyExpr.span.end);
  if (tuple && grouping) p.error("Invalid 'for' expression: the grouping ellipsis (...) cannot be used when building a tuple.", ellipsis, ellipsis + 3);
  if (!tuple && !keyExpr) p.error("Invalid 'for' expression: a key expression (key => value) is required when building an object.", valueExpr.span.start, valueExpr.span.end);
  const node: ForExpr = { kind: 'for', valueVar, collection, valueExpr, grouping, span: { start, end: end ?? p.lastEnd } };
  if (keyVar !== undefined) node.keyVar = keyVar;
  if (keyExpr) node.keyExpr = keyExpr;
  if (cond) node.cond = cond;
  return node;
}
