/**
 * Short documentation of every CloudFormation resource type and top-level property, from the
 * generated table beside this file (scripts/generate-property-docs.mjs; never edit the JSON by hand).
 * The table is gzip + base64 inside JSON: decoded once, on first use.
 */
import { gunzipSync } from 'node:zlib';
import table from './cloudformation-property-docs.json';

interface Decoded {
  docs: string[];
  /** type → [type doc, { property: doc }]; a doc is an index into `docs`, negated minus one when required. */
  types: Record<string, [number, Record<string, number>]>;
}

export interface PropertyDoc {
  doc: string;
  required: boolean;
}

// Built once, on first use, from the imported (immutable) table.
let decoded: Decoded | undefined;

function load(): Decoded {
  decoded ??= JSON.parse(gunzipSync(Buffer.from(table.data, 'base64')).toString('utf8')) as Decoded;
  return decoded;
}

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** The one-sentence description of a resource type, e.g. `AWS::S3::Bucket`. */
export function typeDoc(type: string): string | undefined {
  const d = load();
  const entry = own(d.types, type);
  return entry ? d.docs[entry[0]] || undefined : undefined;
}

/** The one-sentence description of a top-level property of a resource type, and whether it is required. */
export function propertyDoc(type: string, property: string): PropertyDoc | undefined {
  const d = load();
  const entry = own(d.types, type);
  const i = entry ? own(entry[1], property) : undefined;
  if (i === undefined) return undefined;
  const doc = d.docs[i < 0 ? -i - 1 : i];
  return doc ? { doc, required: i < 0 } : undefined;
}
