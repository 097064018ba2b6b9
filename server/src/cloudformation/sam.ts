/**
 * AWS SAM (`Transform: AWS::Serverless-2016-10-31`): the `Globals` section
 * adds properties to every `AWS::Serverless::<Section>` resource, as the SAM
 * translator does before CloudFormation sees the template. Without it a
 * function whose tags come from `Globals.Function.Tags` would look untagged.
 * Merge rules (SAM's own): a value the resource writes wins; maps merge (the
 * resource's keys win); lists concatenate, Globals first.
 */
import type { MEntry, MObject, MValue } from '../model/types';

export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

/** Whether the template's `Transform` (a string or a list) names the SAM transform. */
export function isSam(top: MValue | undefined): boolean {
  const transform = top?.kind === 'object' ? top.entries.get('Transform')?.value : undefined;
  if (transform?.kind === 'scalar') return transform.value === SAM_TRANSFORM;
  if (transform?.kind === 'list') return transform.items.some((i) => i.kind === 'scalar' && i.value === SAM_TRANSFORM);
  return false;
}

/** `Globals.<Section>` by resource type (`AWS::Serverless::Function` → `Globals.Function`). */
export function samGlobals(top: MValue | undefined): Map<string, MObject> {
  const out = new Map<string, MObject>();
  if (!isSam(top) || top?.kind !== 'object') return out;
  const globals = top.entries.get('Globals')?.value;
  if (globals?.kind !== 'object') return out;
  for (const [section, entry] of globals.entries) if (entry.value.kind === 'object') out.set(`AWS::Serverless::${section}`, entry.value);
  return out;
}

/**
 * A value that comes from Globals, as the resource sees it: without spans or syntax, so no
 * finding points into Globals and no fix edits it there (that would change every resource of
 * the section); a fix writes the resource's own property instead, which SAM merges over Globals.
 */
function detached(value: MValue): MValue {
  switch (value.kind) {
    case 'list':
      return { kind: 'list', items: value.items.map(detached), origin: value.origin };
    case 'object': {
      const entries = new Map<string, MEntry>();
      for (const [key, entry] of value.entries) entries.set(key, { key, value: detached(entry.value) });
      return { kind: 'object', entries, origin: value.origin };
    }
    default: {
      const { span: _span, ...rest } = value;
      return rest;
    }
  }
}

function mergeValue(global: MValue, own: MValue): MValue {
  if (global.kind === 'object' && own.kind === 'object') return mergeObjects(global, own);
  // Lists concatenate; the merged list is the resource's (its span) so a fix edits the resource.
  if (global.kind === 'list' && own.kind === 'list') return { ...own, items: [...global.items.map(detached), ...own.items] };
  return own;
}

/** The resource's object (syntax, span, parent kept) with the global entries it does not override. */
export function mergeObjects(global: MObject, own: MObject): MObject {
  if (global.entries.size === 0) return own;
  const entries = new Map<string, MEntry>();
  for (const [key, entry] of global.entries) entries.set(key, { key, value: detached(entry.value) });
  for (const [key, entry] of own.entries) {
    const g = global.entries.get(key);
    entries.set(key, g ? { ...entry, value: mergeValue(g.value, entry.value) } : entry);
  }
  return { ...own, entries };
}
