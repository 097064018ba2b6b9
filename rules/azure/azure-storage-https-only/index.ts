/**
 * Storage accounts refuse plain HTTP. The attribute was renamed in azurerm v4
 * (`enable_https_traffic_only` → `https_traffic_only_enabled`, new name from
 * 3.114); both default to true since azurerm 2.0. The module's required
 * azurerm version decides which name a fix writes.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import type { Resource } from '../../../server/src/model/types';
import { appliesFrom, providerMajors } from '../../lib/provider-version';
import { renameFix } from '../../lib/rename';
import { replaceFix, setFix, setting } from '../../lib/report';

const OLD = 'enable_https_traffic_only';
const NEW = 'https_traffic_only_enabled';

const optional = <T>(x: T | undefined): T[] => (x ? [x] : []);

function check(resource: Resource, context: RuleContext): void {
  const majors = providerMajors(context.unitDocuments, 'azurerm');
  // true: every admitted version is v4+ (only the new name exists); false: none is; undefined: both may be installed.
  const v4 = appliesFrom(majors, 4);
  const body = resource.body;
  const data = { name: resource.name };

  const current = body.entries.get(NEW);
  const { state: newState, value: newValue } = setting(body, NEW);
  if (current && newState === 'off' && newValue?.span) {
    context.report({ messageId: 'disabled', data: { ...data, key: NEW }, span: newValue.span, fixes: [replaceFix(`Set ${NEW} to true`, newValue, true)] });
  }

  const legacy = body.entries.get(OLD);
  const { state: oldState, value: oldValue } = setting(body, OLD);
  if (legacy?.keySpan && v4 === true) {
    if (oldState === 'off') {
      context.report({ messageId: 'disabledRemoved', data: { ...data, key: OLD, newKey: NEW }, span: legacy.keySpan, fixes: optional(renameFix(`Rename to ${NEW} and set it to true`, legacy, NEW, 'true')) });
    } else {
      // Not a security finding: Terraform itself rejects the removed name. Say so, and how to rename it.
      context.report({ messageId: 'removed', severity: 'info', data: { ...data, key: OLD, newKey: NEW }, span: legacy.keySpan, fixes: optional(renameFix(`Rename to ${NEW}`, legacy, NEW)) });
    }
  } else if (oldState === 'off' && oldValue?.span) {
    context.report({ messageId: 'disabled', data: { ...data, key: OLD }, span: oldValue.span, fixes: [replaceFix(`Set ${OLD} to true`, oldValue, true)] });
  }

  // Before azurerm 2.0 the default was false: an absent setting allowed HTTP.
  if (!current && !legacy && appliesFrom(majors, 2) === false) {
    context.report({ messageId: 'defaultOff', data: { ...data, key: OLD }, span: resource.typeSpan, fixes: [setFix(`Add ${OLD} = true`, body, OLD, true)] });
  }
}

export default defineRule({
  meta: {
    id: 'azure-storage-https-only',
    title: 'Storage accounts accept HTTPS only',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'high',
    messages: {
      disabled: 'Storage account {name} accepts plain HTTP ({key} = false): data and shared keys cross the network unencrypted. Set {key} = true (the provider default).',
      disabledRemoved:
        'Storage account {name} sets {key} = false, which allows plain HTTP — and azurerm v4 (required by this module) no longer knows {key}: it was renamed {newKey}. Write {newKey} = true.',
      removed: 'azurerm v4 (required by this module) removed {key}; Terraform rejects it. Rename it {newKey}.',
      defaultOff: 'Storage account {name} has no {key}: with the azurerm 1.x this module requires, that means plain HTTP is accepted. Set {key} = true.',
    },
    description:
      'Azure encrypts storage traffic only when the account requires secure transfer; whether it does is the customer\'s setting. The azurerm provider requires HTTPS by default (since 2.0), so only an explicit `false` (or a module pinned to azurerm 1.x with no setting) allows plain HTTP. The attribute is `https_traffic_only_enabled` in azurerm v4 (`enable_https_traffic_only` before).',
    aliases: { checkov: ['CKV_AZURE_3'], trivy: ['AVD-AZU-0008'], tfsec: ['azure-storage-enforce-https'], kics: ['12944ec4'] },
    compliance: ['CIS Azure 3.1', 'NIST 800-53 SC-8'],
    fixable: true,
  },
  terraform: { resourceTypes: ['azurerm_storage_account'], check },
});
