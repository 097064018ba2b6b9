/**
 * The `Resources` section (already turned into model values, whatever the
 * syntax) → the Resource list rules iterate over.
 */
import type { MObject, MValue, Resource, SourceComment } from '../model/types';

/**
 * `Properties` of one resource. Absent, or written with no value
 * (`Properties:`), it becomes an empty MObject with no syntax and a `parent`
 * link, so a fix can create it. Undefined when it is written but is not a map
 * (an intrinsic such as `!If`, an alias): nothing about it is known, and
 * unknown must never produce a finding, so the resource is left out.
 */
function propertiesOf(definition: MObject): MObject | undefined {
  const written = definition.entries.get('Properties')?.value;
  if (!written || (written.kind === 'scalar' && written.value === null)) {
    return { kind: 'object', origin: 'default', entries: new Map(), parent: { object: definition, key: 'Properties' } };
  }
  return written.kind === 'object' ? written : undefined;
}

export function buildResources(
  resources: MValue | undefined,
  uri: string,
  commentsAbove: (offset: number) => SourceComment[],
): Resource[] {
  if (!resources || resources.kind !== 'object') return [];
  const out: Resource[] = [];
  for (const [name, entry] of resources.entries) {
    const definition = entry.value;
    if (definition.kind !== 'object' || !entry.keySpan || !definition.span) continue;
    const type = definition.entries.get('Type')?.value;
    if (!type || type.kind !== 'scalar' || typeof type.value !== 'string' || !type.span) continue;
    const body = propertiesOf(definition);
    if (!body) continue;
    out.push({
      format: 'cloudformation',
      type: type.value,
      name,
      uri,
      span: { start: entry.keySpan.start, end: definition.span.end },
      typeSpan: type.span,
      headerSpan: entry.keySpan,
      body,
      definition,
      leadingComments: commentsAbove(entry.keySpan.start),
    });
  }
  return out;
}
