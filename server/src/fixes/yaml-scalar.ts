/**
 * Writes scalars (and keys) as YAML text that reads back as the same value
 * under YAML 1.2 (what Onus and `yaml` use) AND YAML 1.1 (PyYAML, which
 * cfn-lint, SAM and many pipelines use): `yes`, `on`, `0777`, `1:20` and
 * dates are strings only when quoted there. `0.0.0.0/0` stays plain.
 */
import { parseDocument } from 'yaml';
import type { Scalar } from '../model/types';

export type QuoteChar = '"' | "'";

export interface ScalarStyle {
  /** Neighbours are all quoted: quote new strings too. */
  alwaysQuote: boolean;
  /** The quote the neighbours use; used whenever a string must be quoted. */
  quote: QuoteChar;
}

export interface ScalarText {
  text: string;
  /** The string's content inside `text` (what a placeholder selection covers). */
  content: { start: number; end: number };
}

function readsBackAs(source: string, expected: string, version: '1.1' | '1.2'): boolean {
  const doc = parseDocument(source, { version, uniqueKeys: false });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
  try {
    const js: unknown = doc.toJS();
    return Array.isArray(js) && js.length === 1 && js[0] === expected;
  } catch {
    return false; // e.g. `*.jpg` reads as an alias to nothing: not safe unquoted
  }
}

/** True when `s` can be written unquoted (in block context, or inside `[...]`/`{...}` when `flow`). */
export function plainIsSafe(s: string, flow: boolean): boolean {
  if (s === '' || s !== s.trim()) return false;
  // Line breaks and control characters only survive in double quotes.
  if (/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(s)) return false;
  if (flow && /[,[\]{}]/.test(s)) return false;
  // Probe it as a sequence item in both YAML versions: catches `: `, ` #`, indicators, bools, numbers, nulls, dates, aliases.
  const probe = flow ? `[${s}]` : `- ${s}`;
  return readsBackAs(probe, s, '1.2') && readsBackAs(probe, s, '1.1');
}

export function quoteString(s: string, quote: QuoteChar): string {
  // Single quotes cannot escape line breaks or control characters; double quotes (JSON escapes are valid YAML) can.
  if (quote === "'" && !/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(s)) return `'${s.replace(/'/g, "''")}'`;
  return JSON.stringify(s);
}

export function yamlString(s: string, style: ScalarStyle, flow: boolean): ScalarText {
  if (!style.alwaysQuote && plainIsSafe(s, flow)) return { text: s, content: { start: 0, end: s.length } };
  const text = quoteString(s, style.quote);
  return { text, content: { start: 1, end: text.length - 1 } };
}

export function yamlScalar(value: Scalar, style: ScalarStyle, flow: boolean): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    return String(value);
  }
  return yamlString(value, style, flow).text;
}

/** True when `key: 1` reads back as a one-entry map with exactly this key, in both YAML versions. */
function keyReadsBack(key: string, flow: boolean): boolean {
  const source = flow ? `{${key}: 1}` : `${key}: 1`;
  return (['1.1', '1.2'] as const).every((version) => {
    const doc = parseDocument(source, { version });
    if (doc.errors.length > 0 || doc.warnings.length > 0) return false;
    const js: unknown = doc.toJS();
    return typeof js === 'object' && js !== null && !Array.isArray(js) && Object.keys(js).length === 1 && Object.keys(js)[0] === key;
  });
}

/** A mapping key: plain when safe (and the map's keys are not all quoted), else in the neighbours' quote. */
export function yamlKey(key: string, style: ScalarStyle, quoteKeys: boolean, flow: boolean): string {
  if (!quoteKeys && plainIsSafe(key, flow) && keyReadsBack(key, flow)) return key;
  return quoteString(key, style.quote);
}
