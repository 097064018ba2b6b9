/**
 * Tags on every taggable resource, and the keys the team requires. Which types
 * take tags comes from generated tables (rules/data), not a hand-typed list.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import type { FixValue, SemanticChange, SemanticFix } from '../../../server/src/fixes/types';
import type { MObject, Resource } from '../../../server/src/model/types';
import { cloudFormationTagging, terraformTaggable } from '../../data/taggable';
import { cloudFormationTags, terraformTags, type TagSet } from './tag-set';

const fallbackKey = 'Owner';
const fill = (key: string): FixValue => ({ placeholder: `${key} value` });

function keysToAdd(context: RuleContext): string[] {
  return context.config.requiredTags.length ? context.config.requiredTags : [fallbackKey];
}

/** A whole tag property holding `keys`, in the shape the format and variant expect. */
function tagValue(keys: string[], variant: string): FixValue {
  if (variant === 'map') return Object.fromEntries(keys.map((k) => [k, fill(k)]));
  return keys.map((k): FixValue => (variant === 'asg' ? { Key: k, Value: fill(k), PropagateAtLaunch: true } : { Key: k, Value: fill(k) }));
}

/**
 * Adds only the missing keys to tags that are written, or writes the property.
 * None when the tags are computed (`local.tags`, `merge(…)`): rewriting the
 * expression would drop the keys it computes.
 */
function addTagsFix(resource: Resource, property: string, variant: string, tags: TagSet, keys: string[]): SemanticFix[] {
  const own = tags.own;
  let changes: SemanticChange[];
  if (own?.kind === 'object' && own.span && !own.syntax) return []; // written as an expression that computes it
  if (own?.kind === 'object' && own.span) changes = keys.map((k) => ({ kind: 'set', target: own, key: k, value: fill(k) }));
  else if (own?.kind === 'list' && own.span) changes = (tagValue(keys, variant) as FixValue[]).map((v) => ({ kind: 'append', target: own, value: v }));
  else changes = [{ kind: 'set', target: resource.body, key: property, value: tagValue(keys, variant) }];
  return [{ title: `Add tag${keys.length > 1 ? 's' : ''} ${keys.join(', ')}`, kind: 'quickfix', preferred: true, changes }];
}

function check(resource: Resource, context: RuleContext, property: string, variant: string, tags: TagSet): void {
  if (!tags.keys) return; // some key is not knowable statically
  const entry = resource.body.entries.get(property);
  const span = entry?.keySpan ?? resource.typeSpan;
  if (tags.keys.size === 0) {
    const keys = keysToAdd(context);
    context.report({ messageId: 'none', data: { name: resource.name }, span, fixes: addTagsFix(resource, property, variant, tags, keys) });
    return;
  }
  const missing = context.config.requiredTags.filter((k) => !tags.keys!.has(k));
  if (missing.length === 0) return;
  context.report({ messageId: 'missing', data: { name: resource.name, keys: missing.join(', ') }, span, fixes: addTagsFix(resource, property, variant, tags, missing) });
}

export default defineRule({
  meta: {
    id: 'aws-resource-tags',
    title: 'Taggable resources carry tags, with the keys the team requires',
    owner: 'customer',
    duty: 'cost-tags',
    severity: 'low',
    messages: {
      none: '{name} has no tags. Tags tell who owns a resource, what it costs and what data it holds; keeping them is your duty.',
      missing: '{name} is missing the required tag(s) {keys} (setting onus.requiredTags).',
    },
    description:
      'AWS bills, reports and enforces tag policies, but only the customer can say who owns a resource, which cost centre pays for it and how sensitive its data is. Every taggable resource should carry tags (directly or through the provider\'s `default_tags`), and the keys the team requires.',
    aliases: {},
    compliance: ['NIST 800-53 CM-8', 'AWS Well-Architected COST03-BP02'],
    fixable: true,
  },
  terraform: {
    resourceTypes: 'all',
    check(resource, context) {
      if (terraformTaggable(resource.type)) check(resource, context, 'tags', 'map', terraformTags(resource, context));
    },
  },
  cloudformation: {
    resourceTypes: 'all',
    check(resource, context) {
      const tagging = cloudFormationTagging(resource.type);
      if (tagging) check(resource, context, tagging.property, tagging.variant, cloudFormationTags(resource.body as MObject, tagging.property, tagging.variant));
    },
  },
});
