/**
 * One resource as CloudFormation would create it under each combination of
 * the conditions it uses that cannot be known statically (its own
 * `Condition`, and every `Fn::If` in its Properties). Rules check every
 * variant, so a non-compliant branch that can be taken is reported, on the
 * branch's own text. The enumerated conditions are the roots (those with a
 * deploy-time leaf of their own); conditions that only combine others are
 * computed from them, so `IsVpc` and `!Not [IsVpc]` never hold together.
 * Independent roots are taken as free even when their leaves are related.
 */
import type { MEntry, MObject, MValue, Resource } from '../model/types';
import { conditionUnder, conditionValue, rootConditions, type ConditionState } from './evaluate-conditions';
import type { TemplateContext } from './evaluate-context';
import { evaluateValue, type Evaluation } from './evaluate-intrinsics';
import { propertiesOf } from './resources';

/** 2^6 = 64 variants at most; further conditions stay unknown (their Fn::If yields no finding). */
const MAX_FREE_CONDITIONS = 6;

/** Names of the conditions used by `Fn::If` anywhere in `value`, in document order. */
function ifConditions(value: MValue, out: Set<string>): void {
  switch (value.kind) {
    case 'list':
      for (const item of value.items) ifConditions(item, out);
      return;
    case 'object':
      for (const entry of value.entries.values()) ifConditions(entry.value, out);
      return;
    case 'unknown': {
      if (!value.intrinsic) return;
      const { name, args } = value.intrinsic;
      if (name === 'Fn::If' && args.kind === 'list' && args.items[0]?.kind === 'scalar' && typeof args.items[0].value === 'string') out.add(args.items[0].value);
      ifConditions(args, out);
      return;
    }
    default:
  }
}

/** The definition with its Properties evaluated (removed when they evaluate to AWS::NoValue). */
function evaluateDefinition(definition: MObject, ev: Evaluation): MObject {
  const properties = definition.entries.get('Properties');
  if (!properties) return definition;
  const value = evaluateValue(ev, properties.value);
  if (value === properties.value) return definition;
  const entries = new Map<string, MEntry>(definition.entries);
  if (value) {
    if (value.kind === 'object' && !value.parent) value.parent = { object: definition, key: 'Properties' };
    entries.set('Properties', { ...properties, value });
  } else entries.delete('Properties');
  return { ...definition, entries };
}

function unwrittenBody(definition: MObject): MObject {
  return { kind: 'object', origin: 'default', entries: new Map(), parent: { object: definition, key: 'Properties' } };
}

/** The evaluated Properties; an absent one is created under the written definition. */
function bodyOf(evaluated: MObject, definition: MObject): MObject | undefined {
  const body = propertiesOf(evaluated);
  return body && !body.syntax && !body.span ? unwrittenBody(definition) : body;
}

export function resourceVariants(base: Omit<Resource, 'body'>, definition: MObject, context: TemplateContext, conditions: ConditionState): Resource | undefined {
  const evaluation = (assignment?: ReadonlyMap<string, boolean>): Evaluation => ({ context, conditions, options: { parameterDefaults: true, assignment } });
  const ownValue = definition.entries.get('Condition')?.value;
  const own = ownValue?.kind === 'scalar' && typeof ownValue.value === 'string' ? ownValue.value : undefined;
  const ownState = own === undefined ? true : conditionValue(conditions, own);
  // `definition` stays as written (Metadata, suppressions, the model tests); `body` is evaluated.
  const baseBody = bodyOf(evaluateDefinition(definition, evaluation()), definition);
  // A resource whose Condition is known false is never created: kept (hover, suppressions) but never checked.
  if (ownState === false) return { ...base, body: baseBody ?? unwrittenBody(definition), variants: [] };

  const used = new Set<string>();
  if (own !== undefined) used.add(own);
  const properties = definition.entries.get('Properties')?.value;
  if (properties) ifConditions(properties, used);
  const free = rootConditions(conditions, used).slice(0, MAX_FREE_CONDITIONS);
  if (free.length === 0) return baseBody ? { ...base, body: baseBody } : undefined;

  const variants: Resource[] = [];
  for (let bits = 0; bits < 1 << free.length; bits++) {
    const assignment = new Map(free.map((name, i) => [name, (bits & (1 << i)) === 0]));
    if (own !== undefined && conditionUnder(conditions, own, assignment) === false) continue;
    const body = bodyOf(evaluateDefinition(definition, evaluation(assignment)), definition);
    if (body) variants.push({ ...base, body });
  }
  return { ...base, body: baseBody ?? unwrittenBody(definition), variants };
}
