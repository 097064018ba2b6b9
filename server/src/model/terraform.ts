/** Terraform files → the format-neutral model: `resource` blocks become Resources. */
import { LineIndex } from '../core/text';
import { parseHcl } from '../hcl';
import type * as hcl from '../hcl/ast';
import { evaluateHcl } from '../evaluate/hcl-value';
import type { OnusDocument } from '../engine/document';
import type { MEntry, MList, MObject, ProviderConfig, Resource } from './types';
import { get, str } from './query';

export function buildTerraformDocument(uri: string, text: string): OnusDocument {
  const file = parseHcl(text);
  const resources: Resource[] = [];
  const providers: ProviderConfig[] = [];
  for (const item of file.body.items) {
    if (item.kind !== 'block') continue;
    if (item.type === 'resource' && item.labels.length === 2) resources.push(resourceOf(uri, item));
    else if (item.type === 'provider' && item.labels.length === 1) providers.push(providerOf(item));
  }
  return {
    uri,
    text,
    lineIndex: new LineIndex(text),
    kind: 'terraform',
    syntax: 'hcl',
    errors: file.errors.map((e) => ({ message: e.message, span: e.span, severity: 'error' as const })),
    resources,
    providers,
    comments: file.comments.map((c) => ({ text: c.text, span: c.span })),
    hcl: file,
  };
}

function providerOf(block: hcl.Block): ProviderConfig {
  const body = bodyObject(block.body, block);
  return { name: block.labels[0].value, alias: str(get(body, 'alias')), body, span: block.span };
}

function resourceOf(uri: string, block: hcl.Block): Resource {
  const [type, name] = block.labels;
  return {
    format: 'terraform',
    type: type.value,
    name: name.value,
    uri,
    span: block.span,
    typeSpan: type.span,
    headerSpan: { start: block.typeSpan.start, end: name.span.end },
    body: bodyObject(block.body, block),
    leadingComments: block.leadingComments.map((c) => ({ text: c.text, span: c.span })),
  };
}

/** A block body: attributes become entries; nested blocks of one type become a list entry. */
export function bodyObject(body: hcl.Body, block?: hcl.Block): MObject {
  const object: MObject = {
    kind: 'object',
    entries: new Map(),
    span: block ? block.span : body.span,
    origin: 'explicit',
    syntax: { format: 'hcl-body', body, block },
  };
  for (const item of body.items) {
    if (item.kind === 'attribute') {
      const value = evaluateHcl(item.expr);
      if (value.kind === 'object') value.parent = { object, key: item.name };
      object.entries.set(item.name, { key: item.name, keySpan: item.nameSpan, value, span: item.span });
      continue;
    }
    // `dynamic "x" { content { … } }` yields blocks of type x shaped like its content.
    const dynamic = item.type === 'dynamic' && item.labels.length === 1;
    const content = dynamic ? item.body.items.find((i): i is hcl.Block => i.kind === 'block' && i.type === 'content') : undefined;
    if (dynamic && !content) continue;
    const type = dynamic ? item.labels[0].value : item.type;
    const child = content ? bodyObject(content.body, content) : bodyObject(item.body, item);
    child.parent = { object, key: type };
    const existing = object.entries.get(type);
    if (existing?.asBlock && existing.value.kind === 'list') {
      existing.value.items.push(child);
      if (existing.span) existing.span = { start: existing.span.start, end: item.span.end };
      if (dynamic) existing.dynamic = true;
      continue;
    }
    const list: MList = { kind: 'list', items: [child], span: item.span, origin: 'explicit' };
    const keySpan = dynamic ? item.labels[0].span : item.typeSpan;
    const entry: MEntry = { key: type, keySpan, value: list, asBlock: true, span: item.span, dynamic: dynamic || undefined };
    object.entries.set(type, entry);
  }
  return object;
}
