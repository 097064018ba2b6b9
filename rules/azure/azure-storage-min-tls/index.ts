/**
 * Storage accounts require TLS 1.2 or newer. azurerm defaults `min_tls_version`
 * to TLS1_2 since 3.0 (TLS1_0 before), so an absent setting is reported only
 * where the module pins azurerm below 3.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, str } from '../../../server/src/model/query';
import type { Resource } from '../../../server/src/model/types';
import { appliesFrom, providerMajors } from '../../lib/provider-version';
import { replaceFix, setFix } from '../../lib/report';

const weak = new Set(['TLS1_0', 'TLS1_1']);

function check(resource: Resource, context: RuleContext): void {
  const value = get(resource.body, 'min_tls_version');
  const data = { name: resource.name };
  if (value === undefined || (value.kind === 'scalar' && value.value === null)) {
    if (appliesFrom(providerMajors(context.unitDocuments, 'azurerm'), 3) !== false) return;
    context.report({ messageId: 'defaultWeak', data, span: resource.typeSpan, fixes: [setFix('Add min_tls_version = "TLS1_2"', resource.body, 'min_tls_version', 'TLS1_2')] });
    return;
  }
  const version = str(value);
  if (version === undefined || !weak.has(version) || !value.span) return;
  // A value computed elsewhere (a variable's default) is reported where it is used, without a fix: the fix belongs at its source.
  const literal = context.document.text.slice(value.span.start, value.span.end) === JSON.stringify(version);
  const fixes = literal ? [replaceFix('Set min_tls_version to "TLS1_2"', value, 'TLS1_2')] : [];
  context.report({ messageId: 'weak', data: { ...data, version }, span: value.span, fixes });
}

export default defineRule({
  meta: {
    id: 'azure-storage-min-tls',
    title: 'Storage accounts require TLS 1.2 or newer',
    owner: 'customer',
    duty: 'data-protection',
    severity: 'medium',
    messages: {
      weak: 'Storage account {name} accepts clients down to {version}: TLS 1.0 and 1.1 have known weaknesses. Set min_tls_version = "TLS1_2".',
      defaultWeak: 'Storage account {name} has no min_tls_version: with the azurerm version this module requires (before 3.0) the default is TLS1_0. Set min_tls_version = "TLS1_2".',
    },
    description:
      'Which TLS versions a storage account accepts is the account owner\'s setting. `min_tls_version` below `TLS1_2` admits TLS 1.0/1.1 clients. The azurerm provider defaults to `TLS1_2` since 3.0, so only an explicit older version, or an absent setting in a module pinned to azurerm 1.x/2.x, is reported.',
    aliases: { checkov: ['CKV_AZURE_44'], trivy: ['AVD-AZU-0011'], tfsec: ['azure-storage-use-secure-tls-policy'], kics: ['8263f146'] },
    compliance: ['CIS Azure 3.15', 'NIST 800-53 SC-8', 'NIST 800-53 SC-13'],
    fixable: true,
  },
  terraform: { resourceTypes: ['azurerm_storage_account'], check },
});
