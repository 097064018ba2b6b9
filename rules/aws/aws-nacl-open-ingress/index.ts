/**
 * Network ACLs that admit the whole internet to administration ports or to all
 * traffic. AWS enforces NACLs as written; their entries are the customer's.
 * Port containment and open CIDRs follow aws-security-group-open-ingress.
 */
import type { Span } from '../../../server/src/core/text';
import { defineRule, type RuleContext, type Severity } from '../../../server/src/engine/rule';
import type { SemanticFix } from '../../../server/src/fixes/types';
import type { MValue, Resource } from '../../../server/src/model/types';
import { isOpenCidr } from '../aws-security-group-open-ingress/ingress';
import { entriesOf, type Entry } from './entries';

const ADMIN_PORTS = [22, 3389];

const messages = {
  all: 'This network ACL entry allows all traffic from {cidr} (the whole internet), including administration ports 22 and 3389. Allow only the ports and networks the subnet needs, and deny 22/3389 from the internet.',
  admin: 'This network ACL entry allows administration port {ports} from {cidr} (the whole internet), and no earlier entry denies it. Reach instances through SSM Session Manager, a VPN or a bastion restricted to known networks.',
};

const severities: Record<'all' | 'admin', Severity> = { all: 'high', admin: 'medium' };

type State = 'yes' | 'no' | 'maybe';

function allTraffic(protocol: string): boolean {
  return protocol === '-1' || protocol === 'all';
}

function tcp(protocol: string): boolean {
  return protocol === 'tcp' || protocol === '6';
}

/** Whether an entry matches TCP traffic to `port` (protocol -1 ignores ports). */
function covers(entry: Entry, port: number): State {
  const p = entry.protocol;
  if (p === undefined) return 'maybe';
  if (allTraffic(p)) return 'yes';
  if (!tcp(p)) return 'no';
  if (entry.from === undefined || entry.to === undefined) return 'maybe';
  return entry.from <= port && port <= entry.to ? 'yes' : 'no';
}

/** Whether an entry applies to every internet source of one address family. */
function whole(entry: Entry, v6: boolean): State {
  const cidrs = entry.cidrs.filter((c) => c.v6 === v6);
  if (cidrs.some((c) => c.cidr === undefined)) return 'maybe';
  return cidrs.some((c) => isOpenCidr(c.cidr!)) ? 'yes' : 'no';
}

/** Whether a lower-numbered entry denies (or may deny) this port from the internet first. */
function shadowed(allow: Entry, port: number, v6: boolean, others: Entry[]): boolean {
  return others.some((e) => {
    if (e.action === 'allow') return false;
    const earlier = e.ruleNo === undefined || allow.ruleNo === undefined || e.ruleNo < allow.ruleNo;
    return earlier && covers(e, port) !== 'no' && whole(e, v6) !== 'no';
  });
}

function narrowFix(cidr: string, node: MValue): SemanticFix {
  return { title: `Narrow ${cidr} to a network you trust (edit the selected CIDR)`, kind: 'quickfix', preferred: true, changes: [{ kind: 'replace', target: node, value: { placeholder: cidr.includes(':') ? '2001:db8::/32' : '203.0.113.0/24' } }] };
}

/** Only a CIDR written in place is edited; one from a variable or local is reported where used, without a fix. */
function writtenHere(context: RuleContext, span: Span, cidr: string): boolean {
  const text = context.document.text.slice(span.start, span.end);
  return text === cidr || text === JSON.stringify(cidr) || text === `'${cidr}'`;
}

function check(resource: Resource, context: RuleContext): void {
  const { own, others } = entriesOf(resource, context.unit);
  for (const entry of own) {
    const p = entry.protocol;
    if (entry.action !== 'allow' || p === undefined || !(allTraffic(p) || tcp(p))) continue;
    if (!allTraffic(p) && (entry.from === undefined || entry.to === undefined)) continue;
    // AWS's documented public-subnet NACL admits 1024-65535 from anywhere for return traffic (NACLs are stateless):
    // a port range starting in the ephemeral range is that, not an RDP exposure. A single port is still judged.
    if (!allTraffic(p) && entry.from! >= 1024 && entry.to! > entry.from!) continue;
    const ports = ADMIN_PORTS.filter((port) => covers(entry, port) === 'yes');
    const everything = allTraffic(p) || (entry.from! <= 0 && entry.to! >= 65535);
    const rest = [...own.filter((e) => e !== entry), ...others];
    for (const { cidr, v6, node } of entry.cidrs) {
      if (cidr === undefined || !isOpenCidr(cidr) || !node.span) continue;
      const exposed = ports.filter((port) => !shadowed(entry, port, v6, rest));
      if (exposed.length === 0) continue;
      const kind = everything && exposed.length === ADMIN_PORTS.length ? 'all' : 'admin';
      const fixes = writtenHere(context, node.span, cidr) ? [narrowFix(cidr, node)] : [];
      context.report({ messageId: kind, severity: severities[kind], data: { cidr, ports: exposed.join(' and ') }, span: node.span, fixes });
    }
  }
}

export default defineRule({
  meta: {
    id: 'aws-nacl-open-ingress',
    title: 'Network ACLs do not admit the internet to administration ports',
    owner: 'customer',
    duty: 'network',
    severity: 'high',
    messages,
    description:
      'AWS enforces network ACLs at the subnet boundary exactly as written; their entries are the customer\'s. An ingress entry allowing 0.0.0.0/0 or ::/0 to SSH (22), RDP (3389) or all traffic, not shadowed by a lower-numbered deny, exposes every instance of the subnet whose security group is also open.',
    aliases: { checkov: ['CKV_AWS_229', 'CKV_AWS_230', 'CKV_AWS_231', 'CKV_AWS_232', 'CKV_AWS_352'], trivy: ['AVD-AWS-0105', 'AVD-AWS-0102'], kics: ['3af7f2fd', 'a20be318'] },
    compliance: ['CIS AWS 5.1', 'NIST 800-53 SC-7'],
    fixable: true,
  },
  terraform: { resourceTypes: ['aws_network_acl', 'aws_network_acl_rule'], check },
  cloudformation: { resourceTypes: ['AWS::EC2::NetworkAclEntry'], check },
});
