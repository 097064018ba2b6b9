/**
 * Which provider configuration a Terraform resource uses, as Terraform chooses it: the
 * `provider = <name>[.<alias>]` meta-argument, else the default configuration of the provider
 * its type prefix names (`google_…` → `google`). The workspace adds the configurations a child
 * module inherits (implicitly, or through its caller's `providers` map) to the child's documents,
 * so a lookup over the unit's documents serves child modules too.
 */
import type { OnusDocument } from '../../server/src/engine/document';
import type { ProviderConfig, Resource } from '../../server/src/model/types';

export interface ProviderChoice {
  /** Local provider name: `google`, `google-beta`, `aws`… */
  name: string;
  alias?: string;
}

/** The configuration a resource selects; undefined when its `provider` argument is not a plain `name` or `name.alias`. */
export function providerChoice(resource: Resource): ProviderChoice | undefined {
  const chosen = resource.body.entries.get('provider')?.value;
  if (!chosen) return { name: resource.type.split('_')[0] };
  const reference = chosen.kind === 'unknown' ? chosen.reference : undefined;
  const m = reference === undefined ? null : /^([A-Za-z][\w-]*)(?:\.([A-Za-z][\w-]*))?$/.exec(reference);
  return m ? { name: m[1], alias: m[2] } : undefined;
}

/** The `provider` block for a choice, from every document of the unit; undefined when none is written (an empty configuration). */
export function providerConfig(choice: ProviderChoice, documents: readonly OnusDocument[]): ProviderConfig | undefined {
  for (const document of documents) {
    for (const provider of document.providers ?? []) if (provider.name === choice.name && provider.alias === choice.alias) return provider;
  }
  return undefined;
}
