import { describe, expect, it } from 'vitest';
import { canonicalIpv6, formatIpv6, ipv4WithoutLeadingZeros, parseIpv4, parseIpv6 } from '../../src/model/address.js';

describe('IPv6 canonical form (RFC 5952)', () => {
  it.each([
    ['2001:db8::1', '2001:db8::1'],
    ['2001:DB8:0:0:0:0:0:1', '2001:db8::1'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    // 4.2.2: a single zero group is not compressed.
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    ['2001:db8::1:1:1:1:1', '2001:db8:0:1:1:1:1:1'],
    // 4.2.3: the longest run is compressed; on a tie, the first.
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['1:2:3:4:5:6:7::', '1:2:3:4:5:6:7:0'],
    ['::', '::'],
    ['::1', '::1'],
    ['1::', '1::'],
    ['fe80::', 'fe80::'],
    ['FE80:0:0:0:0:0:0:0', 'fe80::'],
    // Section 5: IPv4-mapped addresses end in dotted decimal, however they were written.
    ['::ffff:c000:0201', '::ffff:192.0.2.1'],
    ['0:0:0:0:0:FFFF:192.0.2.1', '::ffff:192.0.2.1'],
    // Other embedded-IPv4 spellings are plain hex.
    ['::192.0.2.1', '::c000:201'],
    ['64:ff9b::192.0.2.33', '64:ff9b::c000:221'],
  ])('%s -> %s', (input, expected) => {
    expect(canonicalIpv6(input)).toBe(expected);
  });

  it.each(['', ':', ':::', '1:2:3:4:5:6:7:8:9', '1::2::3', '12345::', 'g::1', '1:2:3:4:5:6:7', '::1.2.3', '::1.2.3.4.5', '1.2.3.4::', 'fe80::1%eth0', '1:2:3:4:5:6:7:8::', ' ::1'])(
    'refuses %j',
    (input) => {
      expect(canonicalIpv6(input)).toBeUndefined();
    },
  );

  it('parses to eight groups and formats back', () => {
    expect(parseIpv6('2001:db8::ff00:42:8329')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0xff00, 0x42, 0x8329]);
    expect(formatIpv6([0, 0, 0, 0, 0, 0, 0, 0])).toBe('::');
  });
});

describe('IPv4', () => {
  it.each(['0.0.0.0', '192.0.2.1', '255.255.255.255'])('accepts %s', (input) => {
    expect(parseIpv4(input)).toBeDefined();
  });
  it.each(['256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.-4', '1.2.3.4 ', 'a.b.c.d', ''])('refuses %j', (input) => {
    expect(parseIpv4(input)).toBeUndefined();
  });
  it('suggests the spelling without leading zeros', () => {
    expect(ipv4WithoutLeadingZeros('192.000.002.010')).toBe('192.0.2.10');
    expect(ipv4WithoutLeadingZeros('300.0.0.1')).toBeUndefined();
  });
});
