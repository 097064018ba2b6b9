/**
 * CloudFormation documentation on hover, from the generated table (rules/data/property-docs.ts):
 * on a resource type, its one-sentence description beside the responsibility split; on a
 * property key under `Properties`, what the property does, next to who owns configuring it.
 */
import { propertyDoc, typeDoc } from '../../../rules/data/property-docs';
import { serviceForType } from '../../../rules/knowledge';
import { spanContains } from '../core/text';
import type { OnusDocument } from '../engine/document';
import type { MObject, Resource } from '../model/types';
import type { HoverResult } from './hover';

function writtenProperties(resource: Resource): MObject | undefined {
  const value = resource.definition?.entries.get('Properties')?.value;
  return value?.kind === 'object' ? value : undefined;
}

function propertyMarkdown(resource: Resource, key: string): string | undefined {
  const doc = propertyDoc(resource.type, key);
  if (!doc) return undefined;
  const service = serviceForType(resource.type);
  const owner = service
    ? `**Owner:** you (the customer) — how ${service.name} is configured is your part of the shared-responsibility model.`
    : '**Owner:** you (the customer) — resource configuration is your part of the shared-responsibility model.';
  return [`**${key}** · \`${resource.type}\`${doc.required ? ' · required' : ''}`, '', doc.doc, '', owner].join('\n');
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
  for (const [key, entry] of writtenProperties(resource)?.entries ?? []) {
    if (!entry.keySpan || !spanContains(entry.keySpan, offset)) continue;
    const markdown = propertyMarkdown(resource, key);
    if (!markdown) return base;
    return { markdown: base ? `${markdown}\n\n---\n\n${base.markdown}` : markdown, span: base?.span ?? entry.keySpan };
  }
  return base;
}
