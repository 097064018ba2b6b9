/**
 * Input variables: type constraints (`string`, `list(object({…}))`,
 * `optional(T, default)`…), Terraform's conversions between them, and the
 * values given by `terraform.tfvars`, `*.auto.tfvars` and their `.json` forms.
 */
import { parseHcl } from '../hcl';
import type * as hcl from '../hcl/ast';
import { EvalError, fromJson } from './functions';
import { emptyScope, evaluate } from './expression';
import { asBool, asNumber, asString, equal, isRecord, isUnknown, record, typeName, Unknown, type TfValue } from './tf-value';

export type TypeSpec =
  | { kind: 'any' | 'string' | 'number' | 'bool' }
  | { kind: 'list' | 'set' | 'map'; element: TypeSpec }
  | { kind: 'tuple'; elements: TypeSpec[] }
  | { kind: 'object'; attributes: Map<string, { type: TypeSpec; optional: boolean; default?: TfValue }> };

const any: TypeSpec = { kind: 'any' };

/** A `type = …` expression as a TypeSpec; anything unreadable is `any` (no conversion). */
export function typeSpecOf(expr: hcl.Expression | undefined): TypeSpec {
  if (!expr) return any;
  if (expr.kind === 'variable') {
    if (expr.name === 'string' || expr.name === 'number' || expr.name === 'bool') return { kind: expr.name };
    if (expr.name === 'list' || expr.name === 'set' || expr.name === 'map') return { kind: expr.name, element: any };
    return any;
  }
  if (expr.kind !== 'call') return any;
  const [first] = expr.args;
  switch (expr.name) {
    case 'list':
    case 'set':
    case 'map':
      return { kind: expr.name, element: typeSpecOf(first) };
    case 'tuple':
      return first?.kind === 'tuple' ? { kind: 'tuple', elements: first.items.map(typeSpecOf) } : any;
    case 'object': {
      if (first?.kind !== 'object') return any;
      const attributes = new Map<string, { type: TypeSpec; optional: boolean; default?: TfValue }>();
      for (const item of first.items) {
        if (!item.keyName) continue;
        const v = item.value;
        if (v.kind === 'call' && v.name === 'optional') {
          const fallback = v.args[1] ? evaluate(v.args[1], emptyScope) : undefined;
          attributes.set(item.keyName, { type: typeSpecOf(v.args[0]), optional: true, default: fallback });
        } else attributes.set(item.keyName, { type: typeSpecOf(v), optional: false });
      }
      return { kind: 'object', attributes };
    }
    default:
      return any;
  }
}

function fail(message: string): never {
  throw new EvalError(message);
}

/** Terraform's conversion of a value to a type constraint (throws EvalError when it cannot). */
export function convert(value: TfValue, type: TypeSpec): TfValue {
  if (isUnknown(value) || value === null || type.kind === 'any') return value;
  switch (type.kind) {
    case 'string':
      return asString(value) ?? fail(`a ${typeName(value)} is not a string`);
    case 'number':
      return asNumber(value) ?? fail(`"${String(value)}" is not a number`);
    case 'bool':
      return asBool(value) ?? fail(`"${String(value)}" is not a bool`);
    case 'list':
    case 'set': {
      if (!Array.isArray(value)) fail(`a ${typeName(value)} is not a ${type.kind}`);
      const items = value.map((v) => convert(v, type.element));
      if (type.kind === 'list') return items;
      const out: TfValue[] = [];
      for (const item of items) if (!out.some((o) => equal(o, item))) out.push(item);
      return out;
    }
    case 'map': {
      if (!isRecord(value)) fail(`a ${typeName(value)} is not a map`);
      return record(Object.keys(value).map((k) => [k, convert(value[k], type.element)]));
    }
    case 'tuple': {
      if (!Array.isArray(value) || value.length !== type.elements.length) fail('tuple length mismatch');
      return value.map((v, i) => convert(v, type.elements[i]));
    }
    case 'object': {
      if (!isRecord(value)) fail(`a ${typeName(value)} is not an object`);
      const out = record();
      for (const [key, attribute] of type.attributes) {
        if (key in value && value[key] !== null) out[key] = convert(value[key], attribute.type);
        else if (attribute.optional) out[key] = attribute.default === undefined ? null : convert(attribute.default, attribute.type);
        else if (key in value) out[key] = null;
        else fail(`attribute "${key}" is required`);
      }
      return out;
    }
  }
}

export interface VariableDecl {
  name: string;
  type: TypeSpec;
  /** Absent when the variable has no default (it must be given). */
  default?: TfValue;
  nullable: boolean;
}

export function variableDecl(block: hcl.Block): VariableDecl {
  const attrs = new Map(block.body.items.filter((i): i is hcl.Attribute => i.kind === 'attribute').map((a) => [a.name, a.expr]));
  const nullableExpr = attrs.get('nullable');
  const nullable = nullableExpr ? evaluate(nullableExpr, emptyScope) !== false : true;
  const defaultExpr = attrs.get('default');
  return { name: block.labels[0]?.value ?? '', type: typeSpecOf(attrs.get('type')), default: defaultExpr ? evaluate(defaultExpr, emptyScope) : undefined, nullable };
}

/**
 * The value of a variable as Terraform computes it: the given value (tfvars,
 * module input), else the default; `nullable = false` turns a given null into
 * the default; then the type conversion (optional attributes' defaults too).
 */
export function variableValue(decl: VariableDecl, given: TfValue | undefined): TfValue {
  let value = given;
  if (value === null && !decl.nullable) value = undefined;
  if (value === undefined) value = decl.default;
  if (value === undefined) return new Unknown(`variable var.${decl.name} has no default and no value in tfvars`, `var.${decl.name}`);
  if (value === null && !decl.nullable) return new Unknown(`variable var.${decl.name} is null but not nullable`);
  try {
    return convert(value, decl.type);
  } catch (error) {
    if (error instanceof EvalError) return new Unknown(`variable var.${decl.name}: ${error.message}`);
    throw error;
  }
}

/** Whether a file name is a variable-definitions file Terraform loads automatically, in load order. */
export function tfvarsRank(name: string): number | undefined {
  if (name === 'terraform.tfvars') return 0;
  if (name === 'terraform.tfvars.json') return 1;
  if (name.endsWith('.auto.tfvars') || name.endsWith('.auto.tfvars.json')) return 2;
  return undefined;
}

/** The assignments of one variable-definitions file (HCL or JSON); unreadable files give none. */
export function parseTfvars(name: string, text: string): Map<string, TfValue> {
  const out = new Map<string, TfValue>();
  if (name.endsWith('.json')) {
    try {
      const json: unknown = JSON.parse(text);
      if (json && typeof json === 'object' && !Array.isArray(json)) for (const [k, v] of Object.entries(json)) out.set(k, fromJson(v));
    } catch {
      // A broken JSON file sets nothing; Terraform would stop, Onus keeps the defaults.
    }
    return out;
  }
  for (const item of parseHcl(text).body.items) if (item.kind === 'attribute') out.set(item.name, evaluate(item.expr, emptyScope));
  return out;
}

/** tfvars files merged in Terraform's order (later wins): terraform.tfvars, .json, then *.auto.tfvars by name. */
export function mergeTfvars(files: readonly { name: string; text: string }[]): Map<string, TfValue> {
  const ordered = files
    .filter((f) => tfvarsRank(f.name) !== undefined)
    .sort((a, b) => tfvarsRank(a.name)! - tfvarsRank(b.name)! || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out = new Map<string, TfValue>();
  for (const file of ordered) for (const [k, v] of parseTfvars(file.name, file.text)) out.set(k, v);
  return out;
}
