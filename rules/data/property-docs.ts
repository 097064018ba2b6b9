/**
 * Short documentation of every CloudFormation resource type and property, at any depth, from the
 * generated table beside this file (scripts/generate-property-docs.mjs; never edit the JSON by hand).
 * The table is gzip + base64 inside JSON: decoded once, on first use (the first hover).
 */
import { gunzipSync } from 'node:zlib';
import table from './cloudformation-property-docs.json';

/**
 * `{ Property: "<!><type code> <doc>" }`: `!` when required. Type codes: `[` list of, `{` map of,
 * then `#Name` (a property type of the resource; bare `#` for the property's own name) or a
 * primitive such as `String`; `|` between the alternatives of a union.
 */
type Shape = Record<string, string>;

interface Decoded {
  shapes: Shape[];
  /** type → [type doc, shape of Properties, { property type name: index into shapes }]. */
  types: Record<string, [string, number, Record<string, number>]>;
}

export interface PropertyDoc {
  doc: string;
  required: boolean;
  /** Readable type, e.g. `String`, `list of ServerSideEncryptionRule`, `map of String`. */
  type: string;
  /** The property type (of the resource type) that declares the property; absent at the top level. */
  owner?: string;
}

/** One step from a resource's `Properties` to a key: an object key, or into an item of a list. */
export type PropertyStep = string | { item: true };

// Built once, on first use, from the imported (immutable) table.
let decoded: Decoded | undefined;

function load(): Decoded {
  decoded ??= JSON.parse(gunzipSync(Buffer.from(table.data, 'base64')).toString('utf8')) as Decoded;
  return decoded;
}

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A type code (`[` list of, `{` map of, `#Name` property type, `|` between alternatives) for people. */
export function readableType(code: string): string {
  return code
    .split('|')
    .map((alt) => {
      let out = '';
      let rest = alt;
      for (; rest.startsWith('[') || rest.startsWith('{'); rest = rest.slice(1)) out += rest[0] === '[' ? 'list of ' : 'map of ';
      return out + (rest.startsWith('#') ? rest.slice(1) : rest);
    })
    .join(' or ');
}

/** The one-sentence description of a resource type, e.g. `AWS::S3::Bucket`. */
export function typeDoc(type: string): string | undefined {
  const d = load();
  const entry = own(d.types, type);
  return entry ? entry[0] || undefined : undefined;
}

/** A shape's entry for `key`: required flag, type alternatives (with bare `#` expanded), doc. */
function entryOf(shape: Shape, key: string): { required: boolean; codes: string[]; doc: string } | undefined {
  const raw = own(shape, key);
  if (raw === undefined) return undefined;
  const required = raw.startsWith('!');
  const space = raw.indexOf(' ');
  const codes = raw
    .slice(required ? 1 : 0, space)
    .split('|')
    .map((c) => (c.endsWith('#') ? c + key : c));
  return { required, codes, doc: raw.slice(space + 1) };
}

function docOf(shape: Shape, key: string, owner?: string): PropertyDoc | undefined {
  const entry = entryOf(shape, key);
  if (!entry?.doc) return undefined;
  return { doc: entry.doc, required: entry.required, type: readableType(entry.codes.join('|')), ...(owner ? { owner } : {}) };
}

/** The one-sentence description of a top-level property of a resource type, whether it is required, its type. */
export function propertyDoc(type: string, property: string): PropertyDoc | undefined {
  return nestedPropertyDoc(type, [property]);
}

/**
 * The documentation of the property at the end of `path` (keys from the resource's `Properties`,
 * with `{ item: true }` for each step into a list item), e.g. for an S3 bucket
 * `['BucketEncryption', 'ServerSideEncryptionConfiguration', { item: true }, 'ServerSideEncryptionByDefault', 'SSEAlgorithm']`.
 * Undefined when the path leaves the documented structure (unknown key, map key, JSON value).
 */
export function nestedPropertyDoc(type: string, path: readonly PropertyStep[]): PropertyDoc | undefined {
  const d = load();
  const entry = own(d.types, type);
  const last = path[path.length - 1];
  if (!entry || typeof last !== 'string') return undefined;
  const defs = entry[2];
  // The object the next key is looked up in (with the property type that declares it)…
  let shape: Shape | undefined = d.shapes[entry[1]];
  let owner: string | undefined;
  // …or, between keys, the alternatives of the type reached so far (a union has several).
  let codes: string[] = [];
  for (let s = 0; s < path.length; s++) {
    const step = path[s];
    if (typeof step !== 'string') {
      // Into a list item.
      if (shape) return undefined;
      codes = codes.filter((c) => c.startsWith('[')).map((c) => c.slice(1));
      if (codes.length === 0) return undefined;
      continue;
    }
    if (!shape) {
      // A map's keys are the author's own: step through to its values (and give no doc on the key itself).
      const maps = codes.filter((c) => c.startsWith('{')).map((c) => c.slice(1));
      if (maps.length) {
        if (s === path.length - 1) return undefined;
        codes = maps;
        continue;
      }
      // Into a property type that declares this key.
      owner = codes.map((c) => (c.startsWith('#') ? c.slice(1) : '')).find((n) => n && own(defs, n) !== undefined && own(d.shapes[defs[n]], step) !== undefined);
      if (!owner) return undefined;
      shape = d.shapes[defs[owner]];
    }
    if (s === path.length - 1) return docOf(shape, step, owner);
    const found = entryOf(shape, step);
    if (!found) return undefined;
    codes = found.codes;
    shape = undefined;
  }
  return undefined;
}
