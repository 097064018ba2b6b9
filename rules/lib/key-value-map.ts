/**
 * Tags written as one Terraform map (azurerm `tags`, google `labels`): the keys a resource will
 * carry, the required keys it lacks, and the fix that adds them. Each cloud decides when two keys
 * are the same (Azure: case-insensitive; Google: lower-case label keys) and how a key is spelled.
 */
import type { FixValue, SemanticChange, SemanticFix } from '../../server/src/fixes/types';
import type { MObject, MValue } from '../../server/src/model/types';

/** Known keys of a map; an empty set when absent or null; undefined when some key cannot be known statically. */
export function mapKeys(value: MValue | undefined): Set<string> | undefined {
  if (!value || (value.kind === 'scalar' && value.value === null)) return new Set();
  if (value.kind !== 'object') return undefined;
  return new Set(value.entries.keys());
}

export function unionKeys(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): Set<string> | undefined {
  return a && b ? new Set([...a, ...b]) : undefined;
}

/** The required keys (in `spell`ing) that no present key matches under `same`. */
export function missingKeys(required: readonly string[], present: ReadonlySet<string>, same: (required: string, present: string) => boolean, spell: (key: string) => string): string[] {
  const missing: string[] = [];
  for (const key of required) {
    // Two required keys that name the same tag (`Owner`, `owner` on Azure) are added once.
    if (![...present, ...missing].some((p) => same(key, p))) missing.push(key);
  }
  return missing.map(spell);
}

/** Where a map is written, or goes when it is not. */
export interface MapPlace {
  /** The map as written (absent: none). */
  own?: MValue;
  /** Object a new map is set on, under `key`. */
  target: MObject;
  key: string;
  /** Wraps a new map before it is set (e.g. into a nested block); `asBlock` renders that as a Terraform block. */
  wrap?: (map: { [key: string]: FixValue }) => FixValue;
  asBlock?: boolean;
}

const fill = (key: string): FixValue => ({ placeholder: `${key} value` });

/**
 * The fix that adds only the missing keys to a map written literally, or writes the map where none
 * (or `null`) is written. A map computed from a local or a function call gets no fix: replacing it
 * would drop the keys it computes, and the missing keys belong where it is defined.
 */
export function addKeysFixes(place: MapPlace, keys: readonly string[], noun: string): SemanticFix[] {
  const own = place.own;
  const map = Object.fromEntries(keys.map((k) => [k, fill(k)]));
  let changes: SemanticChange[];
  if (own === undefined || (own.kind === 'scalar' && own.value === null)) {
    changes = [{ kind: 'set', target: place.target, key: place.key, value: place.wrap ? place.wrap(map) : map, asBlock: place.asBlock }];
  } else if (own.kind === 'object' && own.syntax?.format === 'hcl-object' && own.span) {
    // An empty `{}` is replaced whole: several `set`s into an empty HCL object render a stray blank line.
    changes = own.entries.size === 0 ? [{ kind: 'replace', target: own, value: map }] : keys.map((k) => ({ kind: 'set', target: own, key: k, value: fill(k) }));
  } else return [];
  return [{ title: `Add ${noun}${keys.length > 1 ? 's' : ''} ${keys.join(', ')}`, kind: 'quickfix', preferred: true, changes }];
}
