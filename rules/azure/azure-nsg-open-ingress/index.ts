/**
 * Network security groups that admit the whole internet, inline
 * (`security_rule`) or standalone (`azurerm_network_security_rule`). Severity
 * follows aws-security-group-open-ingress: all ports critical, 22/3389 high,
 * any other port (or ICMP) low.
 */
import { defineRule, type RuleContext } from '../../../server/src/engine/rule';
import { get, num, objects, str, strings } from '../../../server/src/model/query';
import type { MObject, MValue, Resource } from '../../../server/src/model/types';
import { exposureSeverity, isWholeAddressSpace, narrowFix, parsePortRange, portExposure, type PortExposure, type PortRange } from '../../lib/port-exposure';

/** Service tags and wildcards Azure reads as "any source on the internet". */
function isOpenSource(prefix: string): boolean {
  const p = prefix.trim().toLowerCase();
  return p === '*' || p === 'any' || p === 'internet' || p === '0.0.0.0' || isWholeAddressSpace(p);
}

function lower(value: MValue | undefined): string | undefined {
  return str(value)?.toLowerCase();
}

/** The destination port ranges, or undefined when any cannot be read (a variable, a bad value). */
function portRanges(rule: MObject): { ranges: PortRange[]; complete: boolean } | undefined {
  const single = get(rule, 'destination_port_range');
  const texts: (string | undefined)[] = [];
  let complete = true;
  if (single && !(single.kind === 'scalar' && single.value === null)) {
    const n = num(single);
    texts.push(n !== undefined ? String(n) : str(single));
  }
  const list = get(rule, 'destination_port_ranges');
  if (list && !(list.kind === 'scalar' && list.value === null)) {
    const items = list.kind === 'list' ? list.items : [list];
    for (const item of items) texts.push(num(item) !== undefined ? String(num(item)) : str(item));
  }
  if (texts.length === 0) return undefined;
  const ranges: PortRange[] = [];
  for (const t of texts) {
    const r = t === undefined ? undefined : parsePortRange(t);
    if (r) ranges.push(r);
    else complete = false;
  }
  return { ranges, complete };
}

/** What an inbound Allow rule exposes; undefined when it is not one, or cannot be known. */
function exposureOf(rule: MObject): PortExposure | undefined {
  if (lower(get(rule, 'direction')) !== 'inbound' || lower(get(rule, 'access')) !== 'allow') return undefined;
  const protocol = lower(get(rule, 'protocol'));
  if (protocol === undefined) return undefined;
  if (protocol === 'icmp') return { kind: 'icmp' };
  const ports = portRanges(rule);
  if (!ports) return protocol === 'esp' || protocol === 'ah' ? { kind: 'port', ports: protocol.toUpperCase() } : undefined;
  if (ports.ranges.length === 0) return undefined;
  const exposure = portExposure(ports.ranges);
  // Ports we cannot read may be worse than the ones we can: report only what the known ones already prove.
  return ports.complete || exposure.kind !== 'port' ? exposure : undefined;
}

function openSources(rule: MObject): { source: string; node: MValue }[] {
  const values = [get(rule, 'source_address_prefix'), get(rule, 'source_address_prefixes')];
  return values.flatMap((v) => strings(v).items.filter((i) => isOpenSource(i.value)).map((i) => ({ source: i.value, node: i.node })));
}

function check(resource: Resource, context: RuleContext): void {
  const rules = resource.type === 'azurerm_network_security_rule' ? [resource.body] : objects(resource.body, 'security_rule');
  const seen = new Set<string>();
  for (const rule of rules) {
    const exposure = exposureOf(rule);
    if (!exposure) continue;
    const ruleName = str(get(rule, 'name')) ?? resource.name;
    for (const { source, node } of openSources(rule)) {
      if (!node.span) continue;
      const key = `${node.span.start}:${exposure.kind}`;
      if (seen.has(key)) continue; // instances of one dynamic block share their source text
      seen.add(key);
      const text = context.document.text.slice(node.span.start, node.span.end);
      const fixes = text === JSON.stringify(source) ? [narrowFix(source, node)] : [];
      const data = { source, rule: ruleName, ports: 'ports' in exposure ? exposure.ports : '', admin: exposure.kind === 'admin' ? exposure.admin : '' };
      context.report({ messageId: exposure.kind, data, severity: exposureSeverity[exposure.kind], span: node.span, fixes });
    }
  }
}

export default defineRule({
  meta: {
    id: 'azure-nsg-open-ingress',
    title: 'Network security groups do not admit the whole internet',
    owner: 'customer',
    duty: 'network',
    severity: 'high',
    messages: {
      all: 'Rule {rule} allows every port inbound from {source} (the whole internet). What an NSG admits is your duty: allow only the ports and networks you need.',
      admin: 'Rule {rule} opens administration port {admin} (ports {ports}) to {source} (the whole internet). Use Azure Bastion, just-in-time VM access or a VPN instead.',
      port: 'Rule {rule} opens {ports} to {source} (the whole internet). Make sure this service is meant to be public; otherwise allow only the networks that need it.',
      icmp: 'Rule {rule} allows ICMP from {source} (the whole internet). Allow only the networks that need it.',
    },
    description:
      'Azure enforces network security groups exactly as written; which inbound traffic they allow is the customer\'s decision. An Allow rule from `*`, `Internet`, `Any` or a /0 prefix exposes the subnet or NIC to the whole internet: all ports (critical), administration ports 22 and 3389 (high), any other port or ICMP (low).',
    aliases: { checkov: ['CKV_AZURE_10', 'CKV_AZURE_9', 'CKV_AZURE_160', 'CKV_AZURE_77'], trivy: ['AVD-AZU-0050', 'AVD-AZU-0048'], kics: ['3e3c175e', 'efbf6449'] },
    compliance: ['CIS Azure 6.1', 'CIS Azure 6.2', 'CIS Azure 6.3', 'CIS Azure 6.4', 'NIST 800-53 SC-7'],
    fixable: true,
  },
  terraform: { resourceTypes: ['azurerm_network_security_group', 'azurerm_network_security_rule'], check },
});
