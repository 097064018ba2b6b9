/**
 * CloudFormation intrinsic functions: their YAML short tags (`!Ref`, `!If`…)
 * and their long JSON/YAML form (`{ "Fn::If": [...] }`, `{ "Ref": "X" }`).
 * The model keeps every intrinsic as an MUnknown: a later stage evaluates them.
 */
import type { ScalarTag, CollectionTag } from 'yaml';

/** Short tag name (without `!`) → long function name. */
const SHORT_TAGS: Readonly<Record<string, string>> = {
  Ref: 'Ref',
  Condition: 'Condition',
  Sub: 'Fn::Sub',
  GetAtt: 'Fn::GetAtt',
  If: 'Fn::If',
  Join: 'Fn::Join',
  Select: 'Fn::Select',
  Split: 'Fn::Split',
  FindInMap: 'Fn::FindInMap',
  Base64: 'Fn::Base64',
  Cidr: 'Fn::Cidr',
  ImportValue: 'Fn::ImportValue',
  GetAZs: 'Fn::GetAZs',
  Equals: 'Fn::Equals',
  And: 'Fn::And',
  Or: 'Fn::Or',
  Not: 'Fn::Not',
  Transform: 'Fn::Transform',
  Contains: 'Fn::Contains',
  ValueOf: 'Fn::ValueOf',
  Length: 'Fn::Length',
  ToJsonString: 'Fn::ToJsonString',
  ForEach: 'Fn::ForEach',
};

/** The long name of a short tag (`!If` → `Fn::If`), or undefined for any other tag. */
export function intrinsicForTag(tag: string | undefined): string | undefined {
  if (!tag || !tag.startsWith('!')) return undefined;
  return Object.prototype.hasOwnProperty.call(SHORT_TAGS, tag.slice(1)) ? SHORT_TAGS[tag.slice(1)] : undefined;
}

/**
 * The long name when a single-key map is an intrinsic call. `Condition` only
 * counts with a string operand: inside IAM policies `Condition` is an ordinary
 * key whose value is a map.
 */
export function intrinsicForKey(key: string, valueIsString: boolean): string | undefined {
  if (key === 'Ref' || key.startsWith('Fn::')) return key;
  if (key === 'Condition' && valueIsString) return key;
  return undefined;
}

/**
 * Custom tags for `yaml`: every short tag in scalar, sequence and map form
 * (`!GetAtt a.b`, `!If [c, a, b]`, `!Sub { ... }` style), so none produces an
 * "Unresolved tag" warning. Resolution keeps the node as parsed; the tag stays
 * on the node (`node.tag`) for the model to read.
 */
export const INTRINSIC_YAML_TAGS: readonly (ScalarTag | CollectionTag)[] = Object.keys(SHORT_TAGS).flatMap((name): (ScalarTag | CollectionTag)[] => {
  const tag = `!${name}`;
  return [
    { tag, resolve: (value: string) => value },
    { tag, collection: 'seq', resolve: (value) => value },
    { tag, collection: 'map', resolve: (value) => value },
  ];
});

export const INTRINSIC_SHORT_TAGS: readonly string[] = Object.keys(SHORT_TAGS).map((n) => `!${n}`);

/**
 * The resource a `Ref` / `Fn::GetAtt` points at, as `LogicalId` or
 * `LogicalId.Attribute`, so later stages can join linked resources (as
 * Terraform references are). `args` is the call's operand as plain data.
 */
export function referenceOf(intrinsic: string, args: unknown): string | undefined {
  if (intrinsic === 'Ref') return typeof args === 'string' && args !== '' ? args : undefined;
  if (intrinsic !== 'Fn::GetAtt') return undefined;
  if (typeof args === 'string' && args.includes('.')) return args;
  if (Array.isArray(args) && args.length === 2 && args.every((a) => typeof a === 'string')) return `${args[0]}.${args[1]}`;
  return undefined;
}
