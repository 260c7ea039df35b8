import dns from 'node:dns';
import net from 'node:net';
import { NewsbotError } from '../errors.ts';
import { inRange, ipv4ToInt, ipv6ToInt, parseCidr, type Range } from '../net/ip-address.ts';

/**
 * The SSRF guard. A feed URL is user input: without this check, "add this feed" becomes
 * "read the cloud metadata service for me". Host names are checked on every connect
 * (see `guardedLookup`, handed to undici), so DNS rebinding between check and use cannot
 * slip through; IP literals never reach a lookup and are checked by `assertAllowedUrl`.
 */

const v4 = (cidr: string): Range => parseCidr(cidr)!.range;
const v6 = v4;

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

function v4Reason(n: bigint): string | undefined {
  return BLOCKED_V4.some((r) => inRange(n, 32, r))
    ? 'a private, loopback, link-local or reserved IPv4 address'
    : undefined;
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
  return BLOCKED_V6.some((r) => inRange(b, 128, r))
    ? 'a private, loopback, link-local or reserved IPv6 address'
    : undefined;
}

export interface GuardOptions {
  /** true allows every address; a list of CIDRs allows just those (e.g. ['10.1.0.0/16']). */
  allowPrivateNetworks: boolean | string[];
  /** Injected for tests: resolves a name to all its addresses. */
  resolve?: (host: string) => Promise<{ address: string; family: number }[]>;
}

// Every fetch checks the allowed networks: parse each CIDR once, not on every request.
const parsedCidrs = new Map<string, ReturnType<typeof parseCidr>>();
function cidrOf(cidr: string): ReturnType<typeof parseCidr> {
  if (!parsedCidrs.has(cidr)) parsedCidrs.set(cidr, parseCidr(cidr));
  return parsedCidrs.get(cidr);
}

/** Why the guard refuses `ip` under these options, or undefined when it may be fetched. */
export function refusal(ip: string, allow: GuardOptions['allowPrivateNetworks']): string | undefined {
  if (allow === true) return undefined;
  const reason = blockedReason(ip);
  if (!reason || allow === false) return reason;
  const v4n = ipv4ToInt(ip);
  const n = v4n ?? ipv6ToInt(ip);
  for (const cidr of allow) {
    const c = cidrOf(cidr);
    if (c && n !== undefined && c.v6 === (v4n === undefined) && inRange(n, c.v6 ? 128 : 32, c.range)) return undefined;
  }
  return reason;
}

/** Rejects non-http(s) URLs and IP-literal hosts in blocked ranges. */
export function assertAllowedUrl(url: URL, opts: GuardOptions): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new NewsbotError('newsbot/bad-url', `only http and https URLs can be fetched, not ${url.protocol}`, {
      url: url.href,
    });
  }
  // WHATWG URL parsing has already turned 2130706433, 0x7f.1 and 0177.0.0.1 into 127.0.0.1.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host)) {
    const reason = refusal(host, opts.allowPrivateNetworks);
    if (reason) throw blockedError(url.hostname, host, reason);
  }
}

function blockedError(host: string, address: string, reason: string): NewsbotError {
  return new NewsbotError(
    'newsbot/blocked-address',
    `${host} resolves to ${address}, ${reason}; allow it with settings.allowPrivateNetworks (true, or a list of CIDRs) if this feed is meant to be on your own network`,
    { host, address },
  );
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for net.connect: resolves every address, refuses the connection when any one
 * of them is blocked (an attacker controls which one a client would pick), and passes the
 * checked addresses on so the socket connects to exactly what was checked.
 */
export function guardedLookup(opts: GuardOptions) {
  const resolve =
    opts.resolve ??
    ((host: string) =>
      dns.promises.lookup(host, { all: true, verbatim: true }) as Promise<{ address: string; family: number }[]>);
  return (hostname: string, options: dns.LookupOptions | LookupCallback, maybeCallback?: LookupCallback): void => {
    const callback = (typeof options === 'function' ? options : maybeCallback)!;
    const all = typeof options === 'object' && options.all === true;
    resolve(hostname).then(
      (addresses) => {
        if (!addresses.length)
          return callback(Object.assign(new Error(`no addresses for ${hostname}`), { code: 'ENOTFOUND' }), '');
        for (const a of addresses) {
          const reason = refusal(a.address, opts.allowPrivateNetworks);
          if (reason)
            return callback(blockedError(hostname, a.address, reason) as unknown as NodeJS.ErrnoException, '');
        }
        if (all) callback(null, addresses as dns.LookupAddress[]);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, ''),
    );
  };
}
