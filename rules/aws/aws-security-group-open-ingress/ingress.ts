/**
 * Reads security-group ingress rules from every form they take (inline blocks
 * or lists, standalone rule resources, CloudFormation properties) into one shape.
 */
import { get, num, objects, str, strings } from '../../../server/src/model/query';
import type { MObject, MValue, Resource } from '../../../server/src/model/types';

export interface Ingress {
  /** Open-to-the-world CIDRs with the value to point at. */
  open: { cidr: string; node: MValue }[];
  protocol?: string;
  from?: number;
  to?: number;
}

export type Exposure = { kind: 'all' } | { kind: 'admin'; ports: string; admin: string } | { kind: 'port'; ports: string } | { kind: 'icmp' } | { kind: 'unknown' };

const adminPorts = [22, 3389];

/** Any `/0` prefix is the whole address space (`0.0.0.0/0`, `::/0`, `0::0/0`). */
export function isOpenCidr(cidr: string): boolean {
  return /\/0$/.test(cidr.trim());
}

function openOf(values: (MValue | undefined)[]): Ingress['open'] {
  return values.flatMap((v) => strings(v).items.filter((i) => isOpenCidr(i.value)).map((i) => ({ cidr: i.value, node: i.node })));
}

function protocolText(value: MValue | undefined): string | undefined {
  const s = str(value);
  if (s !== undefined) return s.toLowerCase();
  const n = num(value);
  return n === undefined ? undefined : String(n);
}

function read(object: MObject, cidrKeys: string[], protocolKey: string, fromKey: string, toKey: string): Ingress {
  return {
    open: openOf(cidrKeys.map((k) => get(object, k))),
    protocol: protocolText(get(object, protocolKey)),
    from: num(get(object, fromKey)),
    to: num(get(object, toKey)),
  };
}

export function ingressRules(resource: Resource): Ingress[] {
  const body = resource.body;
  switch (resource.type) {
    case 'aws_security_group':
      return objects(body, 'ingress').map((o) => read(o, ['cidr_blocks', 'ipv6_cidr_blocks'], 'protocol', 'from_port', 'to_port'));
    case 'aws_security_group_rule':
      return str(get(body, 'type')) === 'ingress' ? [read(body, ['cidr_blocks', 'ipv6_cidr_blocks'], 'protocol', 'from_port', 'to_port')] : [];
    case 'aws_vpc_security_group_ingress_rule':
      return [read(body, ['cidr_ipv4', 'cidr_ipv6'], 'ip_protocol', 'from_port', 'to_port')];
    case 'AWS::EC2::SecurityGroup':
      return objects(body, 'SecurityGroupIngress').map((o) => read(o, ['CidrIp', 'CidrIpv6'], 'IpProtocol', 'FromPort', 'ToPort'));
    case 'AWS::EC2::SecurityGroupIngress':
      return [read(body, ['CidrIp', 'CidrIpv6'], 'IpProtocol', 'FromPort', 'ToPort')];
    default:
      return [];
  }
}

function range(from: number, to: number): string {
  return from === to ? String(from) : `${from}-${to}`;
}

/** What an ingress rule exposes, by port containment. */
export function exposure(rule: Ingress): Exposure {
  const p = rule.protocol;
  if (p === undefined) return { kind: 'unknown' };
  if (p === '-1' || p === 'all') return { kind: 'all' };
  if (p === 'icmp' || p === '1' || p === 'icmpv6' || p === '58') return { kind: 'icmp' };
  const from = rule.from;
  const to = rule.to ?? rule.from;
  if (from === undefined || to === undefined) return { kind: 'unknown' };
  // CloudFormation uses -1 for "all ports" with tcp/udp too.
  if ((from <= 0 && to >= 65535) || (from === -1 && to === -1)) return { kind: 'all' };
  const admin = adminPorts.filter((port) => port >= from && port <= to);
  if (admin.length) return { kind: 'admin', ports: range(from, to), admin: admin.join(', ') };
  return { kind: 'port', ports: range(from, to) };
}
