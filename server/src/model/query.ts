/** Small, total accessors rules use to read the model without caring about format. */
import type { MObject, MValue } from './types';

export type TriState = 'true' | 'false' | 'unknown';

export function get(object: MObject | undefined, key: string): MValue | undefined {
  return object?.entries.get(key)?.value;
}

/**
 * A boolean as the provider reads it: CloudFormation also accepts the strings
 * "true"/"false"; an absent value is `undefined` (the caller decides the default).
 */
export function truth(value: MValue | undefined): TriState | undefined {
  if (value === undefined) return undefined;
  if (value.kind === 'unknown') return 'unknown';
  if (value.kind !== 'scalar') return 'unknown';
  if (value.value === true || value.value === 'true' || value.value === 'True') return 'true';
  if (value.value === false || value.value === 'false' || value.value === 'False') return 'false';
  if (value.value === null) return undefined;
  return 'unknown';
}

/** Nested blocks (Terraform) or a list of objects (CloudFormation) under `key`; unknown items are skipped. */
export function objects(object: MObject | undefined, key: string): MObject[] {
  const value = get(object, key);
  if (!value) return [];
  if (value.kind === 'object') return [value];
  if (value.kind !== 'list') return [];
  return value.items.filter((i): i is MObject => i.kind === 'object');
}

export function str(value: MValue | undefined): string | undefined {
  return value?.kind === 'scalar' && typeof value.value === 'string' ? value.value : undefined;
}

/** A number, also from a numeric string (CloudFormation ports are often strings). */
export function num(value: MValue | undefined): number | undefined {
  if (value?.kind !== 'scalar') return undefined;
  if (typeof value.value === 'number') return value.value;
  if (typeof value.value === 'string' && /^-?\d+$/.test(value.value.trim())) return Number(value.value);
  return undefined;
}

/** The strings of a list; `unknown` when any item cannot be known. */
export function strings(value: MValue | undefined): { items: { value: string; node: MValue }[]; complete: boolean } {
  if (!value) return { items: [], complete: true };
  if (value.kind === 'scalar' && typeof value.value === 'string') return { items: [{ value: value.value, node: value }], complete: true };
  if (value.kind !== 'list') return { items: [], complete: false };
  const items: { value: string; node: MValue }[] = [];
  let complete = true;
  for (const item of value.items) {
    if (item.kind === 'scalar' && typeof item.value === 'string') items.push({ value: item.value, node: item });
    else complete = false;
  }
  return { items, complete };
}
