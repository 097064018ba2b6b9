/**
 * Network ACL ingress entries in one shape, from every form they take (inline
 * `ingress` blocks, `aws_network_acl_rule`, CloudFormation `AWS::EC2::NetworkAclEntry`),
 * with the sibling entries of the same ACL: NACLs are evaluated in rule-number
 * order and the first matching entry wins, so a lower-numbered deny shadows an allow.
 */
import { get, num, objects, str, truth } from '../../../server/src/model/query';
import type { MObject, MValue, Resource } from '../../../server/src/model/types';

export interface Entry {
  /** Undefined when not known. */
  ruleNo?: number;
  /** `allow`, `deny`, or undefined when not known. */
  action?: string;
  protocol?: string;
  from?: number;
  to?: number;
  /** Each CIDR: its text (undefined when not known), family, and the value to point at. */
  cidrs: { cidr?: string; v6: boolean; node: MValue }[];
}

function protocolText(value: MValue | undefined): string | undefined {
  const s = str(value);
  if (s !== undefined) return s.toLowerCase();
  const n = num(value);
  return n === undefined ? undefined : String(n);
}

function cidrsOf(object: MObject, v4: string, v6: string): Entry['cidrs'] {
  const out: Entry['cidrs'] = [];
  for (const [key, isV6] of [[v4, false], [v6, true]] as const) {
    const value = get(object, key);
    if (!value || (value.kind === 'scalar' && (value.value === null || value.value === ''))) continue;
    out.push({ cidr: str(value), v6: isV6, node: value });
  }
  return out;
}

function inline(block: MObject): Entry {
  return { ruleNo: num(get(block, 'rule_no')), action: str(get(block, 'action'))?.toLowerCase(), protocol: protocolText(get(block, 'protocol')), from: num(get(block, 'from_port')), to: num(get(block, 'to_port')), cidrs: cidrsOf(block, 'cidr_block', 'ipv6_cidr_block') };
}

function terraformRule(body: MObject): Entry {
  return { ruleNo: num(get(body, 'rule_number')), action: str(get(body, 'rule_action'))?.toLowerCase(), protocol: protocolText(get(body, 'protocol')), from: num(get(body, 'from_port')), to: num(get(body, 'to_port')), cidrs: cidrsOf(body, 'cidr_block', 'ipv6_cidr_block') };
}

function cloudFormationEntry(body: MObject): Entry {
  const range = get(body, 'PortRange');
  const ports = range?.kind === 'object' ? range : undefined;
  return { ruleNo: num(get(body, 'RuleNumber')), action: str(get(body, 'RuleAction'))?.toLowerCase(), protocol: protocolText(get(body, 'Protocol')), from: num(get(ports, 'From')), to: num(get(ports, 'To')), cidrs: cidrsOf(body, 'CidrBlock', 'Ipv6CidrBlock') };
}

/** Ingress unless `egress` is (or may be) true; absent means ingress in both formats. */
function ingress(body: MObject, key: string): boolean {
  const t = truth(get(body, key));
  return t === undefined || t === 'false';
}

/** The same ACL: the same reference or literal id (an unknown id joins nothing). */
function aclKey(value: MValue | undefined): string | undefined {
  if (value?.kind === 'unknown') return value.reference;
  return str(value);
}

/** The entries of the ACL `resource` belongs to: `own` are this resource's, `others` its siblings'. */
export function entriesOf(resource: Resource, unit: readonly Resource[]): { own: Entry[]; others: Entry[] } {
  switch (resource.type) {
    case 'aws_network_acl': {
      const own = objects(resource.body, 'ingress').map(inline);
      return { own, others: [] };
    }
    case 'aws_network_acl_rule':
    case 'AWS::EC2::NetworkAclEntry': {
      const tf = resource.type === 'aws_network_acl_rule';
      const read = tf ? terraformRule : cloudFormationEntry;
      const egressKey = tf ? 'egress' : 'Egress';
      const idKey = tf ? 'network_acl_id' : 'NetworkAclId';
      if (!ingress(resource.body, egressKey)) return { own: [], others: [] };
      const key = aclKey(get(resource.body, idKey));
      const others = key === undefined ? [] : unit.filter((r) => r.type === resource.type && r.name !== resource.name && aclKey(get(r.body, idKey)) === key && ingress(r.body, egressKey)).map((r) => read(r.body));
      return { own: [read(resource.body)], others };
    }
    default:
      return { own: [], others: [] };
  }
}
