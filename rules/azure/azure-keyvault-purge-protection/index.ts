/**
 * Key vaults keep deleted keys and secrets recoverable for the whole retention
 * period: purge protection. Off by default in azurerm; once on, it cannot be
 * turned off again — the fix says so.
 */
import { defineRule } from '../../../server/src/engine/rule';
import type { Resource } from '../../../server/src/model/types';
import type { RuleContext } from '../../../server/src/engine/rule';
import { replaceFix, setFix, setting } from '../../lib/report';

const title = 'Enable purge protection (irreversible: it cannot be disabled afterwards)';

function check(resource: Resource, context: RuleContext): void {
  const { state, value } = setting(resource.body, 'purge_protection_enabled');
  if (state === 'on' || state === 'unknown') return;
  const data = { name: resource.name };
  if (state === 'off' && value?.span) {
    const literal = context.document.text.slice(value.span.start, value.span.end) === 'false';
    context.report({ messageId: 'disabled', data, span: value.span, fixes: literal ? [replaceFix(title, value, true)] : [] });
    return;
  }
  context.report({ messageId: 'absent', data, span: resource.typeSpan, fixes: [setFix(title, resource.body, 'purge_protection_enabled', true)] });
}

export default defineRule({
  meta: {
    id: 'azure-keyvault-purge-protection',
    title: 'Key vaults have purge protection',
    owner: 'customer',
    duty: 'backup-recovery',
    severity: 'medium',
    messages: {
      disabled: 'Key vault {name} has purge protection off: a deleted vault, key or secret can be purged before its retention period ends, and data encrypted with those keys is lost for good.',
      absent: 'Key vault {name} has no purge_protection_enabled (default false): a deleted vault, key or secret can be purged before its retention period ends, and data encrypted with those keys is lost for good.',
    },
    description:
      'Azure keeps deleted key vaults and their objects soft-deleted for the retention period, but without purge protection anyone with purge permission (or an attacker holding it) can destroy them at once. Turning purge protection on is the customer\'s choice, off by default in azurerm, and irreversible: once enabled it cannot be disabled.',
    aliases: { checkov: ['CKV_AZURE_110', 'CKV_AZURE_42'], tfsec: ['azure-keyvault-no-purge'], kics: ['cec6e005'] },
    compliance: ['CIS Azure 8.5', 'NIST 800-53 CP-9'],
    fixable: true,
  },
  terraform: { resourceTypes: ['azurerm_key_vault'], check },
});
