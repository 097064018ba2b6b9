/**
 * Security groups open to the whole internet. AWS runs the network and the
 * filtering; what a security group lets in is entirely the customer's choice.
 */
import { defineRule, type Severity } from '../../../server/src/engine/rule';
import type { FixValue, SemanticFix } from '../../../server/src/fixes/types';
import type { MValue, Resource } from '../../../server/src/model/types';
import type { RuleContext } from '../../../server/src/engine/rule';
import { attachedTo, isAttachment } from '../../lib/links';
import { exposure, ingressRules, type Exposure } from './ingress';

const severities: Record<Exclude<Exposure['kind'], 'unknown'>, Severity> = { all: 'critical', admin: 'high', port: 'low', icmp: 'low' };

/** Documentation ranges (RFC 5737, RFC 3849): valid CIDRs that obviously need editing. */
function narrowFix(cidr: string, node: MValue): SemanticFix {
  const placeholder: FixValue = { placeholder: cidr.includes(':') ? '2001:db8::/32' : '203.0.113.0/24' };
  return { title: `Narrow ${cidr} to a network you trust (edit the selected CIDR)`, kind: 'quickfix', preferred: true, changes: [{ kind: 'replace', target: node, value: placeholder }] };
}

/**
 * Only a CIDR written as a literal is edited in place; one computed from a
 * variable, a local or a dynamic block's iterator is reported where it is
 * used, without a fix (replacing the expression would change every use).
 */
function writtenHere(resource: Resource, context: RuleContext, node: MValue, cidr: string): boolean {
  const span = node.span;
  if (!span) return false;
  // CloudFormation values are evaluated to what is written at the span; only Terraform expressions differ.
  if (resource.format === 'cloudformation') return true;
  const text = context.document.text.slice(span.start, span.end);
  return text === JSON.stringify(cidr) || text === cidr || text === `'${cidr}'`;
}

/** A standalone rule names the group it opens, when that group is in the unit (rules/lib/links.ts). */
function where(resource: Resource, context: RuleContext): string {
  // A group itself reads nothing else: its findings are kept with it while it does not change.
  if (!isAttachment(resource)) return '';
  const group = attachedTo(context.unit, resource);
  return group ? ` through this standalone rule of security group ${group.name}` : '';
}

function check(resource: Resource, context: RuleContext): void {
  // Instances of one dynamic block share their source: one finding per place and message.
  const seen = new Set<string>();
  for (const rule of ingressRules(resource)) {
    const e = exposure(rule);
    if (e.kind === 'unknown') continue;
    for (const { cidr, node } of rule.open) {
      if (!node.span) continue;
      const data = { cidr, ports: 'ports' in e ? e.ports : '', admin: e.kind === 'admin' ? e.admin : '', where: where(resource, context) };
      const key = `${node.span.start}:${node.span.end}:${e.kind}:${cidr}:${data.ports}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const fixes = writtenHere(resource, context, node, cidr) ? [narrowFix(cidr, node)] : [];
      context.report({ messageId: e.kind, data, severity: severities[e.kind], span: node.span, fixes });
    }
  }
}

export default defineRule({
  meta: {
    id: 'aws-security-group-open-ingress',
    title: 'Security groups do not admit the whole internet',
    owner: 'customer',
    duty: 'network',
    severity: 'high',
    messages: {
      all: 'All ports and protocols are open to {cidr} (the whole internet){where}. What a security group admits is your duty: allow only the ports and networks you need.',
      admin: 'Administration port {admin} (range {ports}) is open to {cidr} (the whole internet){where}. Reach instances through SSM Session Manager, a VPN or a bastion restricted to known networks.',
      port: 'Port {ports} is open to {cidr} (the whole internet){where}. Make sure this service is meant to be public; otherwise allow only the networks that need it.',
      icmp: 'ICMP is open to {cidr} (the whole internet){where}. Allow only the ICMP types and networks you need.',
    },
    description:
      'AWS operates the network fabric and enforces security groups; which traffic they admit is configured by the customer. Ingress from 0.0.0.0/0 or ::/0 exposes the resource to the whole internet: all ports (critical), administration ports 22 and 3389 (high), any other port (low: often intended for public web services).',
    aliases: { checkov: ['CKV_AWS_24', 'CKV_AWS_25', 'CKV_AWS_260', 'CKV_AWS_277'], trivy: ['AVD-AWS-0107'], kics: ['4728cd65', '65905cec', '151187cb'] },
    compliance: ['CIS AWS 5.2', 'CIS AWS 5.3', 'NIST 800-53 SC-7'],
    fixable: true,
  },
  terraform: { resourceTypes: ['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_ingress_rule'], check },
  cloudformation: { resourceTypes: ['AWS::EC2::SecurityGroup', 'AWS::EC2::SecurityGroupIngress'], check },
});
