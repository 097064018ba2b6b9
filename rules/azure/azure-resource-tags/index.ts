/**
 * Tags on every taggable azurerm resource, with the keys the team requires. The azurerm provider
 * has no default tags, so only the resource's own `tags` count. Which types take tags comes from
 * the provider's schema (rules/data/azurerm-taggable.json).
 */
import { defineRule } from '../../../server/src/engine/rule';
import { get } from '../../../server/src/model/query';
import { addKeysFixes, mapKeys, missingKeys } from '../../lib/key-value-map';
import { azurermTaggable } from './taggable';

const fallbackKey = 'Owner';
/** Azure Resource Manager compares tag names case-insensitively (values are case-sensitive). */
const sameName = (required: string, present: string): boolean => required.toLowerCase() === present.toLowerCase();
const asWritten = (key: string): string => key;

export default defineRule({
  meta: {
    id: 'azure-resource-tags',
    title: 'Taggable Azure resources carry tags, with the keys the team requires',
    owner: 'customer',
    duty: 'cost-tags',
    severity: 'low',
    messages: {
      none: '{name} has no tags. Tags tell who owns a resource, what it costs and what data it holds; keeping them is your duty.',
      missing: '{name} is missing the required tag(s) {keys} (setting onus.requiredTags).',
    },
    description:
      'Azure groups costs and evaluates policy by tag, but only the customer can say who owns a resource and which cost centre pays for it. The azurerm provider has no default tags: every taggable resource needs its own `tags`, with the keys the team requires.',
    aliases: {},
    compliance: ['NIST 800-53 CM-8'],
    fixable: true,
  },
  terraform: {
    resourceTypes: 'all',
    check(resource, context) {
      if (!azurermTaggable(resource.type)) return;
      const own = get(resource.body, 'tags');
      const keys = mapKeys(own);
      if (!keys) return; // some key is not knowable statically
      const span = resource.body.entries.get('tags')?.keySpan ?? resource.typeSpan;
      const place = { own, target: resource.body, key: 'tags' };
      const required = context.config.requiredTags;
      if (keys.size === 0) {
        const add = missingKeys(required.length ? required : [fallbackKey], keys, sameName, asWritten);
        context.report({ messageId: 'none', data: { name: resource.name }, span, fixes: addKeysFixes(place, add, 'tag') });
        return;
      }
      const missing = missingKeys(required, keys, sameName, asWritten);
      if (missing.length === 0) return;
      context.report({ messageId: 'missing', data: { name: resource.name, keys: missing.join(', ') }, span, fixes: addKeysFixes(place, missing, 'tag') });
    },
  },
});
