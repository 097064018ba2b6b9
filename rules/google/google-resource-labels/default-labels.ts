/**
 * The keys of the google provider's `default_labels` (provider v5+) that reach a resource: from
 * the configuration it uses (`provider = google.eu`, `google-beta`, or the default one; in a child
 * module, the configuration its caller passes).
 */
import type { RuleContext } from '../../../server/src/engine/rule';
import { get } from '../../../server/src/model/query';
import type { Resource } from '../../../server/src/model/types';
import { mapKeys } from '../../lib/key-value-map';
import { providerChoice, providerConfig } from '../../lib/provider-config';
import { appliesFrom, providerMajors } from '../../lib/provider-version';

/** Default label keys; an empty set when there are none; undefined when they cannot be known statically. */
export function defaultLabelKeys(resource: Resource, context: RuleContext): Set<string> | undefined {
  const choice = providerChoice(resource);
  if (!choice) return undefined;
  // Before v5 the provider has no default_labels (Terraform rejects the argument).
  if (appliesFrom(providerMajors(context.unitDocuments, choice.name), 5) === false) return new Set();
  const config = providerConfig(choice, context.unitDocuments);
  return mapKeys(config && get(config.body, 'default_labels'));
}
