import { describe, expect, it } from 'vitest';
import { assertAllowedUrl, blockedReason, guardedLookup, refusal } from '../../src/sources/ssrf-guard.ts';
import { parseCidr } from '../../src/net/ip-address.ts';

describe('the SSRF guard refuses addresses that reach inside the network', () => {
  it.each([
    '127.0.0.1',
    '127.255.255.254',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.127.255.255',
    '0.0.0.0',
    '224.0.0.1',
    '239.255.255.250',
    '255.255.255.255',
    '::',
    '::1',
    'fc00::1',
    'fd12:3456::1',
    'fe80::1',
    'fe80::1%eth0',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    '::127.0.0.1',
    '::a9fe:a9fe',
    '64:ff9b::7f00:1',
    '2002:7f00:1::',
    '2002:a9fe:a9fe::1',
  ])('%s is refused', (ip) => {
    expect(blockedReason(ip)).toBeTruthy();
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '100.128.0.1',
    '172.32.0.1',
    '2606:4700:4700::1111',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
  ])('%s is public and allowed', (ip) => {
    expect(blockedReason(ip)).toBeUndefined();
  });

  it.each([
    'http://127.0.0.1/feed',
    'http://2130706433/',
    'http://0x7f000001/',
    'http://0x7f.1/',
    'http://0177.0.0.1/',
    'http://017700000001/',
    'http://127.1/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://169.254.169.254/latest/meta-data/',
    'http://[0:0:0:0:0:ffff:a9fe:a9fe]/',
  ])('the IP literal in %s is refused before any connection', (url) => {
    expect(() => assertAllowedUrl(new URL(url), { allowPrivateNetworks: false })).toThrow(
      expect.objectContaining({ code: 'newsbot/blocked-address' }),
    );
  });

  it.each(['file:///etc/passwd', 'ftp://example.com/feed', 'gopher://127.0.0.1:6379/_INFO', 'data:text/xml,<rss/>'])(
    '%s is refused: only http(s)',
    (url) => {
      expect(() => assertAllowedUrl(new URL(url), { allowPrivateNetworks: false })).toThrow(
        expect.objectContaining({ code: 'newsbot/bad-url' }),
      );
    },
  );

  it('allowPrivateNetworks: true allows everything, a CIDR list only its ranges', () => {
    expect(refusal('10.0.0.5', true)).toBeUndefined();
    expect(refusal('10.0.0.5', ['10.0.0.0/24'])).toBeUndefined();
    expect(refusal('10.0.1.5', ['10.0.0.0/24'])).toBeTruthy();
    expect(refusal('fd00::5', ['fd00::/8'])).toBeUndefined();
    expect(refusal('127.0.0.1', ['fd00::/8'])).toBeTruthy();
    expect(parseCidr('10.0.0.0/33')).toBeUndefined();
    expect(parseCidr('nonsense')).toBeUndefined();
  });

  it('a host name is refused when any one of its addresses is private (the attacker picks which one connects)', async () => {
    const lookup = guardedLookup({
      allowPrivateNetworks: false,
      resolve: async () => [
        { address: '93.184.216.34', family: 4 },
        { address: '127.0.0.1', family: 4 },
      ],
    });
    const err = await new Promise<unknown>((resolve) => lookup('rebind.example', { all: true }, (e) => resolve(e)));
    expect(err).toMatchObject({
      code: 'newsbot/blocked-address',
      context: { host: 'rebind.example', address: '127.0.0.1' },
    });
  });

  it('a public host name passes its checked addresses on to the socket', async () => {
    const lookup = guardedLookup({
      allowPrivateNetworks: false,
      resolve: async () => [{ address: '93.184.216.34', family: 4 }],
    });
    const result = await new Promise<unknown>((resolve) =>
      lookup('example.com', { all: true }, (e, addresses) => resolve(e ?? addresses)),
    );
    expect(result).toEqual([{ address: '93.184.216.34', family: 4 }]);
    const single = await new Promise<unknown[]>((resolve) =>
      lookup('example.com', {}, (_e, address, family) => resolve([address, family])),
    );
    expect(single).toEqual(['93.184.216.34', 4]);
  });
});
