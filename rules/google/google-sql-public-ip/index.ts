/**
 * Cloud SQL instances without a public IP, and never open to the whole
 * internet. `ipv4_enabled` defaults to true: an instance with no
 * `ip_configuration` has a public address.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, objects, str } from '../../../server/src/model/query';
import type { MObject, MValue, Resource } from '../../../server/src/model/types';
import { isSet } from '../../lib/blocks';
import { isWholeAddressSpace, narrowFix } from '../../lib/port-exposure';
import { keySpanOf, replaceFix, setFix, setting } from '../../lib/report';

function literalHere(context: RuleContext, span: { start: number; end: number }, text: string): boolean {
  return context.document.text.slice(span.start, span.end) === text;
}

/** Authorized networks whose CIDR is a literal or evaluated `/0`. */
function openNetworks(ip: MObject): { cidr: string; node: MValue }[] {
  return objects(ip, 'authorized_networks').flatMap((n) => {
    const value = get(n, 'value');
    const cidr = str(value);
    return value && cidr !== undefined && isWholeAddressSpace(cidr) ? [{ cidr, node: value }] : [];
  });
}

function check(resource: Resource, context: RuleContext): void {
  const settings = objects(resource.body, 'settings')[0];
  if (!settings) return; // required by the provider; a settings value we cannot read is unknown
  const ip = objects(settings, 'ip_configuration')[0];
  const data = { name: resource.name };
  if (!ip) {
    if (get(settings, 'ip_configuration')) return; // written but not readable (a variable)
    context.report({ messageId: 'defaultPublic', data, span: keySpanOf(resource.body, 'settings', settings) });
    return;
  }
  const { state, value } = setting(ip, 'ipv4_enabled');
  if (state === 'off' || state === 'unknown') return;

  const open = openNetworks(ip);
  for (const { cidr, node } of open) {
    if (!node.span) continue;
    const fixes = literalHere(context, node.span, JSON.stringify(cidr)) ? [narrowFix(cidr, node)] : [];
    context.report({ messageId: 'world', severity: 'critical', data: { ...data, cidr }, span: node.span, fixes });
  }
  if (open.length) return;

  // Turning the public IP off is only valid with a private network to fall back on.
  const privateNetwork = isSet(ip, 'private_network');
  if (state === 'on' && value?.span) {
    const fixes = privateNetwork && literalHere(context, value.span, 'true') ? [replaceFix('Set ipv4_enabled = false (private IP only)', value, false)] : [];
    context.report({ messageId: 'public', data, span: value.span, fixes });
    return;
  }
  const fixes = privateNetwork ? [setFix('Add ipv4_enabled = false (private IP only)', ip, 'ipv4_enabled', false)] : [];
  context.report({ messageId: 'defaultPublic', data, span: keySpanOf(settings, 'ip_configuration', ip), fixes });
}

export default defineRule({
  meta: {
    id: 'google-sql-public-ip',
    title: 'Cloud SQL instances have no public IP',
    owner: 'customer',
    duty: 'network',
    severity: 'medium',
    messages: {
      world: 'Cloud SQL instance {name} authorizes {cidr}: the database port is reachable from the whole internet. Authorize only the networks that need it, or use private IP and the Cloud SQL Auth Proxy.',
      public: 'Cloud SQL instance {name} has a public IPv4 address (ipv4_enabled = true). Prefer private IP (private_network) and ipv4_enabled = false.',
      defaultPublic: 'Cloud SQL instance {name} gets a public IPv4 address: ipv4_enabled defaults to true. Set ipv4_enabled = false with a private_network.',
    },
    description:
      'Google runs the database and its network edge; whether an instance has a public address, and which networks may reach it, is the customer\'s configuration. `ipv4_enabled` defaults to true, so an instance without `ip_configuration` is public; an authorized network of 0.0.0.0/0 opens it to the whole internet (critical).',
    aliases: { checkov: ['CKV_GCP_60', 'CKV_GCP_11'], trivy: ['AVD-GCP-0017'], tfsec: ['google-sql-no-public-access'] },
    compliance: ['CIS GCP 6.5', 'CIS GCP 6.6', 'NIST 800-53 SC-7'],
    fixable: true,
  },
  terraform: { resourceTypes: ['google_sql_database_instance'], check },
});
