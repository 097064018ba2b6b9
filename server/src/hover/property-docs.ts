/**
 * CloudFormation documentation on hover, from the generated table (rules/data/property-docs.ts):
 * on a resource type, its one-sentence description beside the responsibility split; on a
 * property key under `Properties`, at any depth (through objects, lists and maps), what the
 * property does, whether it is required, its type, next to who owns configuring it.
 * The table is decoded on the first hover only.
 */
import { nestedPropertyDoc, typeDoc, type PropertyStep } from '../../../rules/data/property-docs';
import { serviceForType } from '../../../rules/knowledge';
import { spanContains, type Span } from '../core/text';
import type { OnusDocument } from '../engine/document';
import type { MObject, MValue, Resource } from '../model/types';
import type { HoverResult } from './hover';

function writtenProperties(resource: Resource): MObject | undefined {
  const value = resource.definition?.entries.get('Properties')?.value;
  return value?.kind === 'object' ? value : undefined;
}

/** The keys from `Properties` down to the key written at `offset` (list items as `{ item: true }`). */
function pathInObject(object: MObject, offset: number): { path: PropertyStep[]; key: string; keySpan: Span } | undefined {
  for (const [key, entry] of object.entries) {
    if (entry.keySpan && spanContains(entry.keySpan, offset)) return { path: [key], key, keySpan: entry.keySpan };
    if (entry.span && !spanContains(entry.span, offset)) continue;
    const inner = pathInValue(entry.value, offset);
    if (inner) return { ...inner, path: [key, ...inner.path] };
  }
  return undefined;
}

function pathInValue(value: MValue, offset: number): { path: PropertyStep[]; key: string; keySpan: Span } | undefined {
  if (value.span && !spanContains(value.span, offset)) return undefined;
  if (value.kind === 'object') return pathInObject(value, offset);
  if (value.kind === 'list') {
    for (const item of value.items) {
      const inner = pathInValue(item, offset);
      if (inner) return { ...inner, path: [{ item: true }, ...inner.path] };
    }
    return undefined;
  }
  // `Fn::If`: each branch is written where it stands (the condition's name comes first).
  if (value.kind === 'unknown') {
    const args = value.intrinsic?.name === 'Fn::If' && value.intrinsic.args.kind === 'list' ? value.intrinsic.args.items.slice(1) : [];
    for (const branch of value.alternatives ?? args) {
      const inner = branch ? pathInValue(branch, offset) : undefined;
      if (inner) return inner;
    }
  }
  return undefined;
}

function propertyMarkdown(resource: Resource, key: string, path: readonly PropertyStep[]): string | undefined {
  const doc = nestedPropertyDoc(resource.type, path);
  if (!doc) return undefined;
  const service = serviceForType(resource.type);
  const owner = service
    ? `**Owner:** you (the customer) — how ${service.name} is configured is your part of the shared-responsibility model.`
    : '**Owner:** you (the customer) — resource configuration is your part of the shared-responsibility model.';
  const where = doc.owner ? `${resource.type}.${doc.owner}` : resource.type;
  const written = path.map((step) => (typeof step === 'string' ? `.${step}` : '[*]')).join('').slice(1);
  const type = path.length > 1 ? `**Type:** ${doc.type} · **Path:** \`${written}\`` : `**Type:** ${doc.type}`;
  return [`**${key}** · \`${where}\`${doc.required ? ' · required' : ''}`, '', doc.doc, '', type, '', owner].join('\n');
}

/** Adds documentation to the hover the rest of the module computed (`base`), or gives it alone. */
export function withPropertyDocs(document: OnusDocument, offset: number, base: HoverResult | undefined): HoverResult | undefined {
  if (document.kind !== 'cloudformation') return base;
  const resource = document.resources.find((r) => spanContains(r.span, offset));
  if (!resource) return base;
  if (spanContains(resource.typeSpan, offset)) {
    const written = typeDoc(resource.type);
    if (!written) return base;
    // SAM types carry the address of their specification instead of a sentence.
    const doc = /^https?:\/\/\S+$/.test(written) ? `[Specification](${written})` : written;
    const [first, ...rest] = base?.markdown.split('\n') ?? [];
    // The responsibility split starts with `**Service** · \`type\``: the description goes right under that title.
    if (base && first.endsWith(`\`${resource.type}\``)) return { ...base, markdown: [first, '', `*${doc}*`, ...rest].join('\n') };
    const own = `**\`${resource.type}\`**\n\n${doc}`;
    return base ? { ...base, markdown: `${own}\n\n---\n\n${base.markdown}` } : { markdown: own, span: resource.typeSpan };
  }
  const properties = writtenProperties(resource);
  const found = properties ? pathInObject(properties, offset) : undefined;
  if (!found) return base;
  const markdown = propertyMarkdown(resource, found.key, found.path);
  if (!markdown) return base;
  return { markdown: base ? `${markdown}\n\n---\n\n${base.markdown}` : markdown, span: base?.span ?? found.keySpan };
}
