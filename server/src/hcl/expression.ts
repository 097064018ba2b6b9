/**
 * Expressions: conditionals, binary operators by HCL precedence, unary
 * operators, terms and their traversals (attributes, indexes, legacy
 * indexes, splats) and function calls. Collections and for-expressions are
 * in collections.ts, templates in template.ts.
 */
import type { BinaryOp, Expression, GetAttrExpr, IndexExpr, LiteralExpr, SplatExpr, VariableExpr } from './ast';
import * as collectionsModule from './collections';
import * as parserModule from './parser';
import type { Parser } from './parser';
import * as recoveryModule from './recovery';
import * as scannerModule from './scanner';
import * as templateModule from './template';
import * as Tokens from './tokens';

// Bound locally: under tsx each access to another module's export is a getter call.
const { parseTemplateExpr } = templateModule;
const { isValidNumber } = scannerModule;
const { MAX_NESTING } = parserModule;
const { atLineStartItem, looksLikeAttribute, looksLikeHeader, skipToCloser } = recoveryModule;
const { parseObject, parseTuple } = collectionsModule;
const { T_AND, T_BANG, T_COLON, T_COMMA, T_DCOLON, T_DOT, T_ELLIPSIS, T_EOF, T_EQEQ, T_GE, T_GT, T_HEREDOC, T_IDENT, T_INVALID, T_LBRACE, T_LBRACK, T_LE, T_LPAREN, T_LT, T_MINUS, T_NEQ, T_NUMBER, T_OR, T_PERCENT, T_PLUS, T_QUESTION, T_QUOTE, T_RBRACE, T_RBRACK, T_RPAREN, T_SLASH, T_STAR } = Tokens;

/** Binding power of each binary operator token (0: not a binary operator). */
const PREC = new Uint8Array(40);
const OPS: BinaryOp[] = [];
function op(tk: number, prec: number, sym: BinaryOp): void {
  PREC[tk] = prec;
  OPS[tk] = sym;
}
op(T_OR, 1, '||');
op(T_AND, 2, '&&');
op(T_EQEQ, 3, '==');
op(T_NEQ, 3, '!=');
op(T_LT, 4, '<');
op(T_GT, 4, '>');
op(T_LE, 4, '<=');
op(T_GE, 4, '>=');
op(T_PLUS, 5, '+');
op(T_MINUS, 5, '-');
op(T_STAR, 6, '*');
op(T_SLASH, 6, '/');
op(T_PERCENT, 6, '%');


export function parseExpression(p: Parser): Expression {
  let cond = parseTerm(p);
  // Most expressions are a single term: only enter precedence climbing at an operator.
  if (!p.lost && PREC[p.peek()] !== 0) cond = parseBinaryRest(p, cond, 1);
  if (p.lost || p.peek() !== T_QUESTION) return cond;
  // A chain `a ? b ? c ...` recurses here without passing parseTerm: count it too.
  if (p.nesting + 1 > MAX_NESTING) {
    p.failHere('Expression too deeply nested', `more than ${MAX_NESTING} levels of nesting are not supported.`);
    return cond;
  }
  p.nesting++;
  const conditional = parseConditionalRest(p, cond);
  p.nesting--;
  return conditional;
}

function parseConditionalRest(p: Parser, cond: Expression): Expression {
  p.next();
  const then = parseExpression(p);
  let els: Expression;
  if (p.lost) els = p.invalidAt(then.span.end);
  else if (p.peek() !== T_COLON) {
    p.failHere('Missing false expression in conditional', 'the conditional operator (...?...:...) requires a false expression, delimited by a colon.');
    els = p.invalidAt(then.span.end);
  } else {
    p.next();
    els = parseExpression(p);
  }
  return { kind: 'conditional', cond, then, else: els, span: { start: cond.span.start, end: Math.max(then.span.end, els.span.end) } };
}

/** Precedence climbing from a parsed left operand; operators of one level associate to the left. */
function parseBinaryRest(p: Parser, left: Expression, minPrec: number): Expression {
  for (;;) {
    if (p.lost) return left;
    const tk = p.peek();
    const prec = PREC[tk];
    if (prec === 0 || prec < minPrec) return left;
    p.next();
    const right = parseBinaryRest(p, parseTerm(p), prec + 1);
    left = { kind: 'binary', op: OPS[tk], left, right, span: { start: left.span.start, end: right.span.end } };
  }
}

/** A term with its traversals; unary operators bind tighter than any binary one. */
function parseTerm(p: Parser): Expression {
  if (++p.nesting > MAX_NESTING) {
    p.failHere('Expression too deeply nested', `more than ${MAX_NESTING} levels of nesting are not supported.`);
    p.nesting--;
    return p.invalidAt(p.ts);
  }
  const tk = p.peek();
  // Every term starts at its first token (read here: the node's span would be a megamorphic load).
  const start = p.ts;
  // Names and strings, the most common terms, without another call.
  let term: Expression;
  if (tk === T_IDENT) term = identTerm(p, start);
  else if (tk === T_QUOTE) term = parseTemplateExpr(p);
  else term = parseTermBase(p, tk, start);
  p.nesting--;
  if (p.lost) return term;
  const next = p.peek();
  if (next !== T_DOT && next !== T_LBRACK) return term;
  return parseTraversals(p, term, start);
}

function parseTermBase(p: Parser, tk: number, start: number): Expression {
  switch (tk) {
    case T_NUMBER: {
      const end = p.te;
      const raw = p.tokenText();
      if (!isValidNumber(p.text, start, end)) p.error('Invalid number literal: failed to recognize the value of this number.', start, end);
      p.next();
      return { kind: 'literal', value: Number(raw), raw, span: { start, end } };
    }
    case T_IDENT:
      return identTerm(p, start);
    case T_QUOTE:
    case T_HEREDOC:
      return parseTemplateExpr(p);
    case T_LBRACE:
      return parseObject(p);
    case T_LBRACK:
      return parseTuple(p);
    case T_LPAREN:
      return parseParens(p);
    case T_MINUS:
    case T_BANG: {
      p.next();
      const operand = parseTerm(p);
      return { kind: 'unary', op: tk === T_MINUS ? '-' : '!', operand, span: { start, end: operand.span.end } };
    }
    case T_EOF:
      p.failHere('Missing expression', 'expected the start of an expression, but found the end of the file.');
      return p.invalidAt(start);
    case T_INVALID: {
      const ch = p.tokenText();
      const hint = ch === '$' && p.text.charCodeAt(p.te) === 123 ? ' Outside a string, write the expression without "${...}".' : '';
      p.failHere('Invalid character', `"${ch}" is not valid at the start of an expression.${hint}`);
      return p.invalidAt(start);
    }
    default:
      p.failHere('Invalid expression', `expected the start of an expression, but found ${Tokens.describeToken(tk, p.text, p.ts, p.te)}.`);
      return p.invalidAt(start);
  }
}

/** A variable, a keyword literal or a function call. */
function identTerm(p: Parser, start: number): Expression {
  const end = p.te;
  const name = p.tokenText();
  p.next();
  const next = p.peek();
  if (next === T_LPAREN || next === T_DCOLON) return parseCall(p, name, start, end);
  if (name === 'true' || name === 'false') return { kind: 'literal', value: name === 'true', raw: name, span: { start, end } };
  if (name === 'null') return { kind: 'literal', value: null, raw: name, span: { start, end } };
  return { kind: 'variable', name, span: { start, end } };
}

function parseParens(p: Parser): Expression {
  const start = p.ts;
  p.next();
  const saved = p.nl;
  p.nl = false;
  const expr = parseExpression(p);
  let end: number | undefined;
  if (!p.lost && p.peek() === T_RPAREN) {
    end = p.te;
    p.next();
  } else {
    if (!p.lost) p.failHere('Unbalanced parentheses', 'expected a closing parenthesis to terminate the expression.');
    end = resync(p, T_RPAREN);
  }
  p.nl = saved;
  return { kind: 'parens', expr, span: { start, end: end ?? Math.max(p.lastEnd, expr.span.end) } };
}

/** Skips to `closer`; on success the parse is back in step and its end is returned. */
export function resync(p: Parser, closer: number): number | undefined {
  if (!skipToCloser(p, closer)) return undefined;
  p.lost = false;
  return p.lastEnd;
}

function parseCall(p: Parser, name: string, start: number, nameEnd: number): Expression {
  let fullName = name;
  while (p.peek() === T_DCOLON) {
    p.next();
    if (p.peek() !== T_IDENT) {
      p.failHere('Missing function name', 'the scope resolution symbol "::" must be followed by a function name.');
      return p.invalid(start, p.lastEnd);
    }
    fullName += '::' + p.tokenText();
    nameEnd = p.te;
    p.next();
  }
  if (p.peek() !== T_LPAREN) {
    p.failHere('Missing open parenthesis', 'a function name must be followed by "(" to begin the function call.');
    return p.invalid(start, nameEnd);
  }
  const openEnd = p.te;
  p.next();
  const saved = p.nl;
  p.nl = false;
  const args: Expression[] = [];
  let expandFinal = false;
  let end: number | undefined;
  for (;;) {
    const tk = p.peek();
    if (tk === T_RPAREN) {
      end = p.te;
      p.next();
      break;
    }
    if (tk === T_EOF) {
      p.fail('Unterminated function call: there is no closing parenthesis for this call before the end of the file.', start, openEnd);
      break;
    }
    if (atLineStartItem(p)) {
      // The next attribute or block: the call was never closed.
      p.fail('Unclosed function call: this "(" has no matching ")".', start, openEnd);
      break;
    }
    args.push(parseExpression(p));
    if (p.lost) {
      end = resync(p, T_RPAREN);
      break;
    }
    const sep = p.peek();
    if (sep === T_COMMA) {
      p.next();
      continue;
    }
    if (sep === T_RPAREN) continue;
    if (sep === T_ELLIPSIS) {
      expandFinal = true;
      p.next();
      if (p.peek() === T_RPAREN) continue;
      p.failHere('Missing closing parenthesis', 'an expanded function argument (with ...) must be immediately followed by the closing parenthesis.');
    } else unexpectedInList(p, 'function call', '(', ')', start, openEnd, 'a comma is required to separate each function argument from the next.');
    end = resync(p, T_RPAREN);
    break;
  }
  p.nl = saved;
  return {
    kind: 'call',
    name: fullName,
    nameSpan: { start, end: nameEnd },
    args,
    expandFinal,
    span: { start, end: end ?? Math.max(p.lastEnd, args.length > 0 ? args[args.length - 1].span.end : openEnd) },
  };
}

/**
 * Reports what stands where a separator or closer was expected in a list:
 * the end of the file or the start of the next item or block means the
 * bracket was never closed, anything else is a missing separator.
 */
export function unexpectedInList(p: Parser, what: string, open: string, close: string, openStart: number, openEnd: number, separatorDetail: string): void {
  const tk = p.tk;
  if (tk === T_EOF) p.fail(`Unterminated ${what}: there is no closing "${close}" before the end of the file.`, openStart, openEnd);
  else if (tk === T_RBRACE || tk === T_RBRACK || tk === T_RPAREN || (tk === T_IDENT && p.ts > openEnd && p.isLineStart(p.ts) && (looksLikeAttribute(p.text, p.ts) || looksLikeHeader(p.text, p.ts))))
    p.fail(`Unclosed ${what}: this "${open}" has no matching "${close}".`, openStart, openEnd);
  else p.failHere('Missing separator', separatorDetail);
}

/** Attribute access, indexes, legacy indexes and splats after a term. */
export function parseTraversals(p: Parser, obj: Expression, start: number): Expression {
  for (;;) {
    if (p.lost) return obj;
    const tk = p.peek();
    if (tk === T_DOT) {
      const dotStart = p.ts;
      const dotEnd = p.te;
      p.next();
      const t2 = p.peek();
      if (t2 === T_IDENT) {
        obj = getAttr(p, obj, start);
      } else if (t2 === T_NUMBER) {
        obj = legacyIndex(p, obj, start);
      } else if (t2 === T_STAR) {
        obj = attrSplat(p, obj, start, dotStart);
      } else {
        p.failHere('Invalid attribute name', 'an attribute name is required after a dot.');
        return p.invalid(start, dotEnd);
      }
    } else if (tk === T_LBRACK) {
      obj = indexOrSplat(p, obj, start);
    } else return obj;
  }
}

function getAttr(p: Parser, obj: Expression, start: number): GetAttrExpr {
  const node: GetAttrExpr = { kind: 'getattr', object: obj, name: p.tokenText(), nameSpan: { start: p.ts, end: p.te }, span: { start, end: p.te } };
  p.next();
  return node;
}

/** `a.0`: HIL's index syntax. `a.0.1` lexes `0.1` as one number, which HCL rejects. */
function legacyIndex(p: Parser, obj: Expression, start: number): IndexExpr {
  const ns = p.ts;
  const ne = p.te;
  const raw = p.tokenText();
  p.next();
  const dot = raw.indexOf('.');
  if (dot < 0) return { kind: 'index', object: obj, key: numberLit(raw, ns, ne), legacy: true, span: { start, end: ne } };
  p.error(`Invalid legacy index syntax: chaining two legacy indexes is not permitted; use [${raw.slice(0, dot)}][${raw.slice(dot + 1)}] instead.`, ns, ne);
  const first: IndexExpr = { kind: 'index', object: obj, key: numberLit(raw.slice(0, dot), ns, ns + dot), legacy: true, span: { start, end: ns + dot } };
  return { kind: 'index', object: first, key: numberLit(raw.slice(dot + 1), ns + dot + 1, ne), legacy: true, span: { start, end: ne } };
}

function numberLit(raw: string, start: number, end: number): LiteralExpr {
  return { kind: 'literal', value: Number(raw), raw, span: { start, end } };
}

/** `.*` followed by attribute names (and legacy indexes) applied to each element. */
function attrSplat(p: Parser, obj: Expression, start: number, dotStart: number): SplatExpr {
  let end = p.te;
  p.next();
  const star: VariableExpr = { kind: 'variable', name: '*', span: { start: dotStart, end } };
  let each: Expression = star;
  while (p.peek() === T_DOT) {
    p.next();
    const tk = p.peek();
    if (tk === T_IDENT) each = getAttr(p, each, dotStart);
    else if (tk === T_NUMBER) each = legacyIndex(p, each, dotStart);
    else {
      if (tk === T_STAR) p.failHere('Nested splat expression not allowed', 'a splat expression (*) cannot be used inside another attribute-only splat expression.');
      else p.failHere('Invalid attribute name', 'an attribute name is required after a dot.');
      break;
    }
    end = each.span.end;
  }
  const node: SplatExpr = { kind: 'splat', object: obj, style: 'attr', span: { start, end } };
  if (each !== star) node.each = each;
  return node;
}

/** `[key]`, or `[*]` followed by any traversal applied to each element. */
function indexOrSplat(p: Parser, obj: Expression, start: number): Expression {
  const open = p.ts;
  p.next();
  if (p.peek() === T_STAR) {
    p.next();
    if (p.peek() === T_RBRACK) p.next();
    else {
      p.failHere('Missing close bracket on splat index', 'the star of a full splat operator must be immediately followed by "]".');
      if (resync(p, T_RBRACK) === undefined) return { kind: 'splat', object: obj, style: 'full', span: { start, end: p.lastEnd } };
    }
    const star: VariableExpr = { kind: 'variable', name: '*', span: { start: open, end: p.lastEnd } };
    const each = parseTraversals(p, star, open);
    const node: SplatExpr = { kind: 'splat', object: obj, style: 'full', span: { start, end: each.span.end } };
    if (each !== star) node.each = each;
    return node;
  }
  const saved = p.nl;
  p.nl = false;
  const key = parseExpression(p);
  let end: number | undefined;
  if (!p.lost && p.peek() === T_RBRACK) {
    end = p.te;
    p.next();
  } else {
    if (!p.lost) p.failHere('Missing close bracket on index', 'the index operator must end with a closing bracket ("]").');
    end = resync(p, T_RBRACK);
  }
  p.nl = saved;
  return { kind: 'index', object: obj, key, legacy: false, span: { start, end: end ?? Math.max(p.lastEnd, key.span.end) } };
}
