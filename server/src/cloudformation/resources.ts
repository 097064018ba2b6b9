/**
 * The `Resources` section (already turned into model values, whatever the
 * syntax) → the Resource list rules iterate over, with intrinsics evaluated
 * (see evaluate-intrinsics.ts) and one variant per combination of the
 * conditions a resource uses that cannot be known statically (variants.ts).
 */
import type { MObject, MValue, Resource, SourceComment } from '../model/types';
import { conditionState } from './evaluate-conditions';
import type { TemplateContext } from './evaluate-context';
import { mergeObjects } from './sam';
import { resourceVariants } from './variants';

/**
 * `Properties` of one resource. Absent, or written with no value
 * (`Properties:`), it becomes an empty MObject with no syntax and a `parent`
 * link, so a fix can create it. Undefined when it is written but is not a map
 * (an intrinsic that cannot be resolved, an alias): nothing about it is known,
 * and unknown must never produce a finding, so the resource is left out.
 */
export function propertiesOf(definition: MObject): MObject | undefined {
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
  context?: TemplateContext,
  /** SAM `Globals` by resource type, already evaluated (sam.ts). */
  globals?: ReadonlyMap<string, MObject>,
): Resource[] {
  if (!resources || resources.kind !== 'object') return [];
  const conditions = context ? conditionState(context) : undefined;
  const out: Resource[] = [];
  for (const [name, entry] of resources.entries) {
    const definition = entry.value;
    if (definition.kind !== 'object' || !entry.keySpan || !definition.span) continue;
    const type = definition.entries.get('Type')?.value;
    if (!type || type.kind !== 'scalar' || typeof type.value !== 'string' || !type.span) continue;
    const base: Omit<Resource, 'body'> = {
      format: 'cloudformation',
      type: type.value,
      name,
      uri,
      span: { start: entry.keySpan.start, end: definition.span.end },
      typeSpan: type.span,
      headerSpan: entry.keySpan,
      definition,
      leadingComments: commentsAbove(entry.keySpan.start),
    };
    if (!context || !conditions) {
      const body = propertiesOf(definition);
      if (body) out.push({ ...base, body });
      continue;
    }
    const resource = resourceVariants(base, definition, context, conditions);
    const global = globals?.get(resource?.type ?? '');
    if (resource && global) {
      resource.body = mergeObjects(global, resource.body);
      resource.variants = resource.variants?.map((v) => ({ ...v, body: mergeObjects(global, v.body) }));
    }
    if (resource) out.push(resource);
  }
  return out;
}
