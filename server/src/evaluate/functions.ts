/**
 * Terraform's built-in functions that matter for configuration values. Each
 * takes fully known arguments (the evaluator returns the first unknown
 * argument before calling); a misuse throws EvalError, which the evaluator
 * turns into an unknown with the message as reason (Terraform would fail;
 * Onus must not guess). `try`/`can` are lazy and live in the evaluator.
 */
import { asBool, asNumber, asString, equal, formatNumber, isRecord, record, typeName, type TfRecord, type TfValue } from './tf-value';
import { netFunctions } from './functions-net';
import { encodingFunctions } from './functions-encoding';

/** Control flow (always caught and turned into an unknown), so it records no stack: capturing one costs more than most evaluations. */
export class EvalError extends Error {
  constructor(message: string) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
  }
}

export type TfFunction = (args: TfValue[]) => TfValue;

export function fail(message: string): never {
  throw new EvalError(message);
}

export function str(value: TfValue, fn: string): string {
  const s = asString(value);
  if (s === undefined) fail(`${fn}: expected a string, got ${typeName(value)}`);
  return s;
}

export function num(value: TfValue, fn: string): number {
  const n = asNumber(value);
  if (n === undefined) fail(`${fn}: expected a number, got ${typeName(value)}`);
  return n;
}

export function list(value: TfValue, fn: string): TfValue[] {
  if (Array.isArray(value)) return value;
  fail(`${fn}: expected a list, got ${typeName(value)}`);
}

export function map(value: TfValue, fn: string): TfRecord {
  if (isRecord(value)) return value;
  fail(`${fn}: expected a map, got ${typeName(value)}`);
}

function dedupe(items: TfValue[]): TfValue[] {
  const out: TfValue[] = [];
  for (const item of items) if (!out.some((o) => equal(o, item))) out.push(item);
  return out;
}

function sortedRecord(value: TfRecord): TfRecord {
  return record(Object.keys(value).sort().map((k) => [k, value[k]]));
}

/** Terraform's `format` verbs (the common ones). */
function format(spec: string, args: TfValue[]): string {
  let next = 0;
  return spec.replace(/%(%|(\[\d+\])?([-+ #0]*)(\d+)?(\.\d+)?([vsdfqtxXbeEgGo]))/g, (whole, _all, explicit: string | undefined, flags: string, width: string | undefined, precision: string | undefined, verb: string | undefined) => {
    if (whole === '%%') return '%';
    const index = explicit ? Number(explicit.slice(1, -1)) - 1 : next;
    next = index + 1;
    if (index >= args.length) fail('format: too few arguments');
    const arg = args[index];
    let out: string;
    switch (verb) {
      case 'd':
        out = String(Math.trunc(num(arg, 'format')));
        if (flags.includes('+') && !out.startsWith('-')) out = '+' + out;
        break;
      case 'f':
      case 'e':
      case 'g': {
        const n = num(arg, 'format');
        const p = precision ? Number(precision.slice(1)) : 6;
        out = verb === 'f' ? n.toFixed(p) : verb === 'e' ? n.toExponential(p) : String(n);
        break;
      }
      case 'x':
      case 'X':
        out = Math.trunc(num(arg, 'format')).toString(16);
        if (verb === 'X') out = out.toUpperCase();
        break;
      case 'o':
        out = Math.trunc(num(arg, 'format')).toString(8);
        break;
      case 'b':
        out = Math.trunc(num(arg, 'format')).toString(2);
        break;
      case 'q':
        out = JSON.stringify(str(arg, 'format'));
        break;
      case 't':
        out = String(asBool(arg) ?? fail('format: %t needs a bool'));
        break;
      case 'v':
        out = asString(arg) ?? JSON.stringify(toJson(arg));
        break;
      default:
        out = str(arg, 'format');
        if (precision) out = out.slice(0, Number(precision.slice(1)));
    }
    const w = width ? Number(width) : 0;
    if (out.length < w) out = flags.includes('-') ? out.padEnd(w) : out.padStart(w, flags.includes('0') && verb !== 's' ? '0' : ' ');
    return out;
  });
}

export function toJson(value: TfValue): unknown {
  if (Array.isArray(value)) return value.map(toJson);
  if (isRecord(value)) return Object.fromEntries(Object.keys(value).sort().map((k) => [k, toJson(value[k])]));
  return value;
}

export function fromJson(value: unknown): TfValue {
  if (Array.isArray(value)) return value.map(fromJson);
  if (value !== null && typeof value === 'object') return record(Object.entries(value).map(([k, v]) => [k, fromJson(v)]));
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

function flatten(items: TfValue[]): TfValue[] {
  return items.flatMap((i) => (Array.isArray(i) ? flatten(i) : [i]));
}

function regexOf(pattern: string): RegExp {
  // RE2 and JavaScript agree on the common subset; named groups use (?P<x>) in RE2.
  return new RegExp(pattern.replace(/\(\?P</g, '(?<'));
}

function slice(args: TfValue[]): TfValue {
  const items = list(args[0], 'slice');
  const from = num(args[1], 'slice');
  const to = num(args[2], 'slice');
  if (from < 0 || to > items.length || from > to) fail('slice: index out of range');
  return items.slice(from, to);
}

const stringFunctions: Record<string, TfFunction> = {
  lower: ([s]) => str(s, 'lower').toLowerCase(),
  upper: ([s]) => str(s, 'upper').toUpperCase(),
  title: ([s]) => str(s, 'title').replace(/\b\w/g, (c) => c.toUpperCase()),
  trimspace: ([s]) => str(s, 'trimspace').trim(),
  trim: ([s, cut]) => {
    const chars = [...str(cut, 'trim')];
    let text = str(s, 'trim');
    while (text && chars.includes(text[0])) text = text.slice(1);
    while (text && chars.includes(text[text.length - 1])) text = text.slice(0, -1);
    return text;
  },
  trimprefix: ([s, p]) => {
    const text = str(s, 'trimprefix');
    const prefix = str(p, 'trimprefix');
    return text.startsWith(prefix) ? text.slice(prefix.length) : text;
  },
  trimsuffix: ([s, p]) => {
    const text = str(s, 'trimsuffix');
    const suffix = str(p, 'trimsuffix');
    return suffix && text.endsWith(suffix) ? text.slice(0, -suffix.length) : text;
  },
  startswith: ([s, p]) => str(s, 'startswith').startsWith(str(p, 'startswith')),
  endswith: ([s, p]) => str(s, 'endswith').endsWith(str(p, 'endswith')),
  strcontains: ([s, p]) => str(s, 'strcontains').includes(str(p, 'strcontains')),
  strrev: ([s]) => [...str(s, 'strrev')].reverse().join(''),
  substr: ([s, o, l]) => {
    const chars = [...str(s, 'substr')];
    let offset = num(o, 'substr');
    let length = num(l, 'substr');
    if (offset < 0) offset = chars.length + offset;
    if (length < 0) length = chars.length - offset;
    return chars.slice(offset, offset + length).join('');
  },
  split: ([sep, s]) => {
    const text = str(s, 'split');
    return text === '' ? [''] : text.split(str(sep, 'split'));
  },
  join: ([sep, ...lists]) => lists.flatMap((l) => list(l, 'join').map((i) => str(i, 'join'))).join(str(sep, 'join')),
  replace: ([s, search, rep]) => {
    const text = str(s, 'replace');
    const needle = str(search, 'replace');
    const replacement = str(rep, 'replace');
    if (needle.length > 1 && needle.startsWith('/') && needle.endsWith('/')) return text.replace(new RegExp(regexOf(needle.slice(1, -1)).source, 'g'), replacement.replace(/\$\{(\w+)\}/g, '$<$1>'));
    return text.split(needle).join(replacement);
  },
  format: ([spec, ...rest]) => format(str(spec, 'format'), rest),
  formatlist: ([spec, ...rest]) => {
    const lengths = rest.filter(Array.isArray).map((l) => l.length);
    const n = lengths.length ? lengths[0] : 1;
    return Array.from({ length: n }, (_, i) => format(str(spec, 'formatlist'), rest.map((r) => (Array.isArray(r) ? r[i] : r))));
  },
  indent: ([n, s]) => str(s, 'indent').split('\n').map((line, i) => (i === 0 ? line : ' '.repeat(num(n, 'indent')) + line)).join('\n'),
  chomp: ([s]) => str(s, 'chomp').replace(/(\r?\n)+$/, ''),
  regex: ([p, s]) => {
    const match = regexOf(str(p, 'regex')).exec(str(s, 'regex'));
    if (!match) fail('regex: no match');
    if (match.groups) return record(Object.entries(match.groups).map(([k, v]) => [k, v ?? null]));
    return match.length > 1 ? match.slice(1).map((m) => m ?? null) : match[0];
  },
  regexall: ([p, s]) => {
    const re = new RegExp(regexOf(str(p, 'regexall')).source, 'g');
    return [...str(s, 'regexall').matchAll(re)].map((m) => (m.length > 1 ? m.slice(1).map((x) => x ?? null) : m[0]));
  },
  basename: ([p]) => str(p, 'basename').replace(/\/+$/, '').split('/').pop() || '/',
  dirname: ([p]) => {
    const path = str(p, 'dirname');
    const at = path.lastIndexOf('/');
    return at < 0 ? '.' : at === 0 ? '/' : path.slice(0, at);
  },
  tostring: ([v]) => (v === null ? null : str(v, 'tostring')),
  tonumber: ([v]) => (v === null ? null : num(v, 'tonumber')),
  tobool: ([v]) => (v === null ? null : asBool(v) ?? fail('tobool: not a bool')),
};

const collectionFunctions: Record<string, TfFunction> = {
  length: ([v]) => {
    if (typeof v === 'string') return [...v].length;
    if (Array.isArray(v)) return v.length;
    if (isRecord(v)) return Object.keys(v).length;
    fail('length: expected a collection or string');
  },
  concat: (lists) => lists.flatMap((l) => list(l, 'concat')),
  flatten: ([l]) => flatten(list(l, 'flatten')),
  distinct: ([l]) => dedupe(list(l, 'distinct')),
  compact: ([l]) => list(l, 'compact').filter((i) => i !== null && i !== ''),
  contains: ([l, v]) => list(l, 'contains').some((i) => equal(i, v)),
  element: ([l, i]) => {
    const items = list(l, 'element');
    if (items.length === 0) fail('element: empty list');
    const n = Math.trunc(num(i, 'element'));
    if (n < 0) fail('element: negative index');
    return items[n % items.length];
  },
  index: ([l, v]) => {
    const at = list(l, 'index').findIndex((i) => equal(i, v));
    if (at < 0) fail('index: item not found');
    return at;
  },
  keys: ([m]) => Object.keys(map(m, 'keys')).sort(),
  values: ([m]) => {
    const r = map(m, 'values');
    return Object.keys(r).sort().map((k) => r[k]);
  },
  lookup: ([m, k, d]) => {
    const r = map(m, 'lookup');
    const key = str(k, 'lookup');
    if (key in r) return r[key];
    if (d === undefined) fail(`lookup: no key "${key}"`);
    return d;
  },
  merge: (maps) => {
    const out = record();
    for (const m of maps) {
      if (m === null) continue;
      const r = map(m, 'merge');
      for (const k of Object.keys(r)) out[k] = r[k];
    }
    return out;
  },
  zipmap: ([k, v]) => {
    const ks = list(k, 'zipmap');
    const vs = list(v, 'zipmap');
    if (ks.length !== vs.length) fail('zipmap: lists of different lengths');
    return record(ks.map((key, i) => [str(key, 'zipmap'), vs[i]]));
  },
  tolist: ([v]) => (v === null ? null : list(v, 'tolist')),
  toset: ([v]) => {
    if (v === null) return null;
    const items = list(v, 'toset');
    // Mixed primitives unify to strings; a set of strings iterates in lexical order.
    const mixed = new Set(items.map((i) => typeof i)).size > 1 && items.every((i) => asString(i) !== undefined);
    const unified = dedupe(mixed ? items.map((i) => asString(i)!) : items);
    return unified.every((i) => typeof i === 'string') ? [...unified].sort() : unified;
  },
  tomap: ([v]) => (v === null ? null : sortedRecord(map(v, 'tomap'))),
  coalesce: (args) => {
    for (const a of args) if (a !== null && a !== '') return a;
    fail('coalesce: no non-null argument');
  },
  coalescelist: (args) => {
    for (const a of args) if (list(a, 'coalescelist').length > 0) return a;
    fail('coalescelist: no non-empty list');
  },
  one: ([l]) => {
    const items = list(l, 'one');
    if (items.length > 1) fail('one: more than one element');
    return items.length ? items[0] : null;
  },
  reverse: ([l]) => [...list(l, 'reverse')].reverse(),
  sort: ([l]) => list(l, 'sort').map((i) => str(i, 'sort')).sort(),
  slice: (args) => slice(args),
  range: (args) => {
    const ns = args.map((a) => num(a, 'range'));
    const [start, end, step] = ns.length === 1 ? [0, ns[0], 1] : [ns[0], ns[1], ns[2] ?? (ns[0] <= ns[1] ? 1 : -1)];
    if (step === 0) fail('range: step 0');
    const out: number[] = [];
    for (let i = start; step > 0 ? i < end : i > end; i += step) {
      out.push(i);
      if (out.length > 1024) fail('range: more than 1024 elements');
    }
    return out;
  },
  setunion: (sets) => dedupe(sets.flatMap((s) => list(s, 'setunion'))),
  setintersection: ([first, ...rest]) => dedupe(list(first, 'setintersection').filter((i) => rest.every((r) => list(r, 'setintersection').some((x) => equal(x, i))))),
  setsubtract: ([a, b]) => list(a, 'setsubtract').filter((i) => !list(b, 'setsubtract').some((x) => equal(x, i))),
  setproduct: (sets) => {
    const lists = sets.map((s) => list(s, 'setproduct'));
    // Bounded so a static analysis never builds a huge product.
    if (lists.reduce((n, l) => n * l.length, 1) > 10000) fail('setproduct: more than 10000 elements');
    return lists.reduce<TfValue[][]>((acc, s) => acc.flatMap((prefix) => s.map((x) => [...prefix, x])), [[]]);
  },
  chunklist: ([l, n]) => {
    const items = list(l, 'chunklist');
    const size = num(n, 'chunklist');
    if (size <= 0) return [items];
    const out: TfValue[][] = [];
    for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
    return out;
  },
  transpose: ([m]) => {
    const out: Record<string, string[]> = {};
    const r = map(m, 'transpose');
    for (const k of Object.keys(r)) for (const v of list(r[k], 'transpose')) (out[str(v, 'transpose')] ??= []).push(k);
    return record(Object.keys(out).sort().map((k) => [k, out[k].sort()]));
  },
  alltrue: ([l]) => list(l, 'alltrue').every((i) => asBool(i) === true),
  anytrue: ([l]) => list(l, 'anytrue').some((i) => asBool(i) === true),
  sum: ([l]) => list(l, 'sum').reduce<number>((a, i) => a + num(i, 'sum'), 0),
};

const numericFunctions: Record<string, TfFunction> = {
  abs: ([n]) => Math.abs(num(n, 'abs')),
  ceil: ([n]) => Math.ceil(num(n, 'ceil')),
  floor: ([n]) => Math.floor(num(n, 'floor')),
  max: (ns) => Math.max(...ns.map((n) => num(n, 'max'))),
  min: (ns) => Math.min(...ns.map((n) => num(n, 'min'))),
  pow: ([a, b]) => Math.pow(num(a, 'pow'), num(b, 'pow')),
  signum: ([n]) => Math.sign(num(n, 'signum')),
  log: ([n, b]) => Math.log(num(n, 'log')) / Math.log(num(b, 'log')),
  parseint: ([s, b]) => {
    const n = parseInt(str(s, 'parseint'), num(b, 'parseint'));
    if (Number.isNaN(n)) fail('parseint: not a number');
    return n;
  },
};

export const functions: Readonly<Record<string, TfFunction>> = {
  ...stringFunctions,
  ...collectionFunctions,
  ...numericFunctions,
  ...encodingFunctions,
  ...netFunctions,
};

/** Functions whose result depends on files, the machine, the clock or randomness: always unknown. */
export const impureFunctions: ReadonlySet<string> = new Set(['timestamp', 'uuid', 'uuidv5', 'bcrypt', 'file', 'fileexists', 'fileset', 'filebase64', 'filemd5', 'filesha1', 'filesha256', 'filesha512', 'templatefile', 'abspath', 'pathexpand', 'plantimestamp', 'ephemeralasnull']);

export { formatNumber };
