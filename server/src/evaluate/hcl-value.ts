/**
 * Static values of HCL expressions. This first evaluator knows literals,
 * plain strings, tuples, objects and negation; anything else (references,
 * function calls, interpolation) is unknown — and unknown never produces a
 * finding. The Terraform semantics issue widens this to variables and locals.
 */
import type * as hcl from '../hcl/ast';
import type { MEntry, MObject, MValue } from '../model/types';

export function evaluateHcl(expr: hcl.Expression): MValue {
  switch (expr.kind) {
    case 'literal':
      return { kind: 'scalar', value: expr.value, span: expr.span, origin: 'explicit' };
    case 'template': {
      if (expr.parts.every((p) => p.kind === 'text')) {
        const value = expr.parts.map((p) => (p as hcl.TemplateText).value).join('');
        return { kind: 'scalar', value, span: expr.span, origin: 'explicit' };
      }
      return unknown(expr, 'template with interpolation');
    }
    case 'parens':
      return { ...evaluateHcl(expr.expr), span: expr.span };
    case 'unary': {
      const operand = evaluateHcl(expr.operand);
      if (operand.kind !== 'scalar') return unknown(expr, 'operand not known');
      if (expr.op === '-' && typeof operand.value === 'number') return { kind: 'scalar', value: -operand.value, span: expr.span, origin: 'explicit' };
      if (expr.op === '!' && typeof operand.value === 'boolean') return { kind: 'scalar', value: !operand.value, span: expr.span, origin: 'explicit' };
      return unknown(expr, 'operator on a value of another type');
    }
    case 'tuple':
      return { kind: 'list', items: expr.items.map(evaluateHcl), span: expr.span, origin: 'explicit' };
    case 'object':
      return objectValue(expr);
    case 'variable':
    case 'getattr':
    case 'index':
    case 'splat':
      return { kind: 'unknown', reason: 'reference', span: expr.span, origin: 'explicit', reference: traversalText(expr) };
    case 'call':
      return unknown(expr, `function ${expr.name}()`);
    default:
      return unknown(expr, `${expr.kind} expression`);
  }
}

function objectValue(expr: hcl.ObjectExpr): MObject {
  const object: MObject = { kind: 'object', entries: new Map(), span: expr.span, origin: 'explicit', syntax: { format: 'hcl-object', expr } };
  for (const item of expr.items) {
    const key = item.keyName ?? keyOf(item.key);
    if (key === undefined) continue;
    const value = evaluateHcl(item.value);
    if (value.kind === 'object') value.parent = { object, key };
    const entry: MEntry = { key, keySpan: item.key.span, value, span: item.span };
    object.entries.set(key, entry);
  }
  return object;
}

function keyOf(key: hcl.Expression): string | undefined {
  const value = evaluateHcl(key);
  return value.kind === 'scalar' && typeof value.value === 'string' ? value.value : undefined;
}

/** `a.b.c` for a plain attribute traversal, else undefined. */
function traversalText(expr: hcl.Expression): string | undefined {
  if (expr.kind === 'variable') return expr.name;
  if (expr.kind === 'getattr') {
    const head = traversalText(expr.object);
    return head === undefined ? undefined : `${head}.${expr.name}`;
  }
  return undefined;
}

function unknown(expr: hcl.Expression, reason: string): MValue {
  return { kind: 'unknown', reason, span: expr.span, origin: 'explicit' };
}
