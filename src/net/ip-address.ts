import net from 'node:net';

/** IP addresses as integers, so ranges are a shift and a compare. Pure functions, no I/O. */
export type Range = [bigint, number]; // network address as a 32- or 128-bit integer, prefix length

export function ipv4ToInt(ip: string): bigint | undefined {
  if (net.isIPv4(ip) === false) return undefined;
  return ip.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

export function ipv6ToInt(ip: string): bigint | undefined {
  let text = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!net.isIPv6(text)) return undefined;
  // A trailing dotted quad (::ffff:1.2.3.4) becomes two hex groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const n = ipv4ToInt(dotted[1]!)!;
    text = text.slice(0, -dotted[1]!.length) + `${(n >> 16n).toString(16)}:${(n & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array(tail === undefined ? 0 : missing).fill('0'), ...tailGroups];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(parseInt(g || '0', 16)), 0n);
}

export const inRange = (value: bigint, bits: number, [net, len]: Range): boolean =>
  len === 0 || value >> BigInt(bits - len) === net >> BigInt(bits - len);

/** Parses `10.0.0.0/8`, `fd00::/8` or a bare address; undefined when it is neither. */
export function parseCidr(cidr: string): { v6: boolean; range: Range } | undefined {
  const [addr, len, extra] = cidr.trim().split('/');
  if (!addr || extra !== undefined) return undefined;
  const a4 = ipv4ToInt(addr);
  const a6 = a4 === undefined ? ipv6ToInt(addr) : undefined;
  if (a4 === undefined && a6 === undefined) return undefined;
  const bits = a4 !== undefined ? 32 : 128;
  const prefix = len === undefined ? bits : /^\d+$/.test(len) ? Number(len) : NaN;
  if (!(prefix >= 0 && prefix <= bits)) return undefined;
  return { v6: a4 === undefined, range: [(a4 ?? a6)!, prefix] };
}
