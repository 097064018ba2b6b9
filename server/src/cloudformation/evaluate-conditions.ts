/**
 * The template's Conditions, evaluated statically: `Fn::Equals`, `Fn::And`,
 * `Fn::Or`, `Fn::Not`, `Condition`. A condition that depends on a deploy-time
 * value (a parameter, a pseudo parameter) is unknown (`undefined`): its
 * branches can both be taken. A parameter's AllowedValues narrow that: an
 * `Fn::Equals` no allowed value satisfies is known false.
 */
import type { MValue } from '../model/types';
import type { TemplateContext } from './evaluate-context';
import { evaluateValue, type Evaluation } from './evaluate-intrinsics';

export interface ConditionState {
  context: TemplateContext;
  /** Known results by condition name (`undefined`: not knowable statically). */
  cache: Map<string, boolean | undefined>;
  /** Names being evaluated, to stop on circular conditions. */
  active: Set<string>;
}

export function conditionState(context: TemplateContext): ConditionState {
  return { context, cache: new Map(), active: new Set() };
}

/** The statically known value of a named condition, or undefined. */
export function conditionValue(state: ConditionState, name: string): boolean | undefined {
  if (state.cache.has(name)) return state.cache.get(name);
  const expression = state.context.conditions.get(name);
  if (!expression || state.active.has(name)) return undefined;
  state.active.add(name);
  const value = evaluateCondition(state, expression);
  state.active.delete(name);
  state.cache.set(name, value);
  return value;
}

function operands(value: MValue): MValue[] {
  return value.kind === 'list' ? value.items : [value];
}

type Lookup = (name: string) => boolean | undefined;

export function evaluateCondition(state: ConditionState, expression: MValue, lookup: Lookup = (n) => conditionValue(state, n)): boolean | undefined {
  if (expression.kind !== 'unknown' || !expression.intrinsic) return undefined;
  const { name, args } = expression.intrinsic;
  switch (name) {
    case 'Condition':
      return args.kind === 'scalar' && typeof args.value === 'string' ? lookup(args.value) : undefined;
    case 'Fn::Not': {
      const v = evaluateCondition(state, operands(args)[0] ?? args, lookup);
      return v === undefined ? undefined : !v;
    }
    case 'Fn::And': {
      const vs = operands(args).map((a) => evaluateCondition(state, a, lookup));
      if (vs.includes(false)) return false;
      return vs.every((v) => v === true) ? true : undefined;
    }
    case 'Fn::Or': {
      const vs = operands(args).map((a) => evaluateCondition(state, a, lookup));
      if (vs.includes(true)) return true;
      return vs.every((v) => v === false) ? false : undefined;
    }
    case 'Fn::Equals': {
      const [a, b] = operands(args);
      if (!a || !b) return undefined;
      const left = possibleValues(state, a);
      const right = possibleValues(state, b);
      if (!left || !right) return undefined;
      if (!left.some((l) => right.includes(l))) return false;
      return left.length === 1 && right.length === 1 ? true : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * A named condition's value when the conditions in `assignment` are taken as given: assigned
 * ones directly, and conditions built from them (`IsClassic: !Not [!Condition IsVpc]`) computed,
 * so one variant never combines a condition with its own negation.
 */
export function conditionUnder(state: ConditionState, name: string, assignment: ReadonlyMap<string, boolean> | undefined, depth = 0): boolean | undefined {
  if (assignment?.has(name)) return assignment.get(name);
  const known = conditionValue(state, name);
  if (known !== undefined || !assignment || depth > 32) return known;
  const expression = state.context.conditions.get(name);
  return expression ? evaluateCondition(state, expression, (n) => conditionUnder(state, n, assignment, depth + 1)) : undefined;
}

/** Collects the named conditions an expression refers to; true when it also has an unknown leaf of its own. */
function ownUnknownLeaf(state: ConditionState, expression: MValue, refs: Set<string>): boolean {
  if (expression.kind !== 'unknown' || !expression.intrinsic) return true;
  const { name, args } = expression.intrinsic;
  switch (name) {
    case 'Condition':
      if (args.kind === 'scalar' && typeof args.value === 'string') refs.add(args.value);
      return false;
    case 'Fn::Not':
    case 'Fn::And':
    case 'Fn::Or':
      return operands(args).map((a) => ownUnknownLeaf(state, a, refs)).includes(true);
    case 'Fn::Equals':
      return evaluateCondition(state, expression) === undefined;
    default:
      return true;
  }
}

/**
 * The conditions to enumerate for `used`: the unknown ones with a deploy-time leaf of their own
 * (an Equals on a parameter), reached through conditions that only combine others.
 */
export function rootConditions(state: ConditionState, used: Iterable<string>): string[] {
  const roots: string[] = [];
  const seen = new Set<string>();
  const active = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    if (conditionValue(state, name) !== undefined) return;
    const expression = state.context.conditions.get(name);
    const refs = new Set<string>();
    // A circular reference (invalid, but written) makes the condition free, like a leaf.
    if (!expression || ownUnknownLeaf(state, expression, refs) || refs.size === 0 || [...refs].some((r) => active.has(r))) {
      roots.push(name);
      return;
    }
    active.add(name);
    for (const r of refs) visit(r);
    active.delete(name);
  };
  for (const name of used) visit(name);
  return roots;
}

/** The strings a condition operand can be at deploy time; undefined when any string is possible. */
function possibleValues(state: ConditionState, operand: MValue): string[] | undefined {
  if (operand.kind === 'unknown' && operand.intrinsic?.name === 'Ref' && operand.intrinsic.args.kind === 'scalar') {
    const allowed = state.context.parameters.get(String(operand.intrinsic.args.value))?.allowed;
    if (allowed) return allowed;
  }
  const ev: Evaluation = { context: state.context, conditions: state, options: { parameterDefaults: false } };
  const value = evaluateValue(ev, operand);
  if (value?.kind !== 'scalar' || value.value === null) return undefined;
  return [String(value.value)];
}
