/**
 * Terraform expression evaluation over a scope (variables, locals, `each`,
 * `count`, for-expression and dynamic-block bindings). Whatever Terraform only
 * knows at plan/apply time (resource attributes, data sources, module outputs,
 * unset variables) evaluates to Unknown with a reason; a plain reference keeps
 * its text so linked resources can be joined. Errors Terraform would raise
 * (type mismatch, missing key) become Unknown too — never a guess.
 */
import type * as hcl from '../hcl/ast';
import { EvalError, fail, functions, impureFunctions } from './functions';
import { asBool, asNumber, asString, equal, firstUnknown, isRecord, isUnknown, record, typeName, Unknown, type TfValue } from './tf-value';

export interface EvalScope {
  /** `var.<name>`. */
  variable(name: string): TfValue;
  /** `local.<name>`. */
  local(name: string): TfValue;
  /** `each.key` / `each.value` inside a resource with `for_each`. */
  each?: { key: TfValue; value: TfValue };
  /** `count.index` inside a resource with `count`. */
  countIndex?: TfValue;
  /** Names bound by `for` expressions and `dynamic` iterators. */
  bindings?: ReadonlyMap<string, TfValue>;
  /** The module's override-file `resource` blocks by `type.name` (Terraform merges them into the original). */
  resourceOverrides?: ReadonlyMap<string, readonly hcl.Block[]>;
  /** Runs `fn` and says which variables it read, directly or through locals (a module scope offers it). */
  track?<T>(fn: () => T): { value: T; variables: ReadonlySet<string> };
}

/** A scope with nothing known: what a single expression outside any module sees. */
export const emptyScope: EvalScope = {
  variable: (name) => new Unknown(`variable var.${name} not declared in this file`, `var.${name}`),
  local: (name) => new Unknown(`local.${name} not declared in this file`, `local.${name}`),
};

export function withBindings(scope: EvalScope, bindings: Iterable<[string, TfValue]>): EvalScope {
  const next = new Map(scope.bindings ?? []);
  for (const [k, v] of bindings) next.set(k, v);
  return { ...scope, bindings: next };
}

/** Evaluates an expression; Terraform errors become Unknown with the error as reason. */
export function evaluate(expr: hcl.Expression, scope: EvalScope): TfValue {
  try {
    return evalExpr(expr, scope);
  } catch (error) {
    if (error instanceof EvalError) return new Unknown(`error: ${error.message}`);
    if (error instanceof RangeError) return new Unknown('error: expression too deep');
    throw error;
  }
}

const namespaces = new Set(['var', 'local', 'each', 'count', 'path', 'terraform', 'self']);

function evalExpr(expr: hcl.Expression, scope: EvalScope): TfValue {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'template':
      return template(expr.parts, scope);
    case 'parens':
      return evalExpr(expr.expr, scope);
    case 'variable':
      return root(expr.name, scope);
    case 'getattr':
      return getAttr(expr, scope);
    case 'index':
      return index(evalExpr(expr.object, scope), evalExpr(expr.key, scope));
    case 'splat':
      return splat(expr, scope);
    case 'call':
      return call(expr, scope);
    case 'tuple':
      return expr.items.map((i) => evalExpr(i, scope));
    case 'object': {
      const out = record();
      for (const item of expr.items) {
        const key = item.keyName ?? evalExpr(item.key, scope);
        if (isUnknown(key)) return key;
        const name = asString(key);
        if (name === undefined) fail(`object key must be a string, got ${typeName(key)}`);
        out[name] = evalExpr(item.value, scope);
      }
      return out;
    }
    case 'unary': {
      const operand = evalExpr(expr.operand, scope);
      if (isUnknown(operand)) return operand;
      if (expr.op === '-') return -(asNumber(operand) ?? fail('unary minus on a non-number'));
      return !(asBool(operand) ?? fail('! on a non-bool'));
    }
    case 'binary':
      return binary(expr, scope);
    case 'conditional': {
      const cond = evalExpr(expr.cond, scope);
      if (isUnknown(cond)) {
        const a = evalExpr(expr.then, scope);
        const b = evalExpr(expr.else, scope);
        return !firstUnknown(a) && equal(a, b) ? a : cond;
      }
      const truth = asBool(cond);
      if (truth === undefined) fail('condition is not a bool');
      return evalExpr(truth ? expr.then : expr.else, scope);
    }
    case 'for':
      return forExpr(expr, scope);
    default:
      return new Unknown(`${expr.kind} expression`);
  }
}

function root(name: string, scope: EvalScope): TfValue {
  const bound = scope.bindings?.get(name);
  if (bound !== undefined) return bound;
  if (name === 'data') return new Unknown('data source (read at plan time)', 'data');
  if (name === 'module') return new Unknown('module output', 'module');
  if (namespaces.has(name)) return new Unknown(`${name} (needs an attribute)`, name);
  return new Unknown('resource attribute (known after apply)', name);
}

function getAttr(expr: hcl.GetAttrExpr, scope: EvalScope): TfValue {
  const object = expr.object;
  if (object.kind === 'variable' && !scope.bindings?.has(object.name)) {
    switch (object.name) {
      case 'var':
        return scope.variable(expr.name);
      case 'local':
        return scope.local(expr.name);
      case 'each':
        if (expr.name === 'key' || expr.name === 'value') return scope.each?.[expr.name] ?? new Unknown(`each.${expr.name} (for_each not known)`, `each.${expr.name}`);
        break;
      case 'count':
        if (expr.name === 'index') return scope.countIndex ?? new Unknown('count.index (one analysis for all instances)', 'count.index');
        break;
      case 'path':
        return new Unknown(`path.${expr.name} (machine-dependent)`, `path.${expr.name}`);
      case 'terraform':
        return new Unknown(`terraform.${expr.name} (chosen at run time)`, `terraform.${expr.name}`);
      case 'self':
        return new Unknown('self (known after apply)', `self.${expr.name}`);
    }
  }
  return attribute(evalExpr(object, scope), expr.name);
}

function attribute(value: TfValue, name: string): TfValue {
  if (isUnknown(value)) return new Unknown(value.reason, value.reference === undefined ? undefined : `${value.reference}.${name}`);
  if (isRecord(value)) {
    if (name in value) return value[name];
    fail(`no attribute "${name}"`);
  }
  if (value === null) fail(`attribute "${name}" of null`);
  fail(`attribute "${name}" of a ${typeName(value)}`);
}

/**
 * `aws_s3_bucket.this[0]` / `[each.key]`: an instance of a resource keeps the
 * resource's reference, so linked resources (split S3 settings, rules of a
 * security group) join the resource whichever instance they name.
 */
function instanceReference(value: Unknown): string | undefined {
  const reference = value.reference;
  if (reference === undefined || namespaces.has(reference.split('.')[0]) || reference.startsWith('data.') || reference.startsWith('module.')) return undefined;
  return /^[a-z][a-z0-9]*_[\w-]*\.[\w-]+$/.test(reference) ? reference : undefined;
}

function index(value: TfValue, key: TfValue): TfValue {
  if (isUnknown(value)) return new Unknown(value.reason, instanceReference(value));
  if (isUnknown(key)) return key;
  if (Array.isArray(value)) {
    const n = asNumber(key);
    if (n === undefined || !Number.isInteger(n)) fail('list index must be a whole number');
    if (n < 0 || n >= value.length) fail(`index ${n} out of range (length ${value.length})`);
    return value[n];
  }
  if (isRecord(value)) {
    const k = asString(key);
    if (k === undefined) fail('map key must be a string');
    if (k in value) return value[k];
    fail(`no key "${k}"`);
  }
  fail(`cannot index a ${typeName(value)}`);
}

function splat(expr: hcl.SplatExpr, scope: EvalScope): TfValue {
  const value = evalExpr(expr.object, scope);
  if (isUnknown(value)) return new Unknown(value.reason);
  const items = Array.isArray(value) ? value : value === null ? [] : expr.style === 'full' ? [value] : fail('.* on a non-list');
  if (!expr.each) return items;
  const each = expr.each;
  return items.map((item) => evalExpr(each, withBindings(scope, [['*', item]])));
}

function template(parts: readonly hcl.TemplatePart[], scope: EvalScope): TfValue {
  // "${x}" alone yields x itself, not its string form.
  if (parts.length === 1 && parts[0].kind === 'interpolation') return evalExpr(parts[0].expr, scope);
  let out = '';
  for (const part of parts) {
    const piece = templatePart(part, scope);
    if (isUnknown(piece)) return piece;
    out += piece;
  }
  return out;
}

function templatePart(part: hcl.TemplatePart, scope: EvalScope): string | Unknown {
  switch (part.kind) {
    case 'text':
      return part.value;
    case 'interpolation': {
      const value = evalExpr(part.expr, scope);
      if (isUnknown(value)) return value;
      if (value === null) fail('null in a template');
      return asString(value) ?? fail(`cannot interpolate a ${typeName(value)}`);
    }
    case 'if': {
      const cond = evalExpr(part.cond, scope);
      if (isUnknown(cond)) return cond;
      const branch = asBool(cond) ? part.then : (part.else ?? []);
      return stringOf(template(branch, scope));
    }
    case 'for': {
      const collection = evalExpr(part.collection, scope);
      if (isUnknown(collection)) return collection;
      let out = '';
      for (const [k, v] of pairs(collection)) {
        const inner = withBindings(scope, part.keyVar ? [[part.keyVar, k], [part.valueVar, v]] : [[part.valueVar, v]]);
        const piece = stringOf(template(part.body, inner));
        if (isUnknown(piece)) return piece;
        out += piece;
      }
      return out;
    }
  }
}

function stringOf(value: TfValue): string | Unknown {
  if (isUnknown(value)) return value;
  return asString(value) ?? fail(`cannot interpolate a ${typeName(value)}`);
}

/** (key, value) pairs of a collection: index for lists, key for maps. */
function pairs(collection: TfValue): [TfValue, TfValue][] {
  if (Array.isArray(collection)) return collection.map((v, i) => [i, v]);
  if (isRecord(collection)) return Object.keys(collection).sort().map((k) => [k, collection[k]]);
  fail(`cannot iterate over a ${typeName(collection)}`);
}

function forExpr(expr: hcl.ForExpr, scope: EvalScope): TfValue {
  const collection = evalExpr(expr.collection, scope);
  if (isUnknown(collection)) return collection;
  const list: TfValue[] = [];
  const object = record();
  const grouped = new Map<string, TfValue[]>();
  for (const [k, v] of pairs(collection)) {
    const inner = withBindings(scope, expr.keyVar ? [[expr.keyVar, k], [expr.valueVar, v]] : [[expr.valueVar, v]]);
    if (expr.cond) {
      const keep = evalExpr(expr.cond, inner);
      if (isUnknown(keep)) return keep;
      if (!(asBool(keep) ?? fail('for condition is not a bool'))) continue;
    }
    const value = evalExpr(expr.valueExpr, inner);
    if (!expr.keyExpr) {
      list.push(value);
      continue;
    }
    const key = evalExpr(expr.keyExpr, inner);
    if (isUnknown(key)) return key;
    const name = asString(key) ?? fail('for key is not a string');
    if (expr.grouping) grouped.set(name, [...(grouped.get(name) ?? []), value]);
    else if (name in object) fail(`duplicate key "${name}" in for expression`);
    else object[name] = value;
  }
  if (!expr.keyExpr) return list;
  if (expr.grouping) return record([...grouped.keys()].sort().map((k) => [k, grouped.get(k)!]));
  return object;
}

function binary(expr: hcl.BinaryExpr, scope: EvalScope): TfValue {
  const left = evalExpr(expr.left, scope);
  const right = evalExpr(expr.right, scope);
  if (expr.op === '&&' || expr.op === '||') {
    const a = isUnknown(left) ? left : (asBool(left) ?? fail(`${expr.op} on a non-bool`));
    const b = isUnknown(right) ? right : (asBool(right) ?? fail(`${expr.op} on a non-bool`));
    const decisive = expr.op === '&&' ? false : true;
    if (a === decisive || b === decisive) return decisive;
    if (isUnknown(a)) return a;
    if (isUnknown(b)) return b;
    return !decisive;
  }
  const unknown = isUnknown(left) ? left : isUnknown(right) ? right : firstUnknown(left) ?? firstUnknown(right);
  if (unknown) return unknown;
  if (expr.op === '==') return equal(left, right);
  if (expr.op === '!=') return !equal(left, right);
  const a = asNumber(left) ?? fail(`${expr.op} on a ${typeName(left)}`);
  const b = asNumber(right) ?? fail(`${expr.op} on a ${typeName(right)}`);
  switch (expr.op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0) fail('division by zero');
      return a / b;
    case '%':
      if (b === 0) fail('modulo by zero');
      return a % b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    default:
      return a >= b;
  }
}

/** Functions that accept collections with unknown elements (only the top-level arguments must be known). */
const tolerant = new Set(['length', 'concat', 'merge', 'lookup', 'element', 'keys', 'values', 'tolist', 'tomap', 'slice', 'one', 'reverse', 'coalesce', 'coalescelist', 'sensitive', 'nonsensitive', 'zipmap']);

function call(expr: hcl.CallExpr, scope: EvalScope): TfValue {
  const name = expr.name;
  if (name === 'try') {
    for (const arg of expr.args) {
      try {
        return evalExpr(arg, scope);
      } catch (error) {
        if (!(error instanceof EvalError)) throw error;
      }
    }
    fail('try: no argument succeeded');
  }
  if (name === 'can') {
    try {
      const value = expr.args.length ? evalExpr(expr.args[0], scope) : null;
      return firstUnknown(value) ?? true;
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      return false;
    }
  }
  if (name.includes('::')) return new Unknown(`provider function ${name}()`);
  if (impureFunctions.has(name)) return new Unknown(`${name}() reads files, the machine or the clock`);
  const fn = functions[name];
  if (!fn) return new Unknown(`function ${name}() not supported`);
  let args = expr.args.map((a) => evalExpr(a, scope));
  if (expr.expandFinal && args.length) {
    const last = args[args.length - 1];
    if (isUnknown(last)) return last;
    if (!Array.isArray(last)) fail(`${name}: ... needs a list`);
    args = [...args.slice(0, -1), ...last];
  }
  const missing = tolerant.has(name) ? args.find(isUnknown) : args.map(firstUnknown).find((u) => u !== undefined);
  if (missing) return new Unknown(missing.reason);
  return fn(args);
}
