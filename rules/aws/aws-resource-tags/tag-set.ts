/**
 * The tags a resource will carry, read statically: Terraform `tags` merged
 * with the provider's `default_tags`; CloudFormation's tag property in each of
 * its shapes (Key/Value list, map, Auto Scaling list with PropagateAtLaunch).
 */
import { providerChoice, providerConfig } from '../../lib/provider-config';
import type { RuleContext } from '../../../server/src/engine/rule';
import { get, objects, str } from '../../../server/src/model/query';
import type { MObject, MValue, Resource } from '../../../server/src/model/types';

export interface TagSet {
  /** Known tag keys; undefined when some key cannot be known statically. */
  keys?: Set<string>;
  /** Where the resource's own tags are written (absent: none written). */
  own?: MValue;
}

function mapKeys(value: MValue | undefined): Set<string> | undefined {
  if (!value) return new Set();
  if (value.kind !== 'object') return undefined;
  return new Set(value.entries.keys());
}

function listKeys(value: MValue | undefined): Set<string> | undefined {
  if (!value) return new Set();
  if (value.kind !== 'list') return undefined;
  const keys = new Set<string>();
  for (const item of value.items) {
    const key = item.kind === 'object' ? str(get(item, 'Key')) : undefined;
    if (key === undefined) return undefined;
    keys.add(key);
  }
  return keys;
}

function union(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined {
  return a && b ? new Set([...a, ...b]) : undefined;
}

/** The `default_tags.tags` of the AWS provider configuration this resource uses (`provider = aws`, `aws.alias`, or the default). */
function defaultTags(resource: Resource, context: RuleContext): MValue | undefined {
  const choice = providerChoice(resource);
  if (choice?.name !== 'aws') return undefined;
  const provider = providerConfig(choice, context.unitDocuments);
  const block = provider && objects(provider.body, 'default_tags')[0];
  return block ? (get(block, 'tags') ?? { kind: 'object', entries: new Map(), origin: 'explicit' }) : undefined;
}

export function terraformTags(resource: Resource, context: RuleContext): TagSet {
  const own = get(resource.body, 'tags');
  return { own, keys: union(mapKeys(own), mapKeys(defaultTags(resource, context))) };
}

export function cloudFormationTags(body: MObject, property: string, variant: string): TagSet {
  const own = get(body, property);
  return { own, keys: variant === 'map' ? mapKeys(own) : listKeys(own) };
}
