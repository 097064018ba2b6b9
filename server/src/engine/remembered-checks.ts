/**
 * A rule's findings on one resource, remembered with the resource object. A
 * check that read nothing but the resource and the configuration (not the
 * document, not the unit) gives the same findings while the resource is the
 * same object under the same configuration and rules: a JSON template edited
 * inside one resource keeps every other Resource object (moved in place,
 * cloudformation/json-incremental.ts), so a keystroke re-checks the edited
 * resource and the checks that look across resources, not 10,000 resources.
 *
 * Remembered findings are kept relative to their resource's start, so they
 * follow it when an edit before it moves it. Only findings that can follow
 * are remembered: inside the resource, with fixes that edit model values
 * (which move with the model), never a rule crash.
 */
import type { OnusConfig } from '../config/types';
import type { SemanticChange } from '../fixes/types';
import type { LineIndex } from '../core/text';
import type { Resource } from '../model/types';
import type { OnusDocument } from './document';
import type { Finding } from './finding';
import type { Rule } from './rule';

interface KeptFinding {
  finding: Finding;
  start: number;
  end: number;
}

/**
 * One check's findings on one resource; `view`: the unit view it read, if any (valid while it is
 * current); `base` and `lines`: where the resource started and the line index the findings' ranges
 * were computed with, when last found or replayed.
 */
export interface Kept {
  findings: KeptFinding[];
  view?: UnitView;
  base: number;
  lines: LineIndex;
}

interface Remembered {
  config: OnusConfig;
  rules: readonly Rule[];
  /** By the rule's position in `rules`. */
  byRule: Map<number, Kept>;
}

/** The resources of some types in the unit, as a check declaring `unitTypes` sees it. */
export interface UnitView {
  resources: readonly Resource[];
}

/** The last view made for each part: a view with the same resources (same objects) is that view again. */
const lastViews = new WeakMap<object, UnitView>();

/** The unit as `part` sees it; the same object as last time when none of its resources changed. */
export function unitView(part: object, types: readonly string[], unit: readonly Resource[]): UnitView {
  const wanted = new Set(types);
  const resources = unit.filter((r) => wanted.has(r.type));
  const last = lastViews.get(part);
  if (last && last.resources.length === resources.length && last.resources.every((r, i) => r === resources[i])) return last;
  const view = { resources };
  lastViews.set(part, view);
  return view;
}

const remembered = new WeakMap<Resource, Remembered>();

/** The findings of each rule remembered for this resource under the same configuration and rules. */
export function recall(resource: Resource, config: OnusConfig, rules: readonly Rule[]): Map<number, Kept> | undefined {
  const memo = remembered.get(resource);
  return memo && memo.config === config && memo.rules === rules ? memo.byRule : undefined;
}

export function remember(resource: Resource, config: OnusConfig, rules: readonly Rule[], byRule: Map<number, Kept>): void {
  remembered.set(resource, { config, rules, byRule });
}

/**
 * Whether a fix still applies after its resource moved: it edits model values (which move with
 * the model), or writes above the resource's header or after the resource (spans that move with
 * it: json-incremental.ts, model/terraform.ts).
 */
function followsResource(change: SemanticChange, resource: Resource): boolean {
  const own = [resource, ...(resource.variants ?? [])];
  switch (change.kind) {
    case 'set':
    case 'replace':
    case 'append':
      return true;
    case 'commentAbove':
      return own.some((r) => r.headerSpan === change.at);
    case 'addResource':
      return own.some((r) => r.span === change.after);
    default:
      return false;
  }
}

/** Whether every finding of a local check can follow its resource; if so, the kept form. */
export function keepable(resource: Resource, document: OnusDocument, findings: readonly Finding[], view: UnitView | undefined): Kept | undefined {
  const base = resource.span.start;
  const kept: KeptFinding[] = [];
  for (const finding of findings) {
    if (finding.span.start < resource.span.start || finding.span.end > resource.span.end) return undefined;
    if (finding.textFixes || finding.fixes.some((fix) => fix.changes.some((c) => !followsResource(c, resource)))) return undefined;
    kept.push({ finding, start: finding.span.start - base, end: finding.span.end - base });
  }
  return { findings: kept, ...(view ? { view } : {}), base, lines: document.lineIndex };
}

/**
 * Appends the remembered findings, where the resource is now, to `out`. The finding objects are
 * reused (a 5 MB template has ~20,000 of them; allocating them again per keystroke is most of the
 * cost): only the span, when the resource moved, and the range change, the range moved without a
 * search when the line index says how (LineIndex.carry). A span is replaced, never changed in
 * place: it may be the model's own span object, which moved with the model.
 */
export function replay(kept: Kept, resource: Resource, document: OnusDocument, out: Finding[]): void {
  const base = resource.span.start;
  const lines = document.lineIndex;
  // A resource wholly before the edit (the common case for half of them): its findings stand as they are.
  if (base === kept.base && resource.span.end < lines.unchangedBefore(kept.lines) && kept.findings.every((k) => k.finding.uri === document.uri)) {
    for (const { finding } of kept.findings) out.push(finding);
    kept.lines = lines;
    return;
  }
  for (const { finding, start, end } of kept.findings) {
    if (finding.span.start !== base + start || finding.span.end !== base + end) finding.span = { start: base + start, end: base + end };
    if (!lines.carry(finding.range, kept.base + start, kept.base + end, kept.lines)) finding.range = lines.rangeOf(finding.span);
    finding.uri = document.uri;
    finding.resource.span = resource.span;
    out.push(finding);
  }
  kept.base = base;
  kept.lines = lines;
}
