/** `cidrsubnet`, `cidrsubnets`, `cidrhost`, `cidrnetmask` for IPv4 and IPv6 (BigInt arithmetic). */
import { fail, num, str, type TfFunction } from './functions';

interface Cidr {
  address: bigint;
  prefix: number;
  bits: 32 | 128;
}

function parseV4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((acc, p) => (acc << 8n) | BigInt(Number(p)), 0n);
}

function parseV6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const groups = halves.length === 2 ? [...head, ...Array(8 - head.length - tail.length).fill('0'), ...tail] : head;
  if (groups.length !== 8 || groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return undefined;
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g, 16)), 0n);
}

function parseCidr(text: string, fn: string): Cidr {
  const [addr, prefixText] = text.split('/');
  const v4 = parseV4(addr);
  const bits = v4 !== undefined ? 32 : 128;
  const address = v4 ?? parseV6(addr);
  const prefix = Number(prefixText);
  if (address === undefined || !/^\d+$/.test(prefixText ?? '') || prefix > bits) fail(`${fn}: invalid CIDR "${text}"`);
  const hostBits = BigInt(bits - prefix);
  return { address: (address >> hostBits) << hostBits, prefix, bits };
}

function formatAddress(address: bigint, bits: 32 | 128): string {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((s) => String((address >> s) & 255n)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => ((address >> BigInt(112 - i * 16)) & 0xffffn).toString(16));
  // Compress the longest run of zero groups (RFC 5952).
  let best = -1;
  let bestLength = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLength && j - i > 1) (best = i), (bestLength = j - i);
    i = j;
  }
  if (best < 0) return groups.join(':');
  return `${groups.slice(0, best).join(':')}::${groups.slice(best + bestLength).join(':')}`;
}

function subnet(base: Cidr, newbits: number, netnum: number, fn: string): Cidr {
  const prefix = base.prefix + newbits;
  if (newbits < 0 || prefix > base.bits) fail(`${fn}: not enough bits to extend prefix`);
  if (netnum < 0 || BigInt(netnum) >= 1n << BigInt(newbits)) fail(`${fn}: netnum out of range`);
  return { address: base.address | (BigInt(netnum) << BigInt(base.bits - prefix)), prefix, bits: base.bits };
}

const text = (c: Cidr) => `${formatAddress(c.address, c.bits)}/${c.prefix}`;

export const netFunctions: Record<string, TfFunction> = {
  cidrsubnet: ([p, n, k]) => text(subnet(parseCidr(str(p, 'cidrsubnet'), 'cidrsubnet'), num(n, 'cidrsubnet'), num(k, 'cidrsubnet'), 'cidrsubnet')),
  cidrhost: ([p, h]) => {
    const base = parseCidr(str(p, 'cidrhost'), 'cidrhost');
    const size = 1n << BigInt(base.bits - base.prefix);
    let host = BigInt(num(h, 'cidrhost'));
    if (host < 0n) host += size;
    if (host < 0n || host >= size) fail('cidrhost: host number out of range');
    return formatAddress(base.address + host, base.bits);
  },
  cidrnetmask: ([p]) => {
    const base = parseCidr(str(p, 'cidrnetmask'), 'cidrnetmask');
    if (base.bits !== 32) fail('cidrnetmask: IPv6 has no netmask');
    return formatAddress(((1n << 32n) - 1n) ^ ((1n << BigInt(32 - base.prefix)) - 1n), 32);
  },
  cidrsubnets: ([p, ...ns]) => {
    const base = parseCidr(str(p, 'cidrsubnets'), 'cidrsubnets');
    const out: string[] = [];
    let next = base.address;
    for (const nb of ns) {
      const prefix = base.prefix + num(nb, 'cidrsubnets');
      if (prefix > base.bits) fail('cidrsubnets: not enough bits');
      const size = 1n << BigInt(base.bits - prefix);
      const start = ((next + size - 1n) / size) * size;
      if (start + size > base.address + (1n << BigInt(base.bits - base.prefix))) fail('cidrsubnets: not enough address space');
      out.push(text({ address: start, prefix, bits: base.bits }));
      next = start + size;
    }
    return out;
  },
};
