import dns from 'node:dns';
import net from 'node:net';
import { NewsbotError } from '../errors.ts';

/**
 * The SSRF guard. A feed URL is user input: without this check, "add this feed" becomes
 * "read the cloud metadata service for me". Host names are checked on every connect
 * (see `guardedLookup`, handed to undici), so DNS rebinding between check and use cannot
 * slip through; IP literals never reach a lookup and are checked by `assertAllowedHost`.
 */

type Range = [bigint, number]; // network address as a 32- or 128-bit integer, prefix length

const v4 = (cidr: string): Range => {
  const [addr, len] = cidr.split('/');
  return [ipv4ToInt(addr!)!, Number(len)];
};
const v6 = (cidr: string): Range => {
  const [addr, len] = cidr.split('/');
  return [ipv6ToInt(addr!)!, Number(len)];
};

const BLOCKED_V4: Range[] = [
  '0.0.0.0/8', // "this network", unspecified
  '10.0.0.0/8', // private
  '100.64.0.0/10', // carrier-grade NAT
  '127.0.0.0/8', // loopback
  '169.254.0.0/16', // link-local, includes the cloud metadata address 169.254.169.254
  '172.16.0.0/12', // private
  '192.0.0.0/24', // IETF protocol assignments
  '192.0.2.0/24', // documentation
  '192.88.99.0/24', // 6to4 relay anycast
  '192.168.0.0/16', // private
  '198.18.0.0/15', // benchmarking
  '198.51.100.0/24', // documentation
  '203.0.113.0/24', // documentation
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved, includes broadcast
].map(v4);

const BLOCKED_V6: Range[] = [
  '::/128', // unspecified
  '::1/128', // loopback
  '100::/64', // discard
  '2001:db8::/32', // documentation
  'fc00::/7', // unique local
  'fe80::/10', // link-local
  'fec0::/10', // site-local (deprecated, still routable in some networks)
  'ff00::/8', // multicast
].map(v6);

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

const inRange = (value: bigint, bits: number, [net, len]: Range) => len === 0 || value >> BigInt(bits - len) === net >> BigInt(bits - len);

function v4Reason(n: bigint): string | undefined {
  return BLOCKED_V4.some((r) => inRange(n, 32, r)) ? 'a private, loopback, link-local or reserved IPv4 address' : undefined;
}

/** Why `ip` must not be fetched, or undefined when it is a public address. */
export function blockedReason(ip: string): string | undefined {
  const a = ipv4ToInt(ip);
  if (a !== undefined) return v4Reason(a);
  const b = ipv6ToInt(ip);
  if (b === undefined) return 'not an IP address';
  const top96 = b >> 32n;
  const low32 = b & 0xffffffffn;
  // IPv4 inside IPv6: mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::/96,
  // and 6to4 2002:AABB:CCDD::/16 all reach the embedded IPv4 address.
  if (top96 === 0xffffn || (top96 === 0n && b > 1n)) return v4Reason(low32) && `${v4Reason(low32)} (IPv4 inside IPv6)`;
  if (b >> 32n === 0x64ff9b0000000000000000n) return v4Reason(low32) && `${v4Reason(low32)} (NAT64)`;
  if (b >> 112n === 0x2002n) {
    const embedded = (b >> 80n) & 0xffffffffn;
    return v4Reason(embedded) && `${v4Reason(embedded)} (6to4)`;
  }
  return BLOCKED_V6.some((r) => inRange(b, 128, r)) ? 'a private, loopback, link-local or reserved IPv6 address' : undefined;
}

export interface GuardOptions {
  allowPrivateNetworks: boolean;
  /** Injected for tests: resolves a name to all its addresses. */
  resolve?: (host: string) => Promise<{ address: string; family: number }[]>;
}

/** Rejects non-http(s) URLs and IP-literal hosts in blocked ranges. */
export function assertAllowedUrl(url: URL, opts: GuardOptions): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new NewsbotError('newsbot/bad-url', `only http and https URLs can be fetched, not ${url.protocol}`, { url: url.href });
  }
  // WHATWG URL parsing has already turned 2130706433, 0x7f.1 and 0177.0.0.1 into 127.0.0.1.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host) && !opts.allowPrivateNetworks) {
    const reason = blockedReason(host);
    if (reason) throw blockedError(url.hostname, host, reason);
  }
}

function blockedError(host: string, address: string, reason: string): NewsbotError {
  return new NewsbotError(
    'newsbot/blocked-address',
    `${host} resolves to ${address}, ${reason}; set settings.allowPrivateNetworks: true if this feed is meant to be on your own network`,
    { host, address },
  );
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `lookup` for net.connect: resolves every address, refuses the connection when any one
 * of them is blocked (an attacker controls which one a client would pick), and passes the
 * checked addresses on so the socket connects to exactly what was checked.
 */
export function guardedLookup(opts: GuardOptions) {
  const resolve =
    opts.resolve ?? ((host: string) => dns.promises.lookup(host, { all: true, verbatim: true }) as Promise<{ address: string; family: number }[]>);
  return (hostname: string, options: dns.LookupOptions | LookupCallback, maybeCallback?: LookupCallback): void => {
    const callback = (typeof options === 'function' ? options : maybeCallback)!;
    const all = typeof options === 'object' && options.all === true;
    resolve(hostname).then(
      (addresses) => {
        if (!addresses.length) return callback(Object.assign(new Error(`no addresses for ${hostname}`), { code: 'ENOTFOUND' }), '');
        if (!opts.allowPrivateNetworks) {
          for (const a of addresses) {
            const reason = blockedReason(a.address);
            if (reason) return callback(blockedError(hostname, a.address, reason) as unknown as NodeJS.ErrnoException, '');
          }
        }
        if (all) callback(null, addresses as dns.LookupAddress[]);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, ''),
    );
  };
}
