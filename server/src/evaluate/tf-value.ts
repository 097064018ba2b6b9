/**
 * The evaluator's own value shape: plain JavaScript values (string, number,
 * boolean, null, arrays for lists/tuples/sets, null-prototype records for
 * maps/objects) plus `Unknown`, which carries why the value cannot be known
 * statically and, for plain references, the reference text (for linking).
 */
import type { Span } from '../core/text';
import type { MList, MObject, MValue } from '../model/types';

export class Unknown {
  constructor(
    readonly reason: string,
    readonly reference?: string,
  ) {}
}

export type TfRecord = { [key: string]: TfValue };
export type TfValue = string | number | boolean | null | TfValue[] | TfRecord | Unknown;

export function isUnknown(value: TfValue): value is Unknown {
  return value instanceof Unknown;
}

export function isRecord(value: TfValue): value is TfRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Unknown);
}

export function record(entries: Iterable<[string, TfValue]> = []): TfRecord {
  const out: TfRecord = Object.create(null) as TfRecord;
  for (const [k, v] of entries) out[k] = v;
  return out;
}

/** The first unknown anywhere inside a value (deep), so a function can refuse partially known input. */
export function firstUnknown(value: TfValue): Unknown | undefined {
  if (value instanceof Unknown) return value;
  if (Array.isArray(value)) {
    for (const item of value) {
      const u = firstUnknown(item);
      if (u) return u;
    }
  } else if (isRecord(value)) {
    for (const key of Object.keys(value)) {
      const u = firstUnknown(value[key]);
      if (u) return u;
    }
  }
  return undefined;
}

/** Terraform's string form of a primitive; undefined for collections and unknown. */
export function asString(value: TfValue): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return undefined;
}

export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return Number.isSafeInteger(n) ? String(n) : BigInt(n).toString();
  return String(n);
}

export function asNumber(value: TfValue): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

export function asBool(value: TfValue): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** Deep equality with Terraform's loose number/string separation (types must match). */
export function equal(a: TfValue, b: TfValue): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => k in b && equal(a[k], b[k]));
  }
  return false;
}

/** `equal`, and unknowns alike when they say the same (a model built from either is the same). */
export function sameValue(a: TfValue, b: TfValue): boolean {
  if (a === b) return true;
  if (a instanceof Unknown && b instanceof Unknown) return a.reason === b.reason && a.reference === b.reference;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && sameValue(a[k], b[k]));
  }
  return false;
}

export function typeName(value: TfValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (value instanceof Unknown) return 'unknown';
  if (typeof value === 'object') return 'object';
  return typeof value;
}

/** A computed value as a model value; every node points at the expression it came from. */
export function toModel(value: TfValue, span: Span | undefined): MValue {
  if (value instanceof Unknown) return { kind: 'unknown', reason: value.reason, reference: value.reference, span, origin: 'explicit' };
  if (Array.isArray(value)) {
    const list: MList = { kind: 'list', items: value.map((v) => toModel(v, span)), span, origin: 'explicit' };
    return list;
  }
  if (isRecord(value)) {
    const object: MObject = { kind: 'object', entries: new Map(), span, origin: 'explicit' };
    for (const key of Object.keys(value)) {
      const child = toModel(value[key], span);
      if (child.kind === 'object') child.parent = { object, key };
      object.entries.set(key, { key, value: child, span });
    }
    return object;
  }
  return { kind: 'scalar', value, span, origin: 'explicit' };
}

/** A model value back to an evaluator value (e.g. a module input evaluated in the caller). */
export function fromModel(value: MValue): TfValue {
  switch (value.kind) {
    case 'scalar':
      return value.value;
    case 'list':
      return value.items.map(fromModel);
    case 'object':
      return record([...value.entries].map(([k, e]) => [k, fromModel(e.value)]));
    default:
      return new Unknown(value.reason, value.reference);
  }
}

/** Short display (hover): JSON-like, truncated. */
export function display(value: TfValue, limit = 400): string {
  const text = render(value);
  return text.length > limit ? text.slice(0, limit) + '…' : text;
}

function render(value: TfValue): string {
  if (value instanceof Unknown) return `(known after apply: ${value.reason})`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(render).join(', ')}]`;
  if (isRecord(value)) return `{ ${Object.keys(value).map((k) => `${/^[A-Za-z_][\w-]*$/.test(k) ? k : JSON.stringify(k)} = ${render(value[k])}`).join(', ')} }`;
  return value === null ? 'null' : asString(value) ?? String(value);
}
