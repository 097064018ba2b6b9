/**
 * JSON templates through jsonc-parser: fast, error-tolerant, with offsets.
 * jsonc-parser does not check duplicate keys; CloudFormation rejects them, so
 * we report them ourselves, as the YAML path does.
 */
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { MEntry, MObject, MValue, SyntaxDiagnostic } from '../model/types';
import { isTemplate } from './detect';
import { intrinsicForKey, referenceOf } from './intrinsics';

/** By jsonc-parser's error name (its codes are a const enum, unusable under isolatedModules). */
const MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: 'Unexpected character.',
  InvalidNumberFormat: 'Invalid number.',
  PropertyNameExpected: 'Property name expected.',
  ValueExpected: 'Value expected.',
  ColonExpected: 'Colon expected.',
  CommaExpected: 'Comma expected.',
  CloseBraceExpected: 'Closing brace `}` expected.',
  CloseBracketExpected: 'Closing bracket `]` expected.',
  EndOfFileExpected: 'End of file expected.',
  InvalidCommentToken: 'JSON templates cannot contain comments.',
  UnexpectedEndOfComment: 'Unexpected end of comment.',
  UnexpectedEndOfString: 'Unterminated string.',
  UnexpectedEndOfNumber: 'Unexpected end of number.',
  InvalidUnicode: 'Invalid unicode escape.',
  InvalidEscapeCharacter: 'Invalid escape character.',
  InvalidCharacter: 'Invalid character in string.',
};

export interface JsonParse {
  root: JsonNode | undefined;
  errors: SyntaxDiagnostic[];
}

export function parseJson(text: string): JsonParse {
  const raw: ParseError[] = [];
  // CloudFormation accepts strict JSON only: comments and trailing commas are errors.
  // A byte-order mark is not JSON to jsonc-parser; a space in its place keeps every offset.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const root = parseTree(source, raw, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const errors: SyntaxDiagnostic[] = [];
  for (const e of raw) {
    // jsonc-parser often reports a cascade at one spot (`,}` → "property name expected" and "value expected"): keep the first.
    if (errors.some((x) => x.span.start === e.offset)) continue;
    errors.push({ message: MESSAGES[printParseErrorCode(e.error)] ?? 'Invalid JSON.', span: { start: e.offset, end: e.offset + e.length }, severity: 'error' });
  }
  return { root, errors };
}

/** Duplicate keys anywhere in the tree, as errors on the repeated key. */
export function jsonDuplicateKeys(root: JsonNode | undefined): SyntaxDiagnostic[] {
  const out: SyntaxDiagnostic[] = [];
  const stack: JsonNode[] = root ? [root] : [];
  while (stack.length) {
    const node = stack.pop() as JsonNode;
    if (node.type === 'object') {
      const seen = new Set<string>();
      for (const prop of node.children ?? []) {
        const key = prop.children?.[0];
        if (key && typeof key.value === 'string') {
          if (seen.has(key.value)) out.push(duplicateKey(key));
          seen.add(key.value);
        }
      }
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

function duplicateKey(key: JsonNode): SyntaxDiagnostic {
  return { message: `Duplicate key "${String(key.value)}".`, span: { start: key.offset, end: key.offset + key.length }, severity: 'error' };
}

/** Property `name` of an object node. */
export function jsonProperty(object: JsonNode | undefined, name: string): JsonNode | undefined {
  if (!object || object.type !== 'object') return undefined;
  return object.children?.find((p) => p.children?.[0]?.value === name);
}

/** The model of a JSON node; with `duplicates`, repeated keys are collected on the way (one walk instead of two). */
export function jsonValue(node: JsonNode, duplicates?: SyntaxDiagnostic[]): MValue {
  const span = { start: node.offset, end: node.offset + node.length };
  switch (node.type) {
    case 'object': {
      const props = node.children ?? [];
      const only = props.length === 1 ? props[0].children : undefined;
      const intrinsic = only && typeof only[0]?.value === 'string' ? intrinsicForKey(only[0].value, only[1]?.type === 'string') : undefined;
      if (intrinsic) {
        const args = only?.[1];
        const operand = args?.type === 'array' ? (args.children ?? []).map((c) => c.value) : args?.value;
        const reference = referenceOf(intrinsic, operand);
        const argsValue: MValue = args ? jsonValue(args, duplicates) : { kind: 'scalar', value: null, origin: 'explicit', span: { ...span } };
        return { kind: 'unknown', reason: `intrinsic ${intrinsic}`, origin: 'explicit', span, intrinsic: { name: intrinsic, args: argsValue }, ...(reference ? { reference } : {}) };
      }
      return jsonObject(node, span, duplicates);
    }
    case 'array':
      return { kind: 'list', items: (node.children ?? []).map((c) => jsonValue(c, duplicates)), origin: 'explicit', span };
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
      return { kind: 'scalar', value: node.type === 'null' ? null : (node.value as string | number | boolean), origin: 'explicit', span };
    default:
      return { kind: 'unknown', reason: 'unparsed JSON', origin: 'explicit', span };
  }
}

function jsonObject(node: JsonNode, span: MObject['span'], duplicates: SyntaxDiagnostic[] | undefined): MObject {
  const entries = new Map<string, MEntry>();
  const object: MObject = { kind: 'object', entries, origin: 'explicit', span, syntax: { format: 'json', node } };
  // Keys seen without a value (rare: being typed) still count for duplicates.
  let bare: Set<string> | undefined;
  for (const prop of node.children ?? []) {
    const [key, valueNode] = prop.children ?? [];
    if (!key || typeof key.value !== 'string') continue;
    if (entries.has(key.value) || bare?.has(key.value)) {
      duplicates?.push(duplicateKey(key));
      continue;
    }
    // A property still being typed (`"Key":` with no value) carries nothing to check.
    if (!valueNode) {
      (bare ??= new Set()).add(key.value);
      continue;
    }
    const value = jsonValue(valueNode, duplicates);
    if (value.kind === 'object') value.parent = { object, key: key.value };
    entries.set(key.value, {
      key: key.value,
      keySpan: { start: key.offset, end: key.offset + key.length },
      value,
      span: { start: prop.offset, end: prop.offset + prop.length },
    });
  }
  return object;
}

/** isTemplate on a JSON tree, stopping at the first key or resource type that decides it (a keystroke in a 10,000-resource template). */
export function jsonIsTemplate(root: JsonNode | undefined): boolean {
  if (jsonProperty(root, 'AWSTemplateFormatVersion')) return true;
  const resources = jsonProperty(root, 'Resources')?.children?.[1];
  for (const entry of resources?.type === 'object' ? (resources.children ?? []) : []) {
    const type = jsonProperty(entry.children?.[1], 'Type')?.children?.[1];
    if (type?.type === 'string' && typeof type.value === 'string' && isTemplate({ keys: [], resourceTypes: [type.value] })) return true;
  }
  return false;
}

/** Keys of the top-level object and the `Type` of each resource, for detection. */
export function jsonTopLevelShape(root: JsonNode | undefined): { keys: string[]; resourceTypes: string[] } {
  const keys = root?.type === 'object' ? (root.children ?? []).map((p) => p.children?.[0]?.value).filter((k): k is string => typeof k === 'string') : [];
  const resourceTypes: string[] = [];
  const resources = jsonProperty(root, 'Resources')?.children?.[1];
  for (const entry of resources?.type === 'object' ? (resources.children ?? []) : []) {
    const type = jsonProperty(entry.children?.[1], 'Type')?.children?.[1];
    if (type?.type === 'string' && typeof type.value === 'string') resourceTypes.push(type.value);
  }
  return { keys, resourceTypes };
}
