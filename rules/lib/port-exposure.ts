/**
 * Ingress exposure by port, shared by the Azure NSG and Google firewall rules
 * (the same severity ladder as aws-security-group-open-ingress): every port is
 * critical, a range containing an administration port (22, 3389) high, any
 * other port low.
 */
import type { Severity } from '../../server/src/engine/rule';
import type { FixValue, SemanticFix } from '../../server/src/fixes/types';
import type { MValue } from '../../server/src/model/types';

export interface PortRange {
  from: number;
  to: number;
}

export type PortExposure = { kind: 'all' } | { kind: 'admin'; ports: string; admin: string } | { kind: 'port'; ports: string } | { kind: 'icmp' };

export const exposureSeverity: Record<PortExposure['kind'], Severity> = { all: 'critical', admin: 'high', port: 'low', icmp: 'low' };

const adminPorts = [22, 3389];

/** `22`, `1000-2000`, `*` (every port); undefined when the text is not a port range. */
export function parsePortRange(text: string): PortRange | undefined {
  const t = text.trim();
  if (t === '*') return { from: 0, to: 65535 };
  const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(t);
  if (!m) return undefined;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return from <= to ? { from, to } : undefined;
}

function rangeText(r: PortRange): string {
  return r.from === r.to ? String(r.from) : `${r.from}-${r.to}`;
}

/** The worst exposure among port ranges: all ports, then administration ports, then any port. */
export function portExposure(ranges: readonly PortRange[]): PortExposure {
  if (ranges.some((r) => r.from <= 1 && r.to >= 65535)) return { kind: 'all' };
  const admin = ranges.flatMap((r) => adminPorts.filter((p) => p >= r.from && p <= r.to).map((p) => ({ r, p })));
  if (admin.length) {
    const ports = [...new Set(admin.map((a) => rangeText(a.r)))].join(', ');
    return { kind: 'admin', ports, admin: [...new Set(admin.map((a) => a.p))].join(', ') };
  }
  return { kind: 'port', ports: ranges.map(rangeText).join(', ') };
}

/** Any `/0` prefix is the whole address space (`0.0.0.0/0`, `::/0`). */
export function isWholeAddressSpace(cidr: string): boolean {
  return /\/0$/.test(cidr.trim());
}

/** Documentation ranges (RFC 5737, RFC 3849): valid CIDRs that obviously need editing. */
export function narrowFix(source: string, node: MValue): SemanticFix {
  const placeholder: FixValue = { placeholder: source.includes(':') ? '2001:db8::/32' : '203.0.113.0/24' };
  return { title: `Narrow ${source} to a network you trust (edit the selected CIDR)`, kind: 'quickfix', preferred: true, changes: [{ kind: 'replace', target: node, value: placeholder }] };
}
