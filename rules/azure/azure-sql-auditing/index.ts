/**
 * Azure SQL servers audit database events. Auditing is off until configured:
 * the inline `extended_auditing_policy` block (azurerm before 3.0) or a linked
 * `azurerm_mssql_server_extended_auditing_policy` (by `server_id`).
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import type { SemanticFix } from '../../../server/src/fixes/types';
import { get, objects, str, truth } from '../../../server/src/model/query';
import type { MValue, Resource } from '../../../server/src/model/types';
import { appliesFrom, providerMajors } from '../../lib/provider-version';
import { keySpanOf } from '../../lib/report';
import { pointsAt, type LinkState } from '../../lib/terraform-links';

const POLICY = 'azurerm_mssql_server_extended_auditing_policy';

/** A reference joins by name; a literal ARM id joins when it ends with `/servers/<server name>`. */
function linkState(value: MValue | undefined, server: Resource): LinkState {
  const id = str(value);
  if (id === undefined) return pointsAt(value, server);
  const name = get(server.body, 'name');
  if (name?.kind === 'unknown') return 'maybe';
  const n = str(name);
  return n !== undefined && id.toLowerCase().endsWith(`/servers/${n.toLowerCase()}`) ? 'yes' : 'no';
}

function addPolicyFix(server: Resource, unit: readonly Resource[]): SemanticFix {
  // The server's own name, unless a policy already uses it (two resources cannot share type and name).
  const name = unit.some((r) => r.type === POLICY && r.name === server.name) ? `${server.name}_audit` : server.name;
  return {
    title: `Add ${POLICY} for this server (edit the storage endpoint)`,
    kind: 'quickfix',
    preferred: true,
    changes: [
      {
        kind: 'addResource',
        after: server.span,
        type: POLICY,
        name,
        body: {
          server_id: { hcl: `${server.type}.${server.name}.id` },
          storage_endpoint: { placeholder: 'https://STORAGE_ACCOUNT.blob.core.windows.net/' },
          retention_in_days: 90,
        },
      },
    ],
  };
}

function check(server: Resource, context: RuleContext): void {
  const inline = objects(server.body, 'extended_auditing_policy');
  if (inline.length) {
    if (appliesFrom(providerMajors(context.unitDocuments, 'azurerm'), 3) === true) {
      context.report({ messageId: 'inlineRemoved', severity: 'info', data: { policy: POLICY }, span: keySpanOf(server.body, 'extended_auditing_policy', inline[0]) });
    }
    return;
  }
  const policies: Resource[] = [];
  for (const r of context.unit) {
    if (r.format !== 'terraform' || r.type !== POLICY) continue;
    const state = linkState(get(r.body, 'server_id'), server);
    if (state === 'maybe') return; // a policy we cannot place may be this server's
    if (state === 'yes') policies.push(r);
  }
  const data = { name: server.name, policy: POLICY };
  if (policies.length === 0) {
    context.report({ messageId: 'missing', data, span: server.typeSpan, fixes: [addPolicyFix(server, context.unit)] });
    return;
  }
  // `enabled` defaults to true; only policies that all say false leave the server unaudited.
  if (policies.every((p) => truth(get(p.body, 'enabled')) === 'false')) {
    context.report({ messageId: 'disabled', data: { ...data, policyName: policies[0].name }, span: server.typeSpan });
  }
}

export default defineRule({
  meta: {
    id: 'azure-sql-auditing',
    title: 'Azure SQL servers have auditing on',
    owner: 'customer',
    duty: 'logging-monitoring',
    severity: 'medium',
    messages: {
      missing: 'SQL server {name} has no auditing: no extended_auditing_policy block and no {policy} pointing at it. Without an audit trail, access to the data cannot be investigated.',
      disabled: 'SQL server {name} has auditing turned off ({policy}.{policyName} sets enabled = false).',
      inlineRemoved: 'azurerm 3.0 removed the inline extended_auditing_policy block (the version this module requires rejects it); configure auditing with {policy}.',
    },
    description:
      'Azure records SQL Database audit events only when server auditing is configured, and where they go (storage, Log Analytics, Event Hub) and how long they are kept is the customer\'s decision. Give every `azurerm_mssql_server` an `azurerm_mssql_server_extended_auditing_policy` (the inline block before azurerm 3.0).',
    aliases: { checkov: ['CKV_AZURE_23'], tfsec: ['azure-database-enable-audit'] },
    compliance: ['CIS Azure 4.1.1', 'NIST 800-53 AU-2', 'NIST 800-53 AU-12'],
    fixable: true,
  },
  terraform: { resourceTypes: ['azurerm_mssql_server', 'azurerm_sql_server'], check },
});
