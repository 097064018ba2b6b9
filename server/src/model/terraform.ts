/**
 * Terraform files → the format-neutral model: `resource` blocks become
 * Resources, `provider` blocks ProviderConfigs. Values are evaluated in the
 * module's scope (variables, locals; see terraform-module.ts): a single file
 * is its own module until the workspace evaluates it with its siblings.
 */
import { changedRegion, LineIndex, type Span } from '../core/text';
import { parseHcl } from '../hcl';
import { carriedItems, reparseHcl } from '../hcl/incremental';
import { parseTerraformJson } from '../hcl/json-syntax';
import type * as hcl from '../hcl/ast';
import { evaluate, withBindings, type EvalScope } from '../evaluate/expression';
import { isRecord, isUnknown, record, sameValue, toModel, Unknown, asString, type TfValue } from '../evaluate/tf-value';
import type { OnusDocument } from '../engine/document';
import type { MEntry, MList, MObject, MValue, ProviderConfig, Resource } from './types';
import { get, str } from './query';
import { TerraformModule } from './terraform-module';

/** `previous`: the document of the text this one was edited from; an edit inside one block re-parses that block only (hcl/incremental.ts). */
export function buildTerraformDocument(uri: string, text: string, syntax: 'hcl' | 'terraform-json' = 'hcl', deferModel = false, previous?: OnusDocument): OnusDocument {
  const change = previous ? changedRegion(previous.text, text) : undefined;
  const updated = change && syntax === 'hcl' && previous?.syntax === 'hcl' && previous.hcl ? reparseHcl(previous.hcl, text, change) : undefined;
  const file = updated ?? (syntax === 'hcl' ? parseHcl(text) : parseTerraformJson(text));
  const model = deferModel ? { resources: [], dataSources: [], providers: [] } : terraformModel(uri, file, new TerraformModule([{ uri, file }]).scope);
  return {
    uri,
    text,
    lineIndex: change && previous ? LineIndex.edited(previous.lineIndex, text, change) : new LineIndex(text),
    kind: 'terraform',
    syntax,
    errors: file.errors.map((e) => ({ message: e.message, span: e.span, severity: 'error' as const })),
    ...model,
    comments: file.comments.map((c) => ({ text: c.text, span: c.span })),
    hcl: file,
  };
}

export interface TerraformFileModel {
  resources: Resource[];
  dataSources: Resource[];
  providers: ProviderConfig[];
  /** Set when resources of the previous model were kept (the document's findings can be remembered with them). */
  resourcesCarriedOver?: true;
}

/** The block a model value was built from. */
function blockOf(value: { body: MObject }): hcl.Block | undefined {
  return value.body.syntax?.format === 'hcl-body' ? value.body.syntax.block : undefined;
}

/**
 * The spans a resource's model made itself (its header, a list of repeated nested blocks); every
 * other span of the model is one of its block's own span objects. When the block moves in place
 * (hcl/incremental.ts), its tree's spans move and these are moved with them, so the resource
 * stands for the moved block.
 */
const ownSpans = new WeakMap<object, Span[]>();
let collecting: Span[] | undefined;

function ownSpan(span: Span): Span {
  collecting?.push(span);
  return span;
}

function withOwnSpans<T extends object>(build: () => T | undefined): T | undefined {
  const outer = collecting;
  const spans: Span[] = [];
  collecting = spans;
  try {
    const value = build();
    if (value) ownSpans.set(value, spans);
    return value;
  } finally {
    collecting = outer;
  }
}

/** For each model value moved with its block, the tree it was last moved for (a value shared by several caller runs moves once). */
const movedFor = new WeakMap<object, hcl.ConfigFile>();

/** The previous model of a block, moved by `delta` when the block moved in `file`. */
function carriedOver<T extends object>(value: T, delta: number, file: hcl.ConfigFile): T {
  if (delta !== 0 && movedFor.get(value) !== file) {
    movedFor.set(value, file);
    for (const span of ownSpans.get(value) ?? []) {
      span.start += delta;
      span.end += delta;
    }
  }
  return value;
}

/** The variables each model value's evaluation read (directly or through locals), when its scope could tell. */
const variablesOf = new WeakMap<object, ReadonlySet<string>>();

/** A model value's block built in another evaluation of the module, to use as it is (see siblingReuse). */
export type SiblingModel = (block: hcl.Block) => Resource | ProviderConfig | undefined;

/**
 * For a module evaluated once per caller (workspace/caller-variants.ts): the model values of
 * another caller's run whose every variable read has the same value here (defaults, equal
 * arguments) are the same model, so they are used as they are instead of built again.
 */
export function siblingReuse(
  sibling: { variable(name: string): TfValue; documents: readonly Partial<Pick<TerraformFileModel, 'resources' | 'dataSources' | 'providers'>>[] },
  here: { variable(name: string): TfValue },
): SiblingModel {
  const byBlock = new Map<hcl.Block, Resource | ProviderConfig>();
  for (const d of sibling.documents) {
    for (const value of [...(d.resources ?? []), ...(d.dataSources ?? []), ...(d.providers ?? [])]) {
      const block = blockOf(value);
      if (block) byBlock.set(block, value);
    }
  }
  return (block) => {
    const value = byBlock.get(block);
    const variables = value && variablesOf.get(value);
    if (!value || !variables) return undefined;
    for (const name of variables) if (!sameValue(sibling.variable(name), here.variable(name))) return undefined;
    return value;
  };
}

/**
 * The resources, data sources and providers of one file, evaluated in a module scope.
 * `previous`: the model of the text this file was edited from, in an equivalent scope (the
 * module's declarations unchanged): every block the edit did not touch (hcl/incremental.ts
 * carriedItems) keeps its Resource object, moved with its block, so findings remembered with
 * it stand; only the edited block is modelled again.
 */
export function terraformModel(
  uri: string,
  file: hcl.ConfigFile,
  scope: EvalScope,
  previous?: Partial<Pick<TerraformFileModel, 'resources' | 'dataSources' | 'providers'>>,
  sibling?: SiblingModel,
): TerraformFileModel {
  /** A block's model: another caller run's when it reads the same, else built, noting the variables it read. */
  const build = <T extends object>(block: hcl.Block, make: () => T | undefined): T | undefined => {
    const shared = sibling?.(block) as T | undefined;
    if (shared) return shared;
    if (!scope.track) return withOwnSpans(make);
    const { value, variables } = scope.track(() => withOwnSpans(make));
    if (value) variablesOf.set(value, variables);
    return value;
  };
  const resources: Resource[] = [];
  const dataSources: Resource[] = [];
  const providers: ProviderConfig[] = [];
  const carried = previous ? carriedItems(file) : undefined;
  const before = new Map<hcl.Block, Resource | ProviderConfig>();
  if (carried && previous) for (const value of [...(previous.resources ?? []), ...(previous.dataSources ?? []), ...(previous.providers ?? [])]) {
    const block = blockOf(value);
    if (block) before.set(block, value);
  }
  file.body.items.forEach((item, i) => {
    if (item.kind !== 'block') return;
    const found = carried && i !== carried.edited ? before.get(item) : undefined;
    const old = found && carriedOver(found, i > carried!.edited ? carried!.delta : 0, file);
    if (item.type === 'resource' && item.labels.length === 2) {
      if (scope.resourceOverrides?.get(`${item.labels[0].value}.${item.labels[1].value}`)?.includes(item)) return; // merged into the original
      const resource = (old as Resource | undefined) ?? build(item, () => resourceOf(uri, item, scope));
      if (resource) resources.push(resource);
    } else if (item.type === 'data' && item.labels.length === 2) {
      const data = (old as Resource | undefined) ?? build(item, () => resourceOf(uri, item, scope));
      if (data) dataSources.push(data);
    } else if (item.type === 'provider' && item.labels.length === 1) providers.push((old as ProviderConfig | undefined) ?? build(item, () => providerOf(item, scope))!);
  });
  return { resources, dataSources, providers, ...(carried ? { resourcesCarriedOver: true as const } : {}) };
}

function providerOf(block: hcl.Block, scope: EvalScope): ProviderConfig {
  const body = bodyObject(block.body, block, scope);
  return {
    name: block.labels[0].value,
    alias: str(get(body, 'alias')),
    body,
    span: block.span,
    labelSpan: block.labels[0].span,
    leadingComments: block.leadingComments.map((c) => ({ text: c.text, span: c.span })),
  };
}

function attributeExpr(body: hcl.Body, name: string): hcl.Expression | undefined {
  for (const item of body.items) if (item.kind === 'attribute' && item.name === name) return item.expr;
  return undefined;
}

/** (key, value) of each instance of a known `for_each` collection (a set's keys are its values); undefined when not known. */
export function instancesOf(collection: TfValue, listKeys: 'value' | 'index'): [TfValue, TfValue][] | undefined {
  if (isUnknown(collection)) return undefined;
  if (Array.isArray(collection)) return collection.map((v, i) => [listKeys === 'value' ? (asString(v) ?? i) : i, v]);
  if (isRecord(collection)) return Object.keys(collection).sort().map((k) => [k, collection[k]]);
  return undefined;
}

/** Above this many instances a resource is analysed once, with `count.index`/`each.*` unknown, to bound the cost. */
export const maxInstanceVariants = 32;

/**
 * The scopes a resource's body is evaluated in: one per instance when
 * `count`/`for_each` is known (at most maxInstanceVariants), none when it has
 * no instances (`count = 0`, an empty `for_each`), else one scope in which
 * `count.index`/`each.*` stay unknown.
 */
export function instanceScopes(block: hcl.Block, scope: EvalScope): EvalScope[] {
  const countExpr = attributeExpr(block.body, 'count');
  if (countExpr) {
    const count = Number(evaluate(countExpr, scope));
    if (!Number.isInteger(count) || count < 0 || count > maxInstanceVariants) return [scope];
    return Array.from({ length: count }, (_, i) => ({ ...scope, countIndex: i }));
  }
  const forEachExpr = attributeExpr(block.body, 'for_each');
  if (forEachExpr) {
    const instances = instancesOf(evaluate(forEachExpr, scope), 'value');
    if (!instances || instances.length > maxInstanceVariants) return [scope];
    return instances.map(([key, value]) => ({ ...scope, each: { key, value } }));
  }
  return [scope];
}

/** The scope a resource's body is evaluated in for hovers: the only instance's, else one with unknown instance values. */
export function resourceScope(block: hcl.Block, scope: EvalScope): EvalScope | undefined {
  const scopes = instanceScopes(block, scope);
  if (scopes.length === 0) return undefined;
  return scopes.length === 1 ? scopes[0] : scope;
}

function resourceOf(uri: string, block: hcl.Block, moduleScope: EvalScope): Resource | undefined {
  const [type, name] = block.labels;
  const scopes = instanceScopes(block, moduleScope);
  if (scopes.length === 0) return undefined;
  const overrides = moduleScope.resourceOverrides?.get(`${type.value}.${name.value}`) ?? [];
  const instance = (scope: EvalScope): Resource => ({
    format: 'terraform',
    type: type.value,
    name: name.value,
    uri,
    span: block.span,
    typeSpan: type.span,
    headerSpan: ownSpan({ start: block.typeSpan.start, end: name.span.end }),
    body: withOverrides(bodyObject(block.body, block, scope), overrides, scope, type.span),
    leadingComments: block.leadingComments.map((c) => ({ text: c.text, span: c.span })),
  });
  if (scopes.length === 1) return instance(scopes[0]);
  // Rules check each instance (identical findings are reported once); the resource itself is evaluated with unknown instance values.
  const key = (scope: EvalScope) => {
    const k = scope.each ? scope.each.key : scope.countIndex;
    return typeof k === 'string' || typeof k === 'number' ? k : undefined;
  };
  return { ...instance(moduleScope), variants: scopes.map((scope) => ({ ...instance(scope), instance: key(scope) })) };
}

/**
 * Terraform's override rule for resources: each attribute of an override block
 * replaces the original's, and each nested block type replaces all the
 * original's blocks of that type. Merged values point at the original's type
 * label (they are written in another file) and are never edited by a fix.
 */
function withOverrides(body: MObject, overrides: readonly hcl.Block[], scope: EvalScope, at: Span): MObject {
  for (const block of overrides) {
    for (const [key, entry] of bodyObject(block.body, block, scope).entries) {
      markForeign(entry.value, at);
      if (entry.value.kind === 'object') entry.value.parent = { object: body, key };
      body.entries.set(key, { ...entry, keySpan: at, span: at });
    }
  }
  return body;
}

function markForeign(value: MValue, at: Span): void {
  value.span = at;
  value.foreign = true;
  if (value.kind === 'list') for (const item of value.items) markForeign(item, at);
  if (value.kind === 'object') {
    value.syntax = undefined;
    for (const entry of value.entries.values()) {
      entry.keySpan = at;
      entry.span = at;
      markForeign(entry.value, at);
    }
  }
}

/**
 * An expression as a model value. Written structure (tuples, objects) keeps
 * its own spans and syntax so fixes can edit it; anything computed is one
 * value whose nodes all point at the expression.
 */
export function modelValue(expr: hcl.Expression, scope: EvalScope): MValue {
  switch (expr.kind) {
    case 'parens':
      return { ...modelValue(expr.expr, scope), span: expr.span };
    case 'tuple':
      return { kind: 'list', items: expr.items.map((i) => modelValue(i, scope)), span: expr.span, origin: 'explicit' };
    case 'object': {
      const object: MObject = { kind: 'object', entries: new Map(), span: expr.span, origin: 'explicit', syntax: { format: 'hcl-object', expr } };
      for (const item of expr.items) {
        const key = item.keyName ?? asString(evaluate(item.key, scope));
        if (key === undefined) continue;
        const value = modelValue(item.value, scope);
        if (value.kind === 'object') value.parent = { object, key };
        const entry: MEntry = { key, keySpan: item.key.span, value, span: item.span };
        object.entries.set(key, entry);
      }
      return object;
    }
    default:
      return toModel(evaluate(expr, scope), expr.span);
  }
}

/** A block body: attributes become entries; nested blocks of one type become a list entry. */
export function bodyObject(body: hcl.Body, block: hcl.Block | undefined, scope: EvalScope): MObject {
  const object: MObject = {
    kind: 'object',
    entries: new Map(),
    span: block ? block.span : body.span,
    origin: 'explicit',
    syntax: { format: 'hcl-body', body, block },
  };
  for (const item of body.items) {
    if (item.kind === 'attribute') {
      const value = modelValue(item.expr, scope);
      if (value.kind === 'object') value.parent = { object, key: item.name };
      object.entries.set(item.name, { key: item.name, keySpan: item.nameSpan, value, span: item.span });
      continue;
    }
    const dynamic = item.type === 'dynamic' && item.labels.length === 1;
    const children = dynamic ? dynamicBlocks(item, scope) : [bodyObject(item.body, item, scope)];
    if (!children) continue;
    const type = dynamic ? item.labels[0].value : item.type;
    for (const child of children) child.parent = { object, key: type };
    const existing = object.entries.get(type);
    if (existing?.asBlock && existing.value.kind === 'list') {
      existing.value.items.push(...children);
      if (existing.span) existing.span = ownSpan({ start: existing.span.start, end: item.span.end });
      if (dynamic) existing.dynamic = true;
      continue;
    }
    if (children.length === 0) continue;
    const list: MList = { kind: 'list', items: children, span: item.span, origin: 'explicit' };
    const keySpan = dynamic ? item.labels[0].span : item.typeSpan;
    const entry: MEntry = { key: type, keySpan, value: list, asBlock: true, span: item.span, dynamic: dynamic || undefined };
    object.entries.set(type, entry);
  }
  return object;
}

/**
 * `dynamic "x" { for_each = …; content { … } }` yields one block of type x per
 * element when the collection is known (none when it is empty), else a single
 * block whose iterator is unknown. Every instance is shaped like `content`.
 */
function dynamicBlocks(block: hcl.Block, scope: EvalScope): MObject[] | undefined {
  const content = block.body.items.find((i): i is hcl.Block => i.kind === 'block' && i.type === 'content');
  if (!content) return undefined;
  const label = block.labels[0].value;
  const iteratorExpr = attributeExpr(block.body, 'iterator');
  const iterator = iteratorExpr?.kind === 'variable' ? iteratorExpr.name : label;
  const forEach = attributeExpr(block.body, 'for_each');
  const instances = forEach ? instancesOf(evaluate(forEach, scope), 'index') : undefined;
  if (!instances) {
    const unknown = new Unknown(`dynamic "${label}" iterator (for_each not known)`);
    return [bodyObject(content.body, content, withBindings(scope, [[iterator, unknown]]))];
  }
  return instances.map(([key, value]) => bodyObject(content.body, content, withBindings(scope, [[iterator, record([['key', key], ['value', value]])]])));
}
