/**
 * A keystroke in a large JSON template, without parsing it again. When the
 * text changed only inside one resource's definition (`"Name": { … }` under
 * `Resources`), that definition is parsed alone and spliced into the previous
 * document's trees; everything after the edit moves by the length difference.
 * A 5 MB template then costs the edited resource plus two walks and the
 * evaluation of the resources, not a parse of 5 MB (~0.6 s). Anything else
 * (an edit across resources, in Parameters, an error before or after) returns
 * undefined and the caller parses the whole text.
 *
 * The previous document's trees are moved in place and handed to the new
 * document: the previous one must not be read afterwards (the workspace
 * replaces it in its cache), so its state is forgotten here.
 */
import { parseTree, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import { changedRegion, LineIndex, type Span, type TextChange } from '../core/text';
import type { OnusDocument } from '../engine/document';
import type { MEntry, MObject, MValue, Resource, SyntaxDiagnostic } from '../model/types';
import type { TemplateContext } from './evaluate-context';
import { jsonValue } from './json-model';
import { MAX_NESTING, tooDeepAt } from './nesting';
import { buildResources } from './resources';

/**
 * What a JSON template's document keeps for its next edit: the model of the whole top level and
 * the evaluation context (Parameters, Mappings, Conditions, SAM Globals), which an edit inside
 * `Resources` leaves as it is. Evaluated resources share their span objects with the model (the
 * evaluator never copies a span), so moving the model moves them.
 */
export interface JsonTemplateState {
  top: MObject;
  evaluation: [TemplateContext | undefined, ReadonlyMap<string, MObject> | undefined];
}

/** jsonc-parser's nodes are declared read-only; these are ours to move. */
interface MovableNode {
  offset: number;
  length: number;
  colonOffset?: number;
  parent?: JsonNode;
  children?: JsonNode[];
}

const movable = (node: JsonNode): MovableNode => node as unknown as MovableNode;

const states = new WeakMap<OnusDocument, JsonTemplateState>();

export function rememberJsonTemplate(document: OnusDocument, state: JsonTemplateState): void {
  states.set(document, state);
}

function property(object: JsonNode | undefined, name: string): JsonNode | undefined {
  return object?.type === 'object' ? object.children?.find((p) => p.children?.[0]?.value === name) : undefined;
}

/** The resource property whose definition object holds the change strictly inside its braces. */
function resourceAround(root: JsonNode, change: TextChange): JsonNode | undefined {
  const resources = property(root, 'Resources')?.children?.[1];
  const entries = resources?.type === 'object' ? (resources.children ?? []) : [];
  let low = 0;
  let high = entries.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = entries[mid].children?.[1];
    if (!value) return undefined;
    if (value.offset + value.length <= change.start) low = mid + 1;
    else if (value.offset >= change.start) high = mid - 1;
    else return value.type === 'object' && change.oldEnd < value.offset + value.length ? entries[mid] : undefined;
  }
  return undefined;
}

/** Adds `delta` to every offset of a jsonc-parser subtree (no comparisons: it is wholly after the edit). */
function moveNodes(node: JsonNode, delta: number): void {
  const n = movable(node);
  n.offset += delta;
  if (n.colonOffset !== undefined) n.colonOffset += delta;
  const children = n.children;
  if (children) for (let i = 0; i < children.length; i++) moveNodes(children[i], delta);
}

/** Parses one definition alone; undefined unless it is exactly one well-formed object. */
function parseDefinition(text: string, base: number): JsonNode | undefined {
  // Root › Resources › definition: the definition may nest three levels less than a whole template.
  if (tooDeepAt(text, MAX_NESTING - 3) !== undefined) return undefined;
  const errors: ParseError[] = [];
  const node = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || node?.type !== 'object' || node.offset !== 0 || node.length !== text.length) return undefined;
  moveNodes(node, base);
  return node;
}

/**
 * Definitions whose nodes below the definition's own node lag behind by this many characters: a
 * keystroke moves only the three nodes of each resource entry after it (property, key, definition)
 * and records the rest here; settleJsonTree moves them before anything walks into a definition (the
 * JSON fix renderer). Nothing else reads the nodes inside definitions; the model has its own spans.
 */
const lagging = new WeakMap<JsonNode, number>();

/** Moves a resource entry's own nodes now and its definition's content later (settleJsonTree). */
function moveEntry(entry: JsonNode, delta: number): void {
  const [key, value] = entry.children ?? [];
  const e = movable(entry);
  e.offset += delta;
  if (e.colonOffset !== undefined) e.colonOffset += delta;
  if (key) movable(key).offset += delta;
  if (!value) return;
  movable(value).offset += delta;
  if (value.children?.length) lagging.set(value, (lagging.get(value) ?? 0) + delta);
}

/** Brings every lagging definition of a template's tree up to date (idempotent; cheap when none lags). */
export function settleJsonTree(root: JsonNode | undefined): void {
  const resources = property(root, 'Resources')?.children?.[1];
  for (const entry of resources?.type === 'object' ? (resources.children ?? []) : []) {
    const value = entry.children?.[1];
    const lag = value && lagging.get(value);
    if (!value || !lag) continue;
    for (const child of value.children ?? []) moveNodes(child, lag);
    lagging.delete(value);
  }
}

/**
 * Moves a jsonc-parser tree: the edited node's ancestors grow or shrink, what follows it moves
 * (resource entries lazily, see lagging). Only the path down to the edited node is compared.
 */
function shiftTree(root: JsonNode, edited: JsonNode, delta: number, resources: JsonNode): void {
  const end = edited.offset + edited.length;
  let node: JsonNode | undefined = root;
  while (node && node !== edited) {
    movable(node).length += delta;
    let next: JsonNode | undefined;
    for (const child of node.children ?? []) {
      if (child.offset >= end) (node === resources ? moveEntry(child, delta) : moveNodes(child, delta));
      else if (child.offset <= edited.offset && child.offset + child.length >= end) next = child;
    }
    node = next;
  }
}

/** Adds `delta` to every span of a model subtree (wholly after the edit; every span object of a model built by jsonValue is its own). */
function moveValue(value: MValue, delta: number): void {
  moveSpan(value.span, delta);
  switch (value.kind) {
    case 'object':
      for (const entry of value.entries.values()) moveEntryValue(entry, delta);
      return;
    case 'list':
      for (let i = 0; i < value.items.length; i++) moveValue(value.items[i], delta);
      return;
    case 'unknown':
      if (value.intrinsic) moveValue(value.intrinsic.args, delta);
      return;
    default:
  }
}

/** An object entry (key, whole entry, value) moved wholesale. */
function moveEntryValue(entry: MEntry, delta: number): void {
  moveSpan(entry.keySpan, delta);
  moveSpan(entry.span, delta);
  moveValue(entry.value, delta);
}

function moveSpan(span: Span | undefined, delta: number): void {
  if (!span) return;
  span.start += delta;
  span.end += delta;
}

/** Moves the model the same way: the path to the edited value grows or shrinks, what follows moves. */
function shiftModel(top: MValue, edited: MValue, editedSpan: Span, delta: number): void {
  let value: MValue | undefined = top;
  while (value && value !== edited) {
    if (value.span) value.span.end += delta;
    let next: MValue | undefined;
    if (value.kind === 'object') {
      for (const entry of value.entries.values()) {
        const span = entry.span ?? entry.value.span;
        if (!span) continue;
        if (span.start >= editedSpan.end) moveEntryValue(entry, delta);
        else if (span.start <= editedSpan.start && span.end >= editedSpan.end) {
          if (entry.span) entry.span.end += delta;
          next = entry.value;
        }
      }
    }
    value = next;
  }
}

/** Resources after the edit move; the edited one is evaluated again in place (it may have disappeared, or appeared). */
function spliceResources(previous: readonly Resource[], edited: string, rebuilt: Resource[], editedEnd: number, delta: number): Resource[] {
  const out: Resource[] = [];
  let placed = rebuilt.length === 0;
  for (const resource of previous) {
    if (resource.name === edited) continue;
    if (resource.span.start >= editedEnd) {
      if (!placed) {
        out.push(...rebuilt);
        placed = true;
      }
      // Variants spread their resource: one span object for all of them, moved once.
      resource.span.start += delta;
      resource.span.end += delta;
    }
    out.push(resource);
  }
  if (!placed) out.push(...rebuilt);
  return out;
}

export interface Rebuild {
  /** The previous document's tree, moved to the new text (its model, too, is in `state`). */
  root: JsonNode;
  lineIndex: LineIndex;
  resources: Resource[];
  state: JsonTemplateState;
}

/** The previous document's trees updated for `text`, or undefined when the whole text must be parsed. */
export function reparseJsonTemplate(previous: OnusDocument, text: string): Rebuild | undefined {
  const state = states.get(previous);
  const root = previous.tree as JsonNode | undefined;
  if (!state || !root || previous.syntax !== 'json' || previous.errors.length > 0) return undefined;
  const change = changedRegion(previous.text, text);
  const entry = resourceAround(root, change);
  const name = entry?.children?.[0]?.value;
  const oldValue = entry?.children?.[1];
  const resources = state.top.entries.get('Resources')?.value;
  const modelEntry = typeof name === 'string' && resources?.kind === 'object' ? resources.entries.get(name) : undefined;
  if (typeof name !== 'string' || !entry || !oldValue || !modelEntry?.value.span || resources?.kind !== 'object') return undefined;
  const node = parseDefinition(text.slice(oldValue.offset, oldValue.offset + oldValue.length + change.delta), oldValue.offset);
  if (!node) return undefined;
  const duplicates: SyntaxDiagnostic[] = [];
  const definition = jsonValue(node, duplicates);
  if (duplicates.length > 0 || definition.kind !== 'object') return undefined;

  // Checked: from here the previous trees change and belong to the new document.
  states.delete(previous);
  const editedSpan = { ...modelEntry.value.span };
  shiftTree(root, oldValue, change.delta, entry.parent!);
  movable(node).parent = entry;
  movable(entry).children![1] = node;
  shiftModel(state.top, modelEntry.value, editedSpan, change.delta);
  definition.parent = { object: resources, key: name };
  modelEntry.value = definition;
  const one: MObject = { kind: 'object', entries: new Map([[name, modelEntry]]), origin: 'explicit' };
  const rebuilt = buildResources(one, previous.uri, () => [], ...state.evaluation);
  return {
    root,
    lineIndex: LineIndex.edited(previous.lineIndex, text, change),
    resources: spliceResources(previous.resources, name, rebuilt, editedSpan.end, change.delta),
    state,
  };
}
