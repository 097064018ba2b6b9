/**
 * Turns a semantic fix into text edits through the renderer of the document's
 * syntax, and computes where placeholders land after the edits are applied.
 */
import type { OnusDocument } from '../engine/document';
import { isBlockValue, type FixValue, type RenderedFix, type SemanticChange, type SemanticFix, type TextEdit } from './types';
import { renderHclChange } from './render-hcl';
import { renderYamlChange } from './render-yaml';
import { renderJsonChange } from './render-json';

/** One edit from a renderer; `selections` are offsets relative to `newText`. */
export interface RenderedEdit extends TextEdit {
  selections?: { start: number; end: number }[];
}

export type ChangeRenderer = (document: OnusDocument, change: SemanticChange) => RenderedEdit[];

function rendererFor(document: OnusDocument): ChangeRenderer | undefined {
  switch (document.syntax) {
    case 'hcl':
      return renderHclChange;
    case 'yaml':
      return renderYamlChange;
    case 'json':
      return renderJsonChange;
    default:
      return undefined;
  }
}

/** Returns undefined when the fix cannot be rendered for this document (never a broken edit). */
export function renderFix(document: OnusDocument, fix: SemanticFix): RenderedFix | undefined {
  const render = rendererFor(document);
  if (!render) return undefined;
  const edits: RenderedEdit[] = [];
  if (fix.changes.some(touchesForeign)) return undefined;
  try {
    for (const change of mergeUnwrittenSets(fix.changes)) edits.push(...render(document, document.syntax === 'hcl' ? change : plainChange(change)));
  } catch {
    return undefined;
  }
  edits.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  joinInsertions(edits);
  for (let i = 1; i < edits.length; i++) if (edits[i].span.start < edits[i - 1].span.end) return undefined;
  const selections: { start: number; end: number }[] = [];
  let shift = 0;
  for (const edit of edits) {
    for (const s of edit.selections ?? []) selections.push({ start: edit.span.start + shift + s.start, end: edit.span.start + shift + s.end });
    shift += edit.newText.length - (edit.span.end - edit.span.start);
  }
  return {
    title: fix.title,
    kind: fix.kind,
    preferred: fix.preferred ?? false,
    edits: edits.map(({ span, newText }) => ({ span, newText })),
    selections,
  };
}

/**
 * Two insertions at one point that each open and close their own line (keys
 * added to an empty `{}`) would leave a blank, indented line between them:
 * the first gives up its closing line break, which the second brings.
 */
function joinInsertions(edits: RenderedEdit[]): void {
  for (let i = 1; i < edits.length; i++) {
    const prev = edits[i - 1];
    const next = edits[i];
    const insertions = prev.span.start === prev.span.end && next.span.start === next.span.end && prev.span.start === next.span.start;
    if (insertions && /\r?\n[ \t]*$/.test(prev.newText) && /^\r?\n/.test(next.newText)) prev.newText = prev.newText.replace(/\r?\n[ \t]*$/, '');
  }
}

/** A change to a value written in another file (a Terraform override) cannot be made here. */
function touchesForeign(change: SemanticChange): boolean {
  return 'target' in change && (change.target as { foreign?: true } | undefined)?.foreign === true;
}

/**
 * Several keys set on one object that is not written yet (e.g. a missing
 * CloudFormation `Properties`) must create it once: one change on its parent.
 */
function mergeUnwrittenSets(changes: readonly SemanticChange[]): SemanticChange[] {
  const out: SemanticChange[] = [];
  const merged = new Map<object, Extract<SemanticChange, { kind: 'set' }>>();
  for (const change of changes) {
    if (change.kind !== 'set' || change.target.syntax || !change.target.parent) {
      out.push(change);
      continue;
    }
    const existing = merged.get(change.target);
    if (existing) {
      const body = existing.value as { block: Record<string, FixValue> };
      body.block[change.key] = change.value;
      continue;
    }
    const { object, key } = change.target.parent;
    const combined: Extract<SemanticChange, { kind: 'set' }> = { kind: 'set', target: object, key, value: { block: { [change.key]: change.value } } };
    merged.set(change.target, combined);
    out.push(combined);
  }
  return out;
}

/** YAML and JSON have no nested blocks: a BlockValue is just a mapping there. */
function plainValue(value: FixValue): FixValue {
  if (isBlockValue(value)) return plainValue(value.block);
  if (Array.isArray(value)) return value.map(plainValue);
  if (value !== null && typeof value === 'object' && !('placeholder' in value) && !('hcl' in value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainValue(v as FixValue)]));
  }
  return value;
}

function plainChange(change: SemanticChange): SemanticChange {
  switch (change.kind) {
    case 'set':
    case 'replace':
    case 'append':
      return { ...change, value: plainValue(change.value) } as SemanticChange;
    default:
      return change;
  }
}

/** Applies edits to a text (used by the CLI's --fix and by tests). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // As LSP clients do: inserts at one position land in the order of the array, so apply later ones first.
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.span.start - a.e.span.start || b.i - a.i).map((x) => x.e);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
