/** `yaml` nodes → model values (MScalar, MObject, MList, MUnknown), every one with its span. */
import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { MEntry, MObject, MValue, Scalar } from '../model/types';
import { intrinsicForKey, intrinsicForTag, referenceOf } from './intrinsics';
import { keySpan, pairValueBound, valueEnd, valueSpan } from './yaml-nodes';

type AnyPair = Pair<Node | null, Node | null>;

/** Tags the YAML 1.2 core schema resolves itself (`!!str`, `!!int`…): the value is ordinary. */
function isCoreTag(tag: string): boolean {
  return tag.startsWith('tag:yaml.org,2002:');
}

function toScalar(value: unknown): Scalar {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** The operand of a call as plain data: a string, or a list of strings; anything else is not a reference. */
function operand(node: unknown): unknown {
  if (isScalar(node)) return node.value;
  if (isSeq(node)) return (node as YAMLSeq<unknown>).items.map((i) => (isScalar(i) && !i.tag ? i.value : undefined));
  return undefined;
}

function unknown(intrinsic: string, args: unknown, span: MValue['span'], argsValue: MValue): MValue {
  const reference = referenceOf(intrinsic, args);
  return { kind: 'unknown', reason: `intrinsic ${intrinsic}`, origin: 'explicit', span, intrinsic: { name: intrinsic, args: argsValue }, ...(reference ? { reference } : {}) };
}

/** A map `{Ref: X}` / `{"Fn::If": [...]}` with exactly one key is a call, not data. */
function longFormIntrinsic(map: YAMLMap<Node | null, Node | null>): string | undefined {
  if (map.items.length !== 1) return undefined;
  const { key, value } = map.items[0];
  if (!isScalar(key) || typeof key.value !== 'string') return undefined;
  return intrinsicForKey(key.value, isScalar(value) && typeof value.value === 'string');
}

const nullAt = (at: number): MValue => ({ kind: 'scalar', value: null, origin: 'explicit', span: { start: at, end: at } });

export function yamlValue(text: string, node: Node, lowerBound: number, ignoreTag = false): MValue {
  const span = valueSpan(text, node, lowerBound);
  if (isAlias(node)) {
    // An alias shares its anchor's node: a fix through it would change every alias. Kept unknown.
    return { kind: 'unknown', reason: `YAML alias *${node.source}`, origin: 'explicit', span };
  }
  if (!ignoreTag && node.tag && node.tag !== '!' && !isCoreTag(node.tag)) {
    const intrinsic = intrinsicForTag(node.tag);
    // The operand is the same node read without its tag (its span starts after the tag).
    if (intrinsic) return unknown(intrinsic, operand(node), span, yamlValue(text, node, node.range?.[0] ?? span.start, true));
    return { kind: 'unknown', reason: `tag ${node.tag}`, origin: 'explicit', span };
  }
  if (isMap(node)) {
    const map = node as YAMLMap<Node | null, Node | null>;
    const intrinsic = longFormIntrinsic(map);
    if (intrinsic) {
      const pair = map.items[0] as AnyPair;
      const bound = pairValueBound(pair, map.range?.[0] ?? span.start);
      const args = pair.value ? yamlValue(text, pair.value, bound) : nullAt(bound);
      return unknown(intrinsic, operand(pair.value), span, args);
    }
    return yamlObject(text, map, span);
  }
  if (isSeq(node)) {
    const seq = node as YAMLSeq<Node>;
    const items: MValue[] = [];
    let bound = seq.range?.[0] ?? span.start;
    for (const item of seq.items) {
      if (!item || typeof item !== 'object' || !('range' in item)) continue;
      items.push(yamlValue(text, item, bound));
      bound = valueEnd(text, item);
    }
    return { kind: 'list', items, origin: 'explicit', span };
  }
  return { kind: 'scalar', value: toScalar(isScalar(node) ? node.value : null), origin: 'explicit', span };
}

function yamlObject(text: string, map: YAMLMap<Node | null, Node | null>, span: MObject['span']): MObject {
  const entries = new Map<string, MEntry>();
  const object: MObject = { kind: 'object', entries, origin: 'explicit', span, syntax: { format: 'yaml', node: map } };
  const start = map.range?.[0] ?? 0;
  for (const pair of map.items as AnyPair[]) {
    const key = pair.key;
    if (!isScalar(key) || key.value === null || typeof key.value === 'object') continue;
    const name = String(key.value);
    // Duplicate keys are already syntax errors; the first one wins, as the error points at the second.
    if (entries.has(name)) continue;
    const kSpan = keySpan(key);
    const value: MValue = pair.value
      ? yamlValue(text, pair.value, pairValueBound(pair, start))
      : { kind: 'scalar', value: null, origin: 'explicit', span: { start: kSpan.end, end: kSpan.end } };
    if (value.kind === 'object') value.parent = { object, key: name };
    entries.set(name, { key: name, keySpan: kSpan, value, span: { start: kSpan.start, end: value.span?.end ?? kSpan.end } });
  }
  return object;
}

/** Keys of the top-level map and the `Type` of each resource, for detection (no model is built). */
export function yamlTopLevelShape(root: unknown): { keys: string[]; resourceTypes: string[]; resources?: AnyPair } {
  const keys: string[] = [];
  const resourceTypes: string[] = [];
  if (!isMap(root)) return { keys, resourceTypes };
  let resources: AnyPair | undefined;
  for (const pair of (root as YAMLMap<Node | null, Node | null>).items) {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string') continue;
    keys.push(pair.key.value);
    if (pair.key.value === 'Resources' && !resources) resources = pair;
  }
  if (resources && isMap(resources.value)) {
    for (const entry of (resources.value as YAMLMap<Node | null, Node | null>).items) {
      if (!isMap(entry.value)) continue;
      for (const p of (entry.value as YAMLMap<Node | null, Node | null>).items) {
        if (isScalar(p.key) && p.key.value === 'Type' && isScalar(p.value) && typeof p.value.value === 'string') resourceTypes.push(p.value.value);
      }
    }
  }
  return { keys, resourceTypes, resources };
}
