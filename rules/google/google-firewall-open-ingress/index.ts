/**
 * VPC firewall rules that admit the whole internet. An ingress rule with no
 * source at all also applies to 0.0.0.0/0 (Google's default source range).
 * Severity follows aws-security-group-open-ingress.
 */
import { defineRule, severityOrder, type RuleContext } from '../../../server/src/engine/rule';
import type { SemanticFix } from '../../../server/src/fixes/types';
import { get, num, objects, str, truth } from '../../../server/src/model/query';
import type { MObject, Resource } from '../../../server/src/model/types';
import { isSet } from '../../lib/blocks';
import { exposureSeverity, isWholeAddressSpace, narrowFix, parsePortRange, portExposure, type PortExposure, type PortRange } from '../../lib/port-exposure';

/** Protocols whose `allow` without `ports` opens every port. */
const portProtocols = new Set(['tcp', 'udp', 'sctp', '6', '17', '132']);

/** What one `allow` block exposes; undefined when it cannot be known. */
function allowExposure(allow: MObject): PortExposure | undefined {
  const protocol = str(get(allow, 'protocol'))?.toLowerCase() ?? (num(get(allow, 'protocol')) !== undefined ? String(num(get(allow, 'protocol'))) : undefined);
  if (protocol === undefined) return undefined;
  if (protocol === 'all') return { kind: 'all' };
  if (protocol === 'icmp' || protocol === '1') return { kind: 'icmp' };
  if (!portProtocols.has(protocol)) return { kind: 'port', ports: protocol };
  const ports = get(allow, 'ports');
  if (ports === undefined || (ports.kind === 'scalar' && ports.value === null)) return { kind: 'all' };
  if (ports.kind !== 'list') return undefined;
  const ranges: PortRange[] = [];
  let complete = true;
  for (const item of ports.items) {
    const text = str(item) ?? (num(item) !== undefined ? String(num(item)) : undefined);
    const range = text === undefined ? undefined : parsePortRange(text);
    if (range) ranges.push(range);
    else complete = false;
  }
  if (ranges.length === 0) return complete ? { kind: 'all' } : undefined; // `ports = []` is every port
  const exposure = portExposure(ranges);
  return complete || exposure.kind !== 'port' ? exposure : undefined;
}

/** The worst exposure of the rule's `allow` blocks, with what each block opens. */
function worst(allows: MObject[]): PortExposure | undefined {
  let result: PortExposure | undefined;
  const rank = (e: PortExposure) => severityOrder.indexOf(exposureSeverity[e.kind]) * 10 + (e.kind === 'port' ? 1 : 0);
  const ports: string[] = [];
  for (const allow of allows) {
    const e = allowExposure(allow);
    if (!e) return undefined; // one block we cannot read may be the widest
    if ('ports' in e) ports.push(e.ports);
    if (!result || rank(e) > rank(result)) result = e;
  }
  if (result?.kind === 'port') return { kind: 'port', ports: [...new Set(ports)].join(', ') };
  return result;
}

function placeholderFix(resource: Resource): SemanticFix {
  return { title: 'Add source_ranges with a network you trust (edit the selected CIDR)', kind: 'quickfix', preferred: true, changes: [{ kind: 'set', target: resource.body, key: 'source_ranges', value: [{ placeholder: '203.0.113.0/24' }] }] };
}

function check(resource: Resource, context: RuleContext): void {
  const body = resource.body;
  const direction = get(body, 'direction');
  if (direction && str(direction)?.toUpperCase() !== 'INGRESS') return; // EGRESS, or unknown
  const disabled = truth(get(body, 'disabled'));
  if (disabled === 'true' || disabled === 'unknown') return;
  const allows = objects(body, 'allow');
  if (allows.length === 0) return; // deny rules restrict
  const exposure = worst(allows);
  if (!exposure) return;
  const data = { name: resource.name, ports: 'ports' in exposure ? exposure.ports : '', admin: exposure.kind === 'admin' ? exposure.admin : '' };
  const severity = exposureSeverity[exposure.kind];

  const ranges = get(body, 'source_ranges');
  if (!ranges && !isSet(body, 'source_tags') && !isSet(body, 'source_service_accounts')) {
    // Google applies an ingress rule without any source to 0.0.0.0/0.
    context.report({ messageId: exposure.kind, severity, data: { ...data, source: "0.0.0.0/0 (no source given: Google's default, the whole internet)" }, span: resource.typeSpan, fixes: [placeholderFix(resource)] });
    return;
  }
  if (ranges?.kind !== 'list') return;
  for (const item of ranges.items) {
    const cidr = str(item);
    if (cidr === undefined || !isWholeAddressSpace(cidr) || !item.span) continue;
    const literal = context.document.text.slice(item.span.start, item.span.end) === JSON.stringify(cidr);
    context.report({ messageId: exposure.kind, severity, data: { ...data, source: `${cidr} (the whole internet)` }, span: item.span, fixes: literal ? [narrowFix(cidr, item)] : [] });
  }
}

export default defineRule({
  meta: {
    id: 'google-firewall-open-ingress',
    title: 'VPC firewall rules do not admit the whole internet',
    owner: 'customer',
    duty: 'network',
    severity: 'high',
    messages: {
      all: 'Firewall rule {name} allows every port from {source}. What a firewall admits is your duty: allow only the ports and networks you need.',
      admin: 'Firewall rule {name} opens administration port {admin} (ports {ports}) to {source}. Use IAP TCP forwarding, OS Login through a bastion, or a VPN instead.',
      port: 'Firewall rule {name} opens {ports} to {source}. Make sure this service is meant to be public; otherwise allow only the networks that need it.',
      icmp: 'Firewall rule {name} allows ICMP from {source}. Allow only the networks that need it.',
    },
    description:
      'Google enforces VPC firewall rules exactly as written; which traffic they admit is the customer\'s decision. An enabled ingress `allow` rule from 0.0.0.0/0 or ::/0 — or with no source at all, which Google treats as 0.0.0.0/0 — exposes every targeted instance: all ports (critical), 22/3389 (high), any other port or ICMP (low).',
    aliases: { checkov: ['CKV_GCP_2', 'CKV_GCP_3', 'CKV_GCP_106', 'CKV_GCP_75', 'CKV_GCP_77', 'CKV_GCP_88', 'CKV2_GCP_12'], trivy: ['AVD-GCP-0071', 'AVD-GCP-0070', 'AVD-GCP-0027'], kics: ['c4dcdcdf', '678fd659'] },
    compliance: ['CIS GCP 3.6', 'CIS GCP 3.7', 'NIST 800-53 SC-7'],
    fixable: true,
  },
  terraform: { resourceTypes: ['google_compute_firewall'], check },
});
