/**
 * Static evaluation of CloudFormation intrinsic functions over the model, as
 * CloudFormation resolves them at deploy time, as far as the template alone
 * tells: `Ref` (parameters with a Default, pseudo parameters, resources),
 * `Fn::Sub`, `Fn::Join`, `Fn::Select`, `Fn::Split`, `Fn::FindInMap`,
 * `Fn::GetAtt`, `Fn::If`. What cannot be known stays an MUnknown (and never
 * produces a finding).
 *
 * Spans: a value computed by a call (`!Ref P` with P's Default, `!Sub`,
 * `!FindInMap`) carries the span of the call, so a finding points where the
 * resource uses it. A branch chosen by `Fn::If`, or an item chosen by
 * `Fn::Select` from a written list, keeps its own span, so findings and fixes
 * land on the branch. `null` means "no value" (`AWS::NoValue`): the property
 * or list item is removed.
 */
import type { Span } from '../core/text';
import type { MEntry, MList, MObject, MUnknown, MValue } from '../model/types';
import { conditionUnder, type ConditionState } from './evaluate-conditions';
import { PSEUDO_PARAMETERS, type TemplateContext } from './evaluate-context';

export interface EvaluateOptions {
  /** Values chosen for conditions that cannot be known statically (a variant); absent ones stay unknown. */
  assignment?: ReadonlyMap<string, boolean>;
  /**
   * Whether `Ref` to a parameter yields its Default. True for property values (the template's own
   * deployment); false inside Conditions, where a deploy-time parameter must keep both branches open.
   */
  parameterDefaults: boolean;
}

export interface Evaluation {
  context: TemplateContext;
  conditions: ConditionState;
  options: EvaluateOptions;
}

type Call = MUnknown & { intrinsic: { name: string; args: MValue } };

function unknownAt(span: Span | undefined, reason: string, reference?: string): MUnknown {
  return { kind: 'unknown', reason, origin: 'explicit', span, ...(reference ? { reference } : {}) };
}

function text(v: MValue | null): string | undefined {
  if (v?.kind !== 'scalar' || v.value === null || typeof v.value === 'object') return undefined;
  return String(v.value);
}

function argList(args: MValue): MValue[] | undefined {
  return args.kind === 'list' ? args.items : undefined;
}

/** A value from elsewhere (a Default, a mapping) as if written at the call: every part takes the call's span. */
function materialize(value: MValue, span: Span | undefined): MValue {
  switch (value.kind) {
    case 'scalar':
      return { kind: 'scalar', value: value.value, origin: 'explicit', span };
    case 'list':
      return { kind: 'list', items: value.items.map((i) => materialize(i, span)), origin: 'explicit', span };
    case 'object': {
      const entries = new Map<string, MEntry>();
      for (const [k, e] of value.entries) entries.set(k, { key: k, value: materialize(e.value, span) });
      return { kind: 'object', entries, origin: 'explicit', span };
    }
    default:
      return { ...value, span };
  }
}

export function evaluateValue(ev: Evaluation, value: MValue): MValue | null {
  switch (value.kind) {
    case 'scalar':
      return value;
    case 'list': {
      let changed = false;
      const items: MValue[] = [];
      for (const item of value.items) {
        const out = evaluateValue(ev, item);
        if (out !== item) changed = true;
        if (out) items.push(out);
      }
      return changed ? ({ ...value, items } as MList) : value;
    }
    case 'object': {
      let changed = false;
      const entries = new Map<string, MEntry>();
      let noValue: Map<string, Span> | undefined;
      for (const [key, entry] of value.entries) {
        const out = evaluateValue(ev, entry.value);
        if (out !== entry.value) changed = true;
        if (out) entries.set(key, out === entry.value ? entry : { ...entry, value: out });
        else {
          const at = noValueSpan(ev, entry.value);
          if (at) (noValue ??= new Map()).set(key, at);
        }
      }
      return changed ? ({ ...value, entries, ...(noValue ? { noValue } : {}) } as MObject) : value;
    }
    default:
      return value.intrinsic ? evaluateCall(ev, value as Call) : value;
  }
}

/** The `AWS::NoValue` that removed `value` (through the chosen `Fn::If` branches), or undefined. */
function noValueSpan(ev: Evaluation, value: MValue): Span | undefined {
  if (value.kind !== 'unknown' || !value.intrinsic) return undefined;
  const { name, args } = value.intrinsic;
  if (name === 'Ref') return value.span;
  if (name !== 'Fn::If') return undefined;
  const [c, whenTrue, whenFalse] = argList(args) ?? [];
  const condition = c ? text(c) : undefined;
  const state = condition === undefined ? undefined : conditionUnder(ev.conditions, condition, ev.options.assignment);
  const branch = state === true ? whenTrue : state === false ? whenFalse : undefined;
  return branch ? noValueSpan(ev, branch) : undefined;
}

function evaluateCall(ev: Evaluation, call: Call): MValue | null {
  const { name, args } = call.intrinsic;
  switch (name) {
    case 'Ref':
      return ref(ev, call, text(args));
    case 'Fn::Sub':
      return sub(ev, call);
    case 'Fn::Join':
      return join(ev, call);
    case 'Fn::Select':
      return select(ev, call);
    case 'Fn::Split':
      return split(ev, call);
    case 'Fn::FindInMap':
      return findInMap(ev, call);
    case 'Fn::If':
      return ifCall(ev, call);
    default:
      // Fn::GetAtt (kept with its reference), Fn::ImportValue, Fn::GetAZs, Fn::Base64, Fn::Cidr…: deploy-time values.
      return call;
  }
}

function ref(ev: Evaluation, call: Call, target: string | undefined): MValue | null {
  if (target === undefined) return call;
  if (target === 'AWS::NoValue') return null;
  if (PSEUDO_PARAMETERS.has(target)) return unknownAt(call.span, `pseudo parameter ${target}`, target);
  const parameter = ev.context.parameters.get(target);
  if (!parameter) return call; // a resource (reference kept for linking) or an undefined name
  if (!ev.options.parameterDefaults) {
    const only = parameter.allowed?.length === 1 ? parameter.allowed[0] : undefined;
    return only !== undefined ? { kind: 'scalar', value: only, origin: 'explicit', span: call.span } : unknownAt(call.span, `parameter ${target}`, target);
  }
  if (!parameter.default) return unknownAt(call.span, `parameter ${target} has no Default`, target);
  const listType = parameter.type === 'CommaDelimitedList' || parameter.type?.startsWith('List<');
  const def = parameter.default;
  if (listType && def.kind === 'scalar' && typeof def.value === 'string') {
    const items = def.value.split(',').map((s): MValue => ({ kind: 'scalar', value: s.trim(), origin: 'explicit', span: call.span }));
    return { kind: 'list', items, origin: 'explicit', span: call.span };
  }
  return materialize(def, call.span);
}

/** `${Name}`, `${Res.Attr}`, `${!Literal}` in a Sub template. */
function sub(ev: Evaluation, call: Call): MValue {
  const args = call.intrinsic.args;
  const list = argList(args);
  const template = text(evaluateValue(ev, list ? (list[0] ?? args) : args));
  if (template === undefined) return unknownAt(call.span, 'Fn::Sub with a template that is not a string');
  const vars = list?.[1]?.kind === 'object' ? list[1] : undefined;
  let missing: string | undefined;
  const out = template.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
    if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
    const name = inner.trim();
    const bound = vars?.entries.get(name)?.value;
    const value = bound ? evaluateValue(ev, bound) : name.includes('.') ? undefined : ref(ev, { ...call, intrinsic: { name: 'Ref', args: { kind: 'scalar', value: name, origin: 'explicit' } } }, name);
    const t = value ? text(value) : undefined;
    if (t === undefined || (value?.kind === 'unknown')) missing ??= name;
    return t ?? whole;
  });
  if (missing !== undefined) return unknownAt(call.span, `Fn::Sub: \${${missing}} is not known statically`);
  return { kind: 'scalar', value: out, origin: 'explicit', span: call.span };
}

function join(ev: Evaluation, call: Call): MValue {
  const [d, l] = argList(call.intrinsic.args) ?? [];
  const delimiter = d ? text(evaluateValue(ev, d)) : undefined;
  const list = l ? evaluateValue(ev, l) : null;
  if (delimiter === undefined || list?.kind !== 'list') return unknownAt(call.span, 'Fn::Join of values not known statically');
  const parts = list.items.map(text);
  if (parts.some((p) => p === undefined)) return unknownAt(call.span, 'Fn::Join of values not known statically');
  return { kind: 'scalar', value: parts.join(delimiter), origin: 'explicit', span: call.span };
}

function select(ev: Evaluation, call: Call): MValue {
  const [i, l] = argList(call.intrinsic.args) ?? [];
  const index = i ? Number(text(evaluateValue(ev, i))) : NaN;
  const list = l ? evaluateValue(ev, l) : null;
  if (!Number.isInteger(index) || list?.kind !== 'list' || index < 0 || index >= list.items.length) return unknownAt(call.span, 'Fn::Select from values not known statically');
  const item = list.items[index];
  // An item written in the template keeps its own span (a fix edits it); a computed one takes the call's.
  return item.span && l && l.kind === 'list' ? item : materialize(item, call.span);
}

function split(ev: Evaluation, call: Call): MValue {
  const [d, s] = argList(call.intrinsic.args) ?? [];
  const delimiter = d ? text(evaluateValue(ev, d)) : undefined;
  const source = s ? text(evaluateValue(ev, s)) : undefined;
  if (!delimiter || source === undefined) return unknownAt(call.span, 'Fn::Split of a value not known statically');
  const items = source.split(delimiter).map((v): MValue => ({ kind: 'scalar', value: v, origin: 'explicit', span: call.span }));
  return { kind: 'list', items, origin: 'explicit', span: call.span };
}

function findInMap(ev: Evaluation, call: Call): MValue | null {
  const args = argList(call.intrinsic.args) ?? [];
  const keys = args.slice(0, 3).map((a) => text(evaluateValue(ev, a)));
  const fallback = args[3]?.kind === 'object' ? args[3].entries.get('DefaultValue')?.value : undefined;
  if (keys.length < 3 || keys.some((k) => k === undefined)) return unknownAt(call.span, 'Fn::FindInMap with keys not known statically');
  let node: MValue | undefined = ev.context.mappings;
  for (const key of keys) node = node?.kind === 'object' ? node.entries.get(key as string)?.value : undefined;
  if (node) {
    const value = evaluateValue(ev, node);
    return value && materialize(value, call.span);
  }
  if (fallback) return evaluateValue(ev, fallback);
  return unknownAt(call.span, `Fn::FindInMap: ${keys.join('.')} is not in Mappings`);
}

function ifCall(ev: Evaluation, call: Call): MValue | null {
  const [c, whenTrue, whenFalse] = argList(call.intrinsic.args) ?? [];
  const name = c ? text(c) : undefined;
  if (name === undefined || !whenTrue || !whenFalse) return unknownAt(call.span, 'Fn::If that is not well formed');
  const state = conditionUnder(ev.conditions, name, ev.options.assignment);
  if (state === true) return evaluateValue(ev, whenTrue);
  if (state === false) return evaluateValue(ev, whenFalse);
  return { ...unknownAt(call.span, `Fn::If on condition ${name}, not known statically`), alternatives: [evaluateValue(ev, whenTrue), evaluateValue(ev, whenFalse)] };
}
