/**
 * Labels on every labelable google resource, with the keys the team requires. The labels a
 * resource carries are its own (`labels`, `resource_labels`, or Cloud Run v1's `metadata.labels`)
 * merged with the google provider's `default_labels`. Which types take labels, and in which
 * attribute, comes from the providers' schemas (rules/data/google-labelable.json).
 */
import type { Span } from '../../../server/src/core/text';
import { defineRule } from '../../../server/src/engine/rule';
import type { FixValue } from '../../../server/src/fixes/types';
import { get, objects } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import { addKeysFixes, mapKeys, missingKeys, unionKeys, type MapPlace } from '../../lib/key-value-map';
import { blockKeySpan } from '../../lib/blocks';
import { defaultLabelKeys } from './default-labels';
import { labelKeyFor, sameLabel } from './label-keys';
import { labelProperty } from './labelable';

const fallbackKey = 'owner';

/** Where the resource's own labels are written, or go; undefined when the holding block is not knowable. */
function placeOf(resource: Resource, property: string): { place: MapPlace; span: Span } | undefined {
  const dot = property.indexOf('.');
  if (dot < 0) {
    const entry = resource.body.entries.get(property);
    return { place: { own: entry?.value, target: resource.body, key: property }, span: entry?.keySpan ?? resource.typeSpan };
  }
  // Labels inside a block (Cloud Run v1 `metadata { labels = … }`).
  const blockKey = property.slice(0, dot);
  const key = property.slice(dot + 1);
  const written = get(resource.body, blockKey);
  if (!written) {
    const wrap = (map: { [k: string]: FixValue }): FixValue => ({ [key]: map });
    return { place: { target: resource.body, key: blockKey, wrap, asBlock: true }, span: resource.typeSpan };
  }
  const block: MObject | undefined = objects(resource.body, blockKey)[0];
  if (!block || written.kind === 'unknown') return undefined;
  const entry = block.entries.get(key);
  return { place: { own: entry?.value, target: block, key }, span: entry?.keySpan ?? blockKeySpan(resource.body, blockKey, block) };
}

export default defineRule({
  meta: {
    id: 'google-resource-labels',
    title: 'Labelable Google Cloud resources carry labels, with the keys the team requires',
    owner: 'customer',
    duty: 'cost-tags',
    severity: 'low',
    messages: {
      none: '{name} has no labels. Labels tell who owns a resource and which cost centre pays for it (billing exports carry them); keeping them is your duty.',
      missing: '{name} is missing the required label(s) {keys} (setting onus.requiredTags, in Google\'s lower-case label form).',
    },
    description:
      'Google Cloud breaks billing down and filters resources by label, but only the customer can say who owns a resource and which cost centre pays for it. Every labelable resource should carry labels (directly or through the google provider\'s `default_labels`), with the keys the team requires.',
    aliases: {},
    compliance: ['NIST 800-53 CM-8'],
    fixable: true,
  },
  terraform: {
    resourceTypes: 'all',
    check(resource, context) {
      const property = labelProperty(resource.type);
      if (!property) return;
      const located = placeOf(resource, property);
      if (!located) return;
      const { place, span } = located;
      const keys = unionKeys(mapKeys(place.own), defaultLabelKeys(resource, context));
      if (!keys) return; // some key is not knowable statically
      const required = context.config.requiredTags;
      if (keys.size === 0) {
        const add = missingKeys(required.length ? required : [fallbackKey], keys, sameLabel, labelKeyFor);
        context.report({ messageId: 'none', data: { name: resource.name }, span, fixes: addKeysFixes(place, add, 'label') });
        return;
      }
      const missing = missingKeys(required, keys, sameLabel, labelKeyFor);
      if (missing.length === 0) return;
      context.report({ messageId: 'missing', data: { name: resource.name, keys: missing.join(', ') }, span, fixes: addKeysFixes(place, missing, 'label') });
    },
  },
});
