/**
 * Whether a resource declares itself production, and why: an environment tag
 * (`Environment`/`Env`/`Stage` = `prod`/`production`/`prd`, any case; for
 * Terraform also from the provider's `default_tags`), or a `prod` word in its
 * identifier or its name (`orders-prod`, `prod_db`, `ProdDatabase`; not
 * `products`). Values that cannot be known statically are no evidence.
 */
import type { RuleContext } from '../../../server/src/engine/rule';
import { get, objects, str } from '../../../server/src/model/query';
import type { MValue, Resource } from '../../../server/src/model/types';

const environmentKeys = new Set(['environment', 'env', 'stage']);
const productionWords = new Set(['prod', 'production', 'prd']);

/** Words of an identifier: split on non-alphanumerics and camelCase boundaries, lower-cased. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

function productionTag(key: string, value: MValue | undefined): string | undefined {
  const text = str(value);
  if (!environmentKeys.has(key.toLowerCase()) || text === undefined) return undefined;
  return productionWords.has(text.trim().toLowerCase()) ? `tag ${key} = "${text}"` : undefined;
}

/** Terraform `tags` map entries, then the provider's `default_tags` (the resource's own tags win). */
function terraformTagEvidence(resource: Resource, context: RuleContext): string | undefined {
  const own = get(resource.body, 'tags');
  const ownKeys = new Set<string>();
  if (own?.kind === 'object') {
    for (const [key, entry] of own.entries) {
      ownKeys.add(key.toLowerCase());
      const found = productionTag(key, entry.value);
      if (found) return found;
    }
  }
  const chosen = get(resource.body, 'provider');
  const alias = chosen?.kind === 'unknown' && chosen.reference?.startsWith('aws.') ? chosen.reference.slice(4) : undefined;
  if (chosen && !alias) return undefined;
  for (const document of context.unitDocuments) {
    for (const provider of document.providers ?? []) {
      if (provider.name !== 'aws' || provider.alias !== alias) continue;
      const tags = get(objects(provider.body, 'default_tags')[0], 'tags');
      if (tags?.kind !== 'object') continue;
      for (const [key, entry] of tags.entries) {
        if (ownKeys.has(key.toLowerCase())) continue;
        const found = productionTag(key, entry.value);
        if (found) return `default ${found}`;
      }
    }
  }
  return undefined;
}

function cloudFormationTagEvidence(resource: Resource): string | undefined {
  for (const tag of objects(resource.body, 'Tags')) {
    const key = str(get(tag, 'Key'));
    const found = key === undefined ? undefined : productionTag(key, get(tag, 'Value'));
    if (found) return found;
  }
  return undefined;
}

/** Why `resource` is production (a short phrase for the message), or undefined when nothing says so. */
export function productionEvidence(resource: Resource, context: RuleContext, identifierKey: string): string | undefined {
  const tag = resource.format === 'terraform' ? terraformTagEvidence(resource, context) : cloudFormationTagEvidence(resource);
  if (tag) return tag;
  const identifier = str(get(resource.body, identifierKey));
  if (identifier !== undefined && words(identifier).some((w) => productionWords.has(w))) return `identifier "${identifier}"`;
  if (words(resource.name).some((w) => productionWords.has(w))) return `name ${resource.name}`;
  return undefined;
}
