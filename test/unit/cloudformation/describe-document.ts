/**
 * A document as plain data, for comparing an incrementally updated document with a fresh parse:
 * the jsonc tree, the model (values, spans, syntax node places), the resources and their
 * variants, every finding and every rendered fix.
 */
import type { Node as JsonNode } from 'jsonc-parser';
import { allRules } from '../../../rules';
import { settleJsonTree } from '../../../server/src/cloudformation/json-incremental';
import type { OnusConfig } from '../../../server/src/config/types';
import { analyzeDocument } from '../../../server/src/engine/analyze';
import type { OnusDocument } from '../../../server/src/engine/document';
import { renderFix } from '../../../server/src/fixes/render';
import type { MValue, Resource } from '../../../server/src/model/types';

/** Plain data of a jsonc tree (no parent links). */
function treeOf(node: JsonNode | undefined): unknown {
  if (!node) return undefined;
  return { type: node.type, offset: node.offset, length: node.length, colonOffset: node.colonOffset, value: node.value, children: node.children?.map(treeOf) };
}

/** Plain data of a model value: kinds, values, spans, entries, syntax node places (no parent links). */
function valueOf(value: MValue | null | undefined): unknown {
  if (!value) return value;
  const node = value.kind === 'object' && value.syntax?.format === 'json' ? (value.syntax.node as JsonNode) : undefined;
  const common = { kind: value.kind, span: value.span, origin: value.origin, node: node && [node.offset, node.length] };
  switch (value.kind) {
    case 'scalar':
      return { ...common, value: value.value };
    case 'list':
      return { ...common, items: value.items.map(valueOf) };
    case 'object':
      return { ...common, entries: [...value.entries.values()].map((e) => [e.key, e.keySpan, e.span, valueOf(e.value)]), noValue: value.noValue && [...value.noValue] };
    default:
      return { ...common, reason: value.reason, reference: value.reference, alternatives: value.alternatives?.map(valueOf) };
  }
}

function resourceOf(r: Resource): unknown {
  return { type: r.type, name: r.name, span: r.span, typeSpan: r.typeSpan, headerSpan: r.headerSpan, body: valueOf(r.body), definition: valueOf(r.definition), variants: r.variants?.map(resourceOf) };
}

export function findingsOf(document: OnusDocument, config: OnusConfig) {
  return analyzeDocument(document, { config, rules: allRules, now: new Date('2026-01-01') }).map((f) => ({
    rule: f.ruleId,
    message: f.message,
    severity: f.severity,
    span: f.span,
    range: f.range,
    resource: f.resource,
    fixes: f.fixes.map((fix) => renderFix(document, fix)?.edits),
  }));
}

export function describeDocument(document: OnusDocument, config: OnusConfig): unknown {
  // Nodes inside definitions move lazily after an update (the fix renderer settles them too).
  settleJsonTree(document.tree as JsonNode | undefined);
  return { kind: document.kind, errors: document.errors, tree: treeOf(document.tree as JsonNode), resources: document.resources.map(resourceOf), findings: findingsOf(document, config) };
}

