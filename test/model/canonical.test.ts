import { describe, expect, it } from 'vitest';
import { canonicalValue, type StructuredValue, type ValueSource } from '../../src/model/canonical.js';
import { RECORD_TYPES } from '../../src/model/types.js';

const ZONE = 'example.com';
const H64 = '8a9a70596e869bed72c69d97a8895dfa6486bdd7e4bd5e8f0b2d3c4e5f6a7b8c';
const H40 = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

type Spelling = string | StructuredValue | { wire: string };

/** The canonical value of a spelling: plain strings and structures as a zone file writes them, `{wire}` as Gandi returns them. */
function canon(type: string, spelling: Spelling): string {
  const isWire = typeof spelling === 'object' && 'wire' in spelling && typeof spelling.wire === 'string' && Object.keys(spelling).length === 1;
  const source: ValueSource = isWire ? 'wire' : 'file';
  const input = isWire ? (spelling as { wire: string }).wire : (spelling as string | StructuredValue);
  const result = canonicalValue(type, input, { zone: ZONE, source });
  if (!result.ok) throw new Error(`${type} ${JSON.stringify(spelling)}: ${result.problem.message}`);
  return result.value;
}

/** Spellings that mean the same rdata: every one must give the same canonical string. */
const EQUAL: [string, Spelling[]][] = [
  ['A', ['192.0.2.1', ' 192.0.2.1 ', { wire: '192.0.2.1' }]],
  ['AAAA', ['2001:db8::1', '2001:DB8:0:0:0:0:0:1', '2001:0db8::0001', { wire: '2001:db8:0::1' }]],
  ['AAAA', ['::ffff:192.0.2.1', '::ffff:c000:201', { wire: '0:0:0:0:0:ffff:c000:0201' }]],
  ['CNAME', ['www.example.net.', 'WWW.Example.NET.', { wire: 'www.example.net.' }]],
  ['CNAME', ['host.example.com.', { wire: 'host' }, { wire: 'HOST' }]],
  ['CNAME', ['example.com.', { wire: '@' }]],
  ['ALIAS', ['web.example.net.', { wire: 'Web.Example.Net.' }]],
  ['DNAME', ['other.example.net.', { wire: 'OTHER.example.net.' }]],
  ['PTR', ['host.example.com.', { wire: 'host' }]],
  ['NS', ['ns1.example.com.', { wire: 'ns1' }, 'NS1.EXAMPLE.COM.']],
  ['MX', ['10 mx.example.net.', '010   MX.example.net.', { preference: 10, exchange: 'mx.example.net.' }, { wire: '10 mx.example.net.' }]],
  ['MX', ['10 mail.example.com.', { wire: '10 mail' }, { wire: '10 MAIL.example.com.' }]],
  ['MX', ['0 .', { preference: 0, exchange: '.' }, { wire: '0 .' }]],
  ['SRV', ['10 5 5060 sip.example.net.', { priority: 10, weight: 5, port: 5060, target: 'sip.example.net.' }, { wire: '10 5 5060 SIP.example.net.' }]],
  ['SRV', ['0 0 443 web.example.com.', { wire: '0 0 443 web' }]],
  ['SRV', ['0 0 0 .', { wire: '0 0 0 .' }]],
  ['CAA', ['0 issue "letsencrypt.org"', '0 ISSUE "letsencrypt.org"', '0 issue letsencrypt.org', { flags: 0, tag: 'issue', value: 'letsencrypt.org' }, { wire: '0 issue "letsencrypt.org"' }]],
  ['CAA', ['0 issue "ca.example; account=42"', { flags: 0, tag: 'issue', value: 'ca.example; account=42' }]],
  ['CAA', ['0 iodef "mailto:a\\"b@example.com"', { flags: 0, tag: 'iodef', value: 'mailto:a"b@example.com' }]],
  ['CAA', ['0 issuewild ";"', { flags: 0, tag: 'issuewild', value: ';' }]],
  ['TXT', ['v=spf1 -all', { wire: '"v=spf1 -all"' }, { wire: 'v=spf1 -all' }]],
  ['TXT', ['ab', { wire: '"a" "b"' }, { wire: '"ab"' }]],
  ['TXT', ['say "hi"', { wire: '"say \\"hi\\""' }]],
  ['TXT', ['p=' + 'A'.repeat(400), { wire: `"p=${'A'.repeat(253)}" "${'A'.repeat(147)}"` }, { wire: `"p=${'A'.repeat(100)}" "${'A'.repeat(300)}"` }]],
  ['SPF', ['v=spf1 mx -all', { wire: '"v=spf1 mx -all"' }]],
  ['TLSA', [`3 1 1 ${H64}`, `3 1 1 ${H64.toUpperCase()}`, `3 1 1 ${H64.slice(0, 32)} ${H64.slice(32)}`, { usage: 3, selector: 1, matching_type: 1, data: H64 }, { wire: `3 1 1 ${H64}` }]],
  ['SSHFP', [`1 1 ${H40}`, `1 1 ${H40.toUpperCase()}`, { algorithm: 1, fingerprint_type: 1, fingerprint: H40 }]],
  ['DS', [`2371 13 2 ${H64}`, `2371 13 2 ${H64.slice(0, 10).toUpperCase()} ${H64.slice(10)}`, { key_tag: 2371, algorithm: 13, digest_type: 2, digest: H64 }, { wire: `02371 13 2 ${H64}` }]],
  ['CDS', ['0 0 0 00', { wire: '0 0 0 00' }]],
  ['HTTPS', ['1 . alpn=h2,h3', '1   .  ALPN=h2,h3', { wire: '1 . alpn=h2,h3' }]],
  ['SVCB', ['1 svc.example.com. port=8443', { wire: '1 svc port=8443' }, { wire: '1 SVC.example.com. port=8443' }]],
  ['NAPTR', ['100 10 "S" "SIP+D2U" "" _sip._udp.example.com.', '100 10 S SIP+D2U "" _sip._udp.example.com.', { wire: '100 10 "S" "SIP+D2U" "" _sip._udp' }]],
  ['LOC', ['52 22 23.000 N 4 53 32.000 E -2.00m', '52  22 23.000 n 4 53 32.000 e -2.00m', { wire: '52 22 23.000 N 4 53 32.000 E -2.00m' }]],
  ['RP', ['hostmaster.example.com. txt.example.com.', { wire: 'hostmaster txt' }, 'HOSTMASTER.example.com. TXT.example.com.']],
  ['KEY', ['256 3 13 mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpVXckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==', '256 3 13 mdsswUyr3DPW132mOi8V9xESWE8jTo0dxCjjnopKl+GqJxpV XckHAeF+KkxLbxILfDLUT0rAK9iUzy1L53eKGQ==']],
  ['OPENPGPKEY', ['mDMEZZ1mBhYJKwYBBAHaRw8BAQdA', 'mDMEZZ1m BhYJKwYB BAHaRw8BAQdA', { wire: 'mDMEZZ1mBhYJKwYBBAHaRw8BAQdA' }]],
  ['WKS', ['192.0.2.1 tcp smtp http', '192.0.2.1 TCP SMTP  http']],
];

/** Spellings that look alike but mean different rdata: canonical strings must differ. */
const DIFFERENT: [string, Spelling, Spelling][] = [
  ['A', '192.0.2.1', '192.0.2.10'],
  ['AAAA', '2001:db8::1', '2001:db8::1:0'],
  ['AAAA', '::ffff:192.0.2.1', '::192.0.2.1'],
  // Without a trailing dot Gandi appends the zone: not the same host.
  ['CNAME', 'web.example.net.', { wire: 'web.example.net' }],
  ['MX', '10 mx.example.net.', '20 mx.example.net.'],
  ['SRV', '10 5 5060 sip.example.net.', '10 6 5060 sip.example.net.'],
  ['CAA', '0 issue "letsencrypt.org"', '128 issue "letsencrypt.org"'],
  ['CAA', '0 issue "letsencrypt.org"', '0 issuewild "letsencrypt.org"'],
  // CAA values, TXT text and SVCB parameters keep their case: it may matter to whoever reads them.
  ['CAA', '0 iodef "mailto:Sec@example.com"', '0 iodef "mailto:sec@example.com"'],
  ['TXT', 'abc', 'ABC'],
  ['TXT', 'v=spf1 -all', 'v=spf1  -all'],
  ['TXT', 'a b', { wire: '"a" "b"' }],
  ['TXT', ' padded', 'padded'],
  ['TLSA', `3 1 1 ${H64}`, `2 1 1 ${H64}`],
  ['SSHFP', `1 1 ${H40}`, `2 1 ${H40}`],
  ['DS', `2371 13 2 ${H64}`, `2372 13 2 ${H64}`],
  ['HTTPS', '1 . alpn=h2', '1 . alpn=H2'],
  ['HTTPS', '1 . alpn=h2', '2 . alpn=h2'],
  ['NAPTR', '100 10 "S" "SIP+D2U" "" _sip._udp.example.com.', '100 10 "U" "SIP+D2U" "" _sip._udp.example.com.'],
  ['LOC', '52 22 23.000 N 4 53 32.000 E -2.00m', '52 22 23.000 S 4 53 32.000 E -2.00m'],
  ['WKS', '192.0.2.1 tcp smtp', '192.0.2.1 udp smtp'],
];

describe('canonical values: spellings that must be equal', () => {
  it.each(EQUAL.map(([type, spellings]) => [type, spellings.map((s) => JSON.stringify(s)).join(' = '), spellings] as const))('%s: %s', (type, _label, spellings) => {
    const canonical = spellings.map((s) => canon(type, s));
    expect(new Set(canonical).size, canonical.join(' | ')).toBe(1);
  });

  it('covers every record type', () => {
    expect(new Set(EQUAL.map(([type]) => type))).toEqual(new Set(RECORD_TYPES));
  });
});

describe('canonical values: spellings that must differ', () => {
  it.each(DIFFERENT.map(([type, a, b]) => [type, JSON.stringify(a), JSON.stringify(b), a, b] as const))('%s: %s != %s', (type, _a, _b, a, b) => {
    expect(canon(type, a)).not.toBe(canon(type, b));
  });
});

describe('canonical values: the canonical string itself', () => {
  it.each([
    ['MX', '010  MX1.Example.NET.', '10 mx1.example.net.'],
    ['CAA', '0 ISSUE letsencrypt.org', '0 issue "letsencrypt.org"'],
    ['TLSA', `3 1 1 ${H64.toUpperCase()}`, `3 1 1 ${H64}`],
    ['SVCB', '1 SVC.example.net. ALPN=h2 port=8443', '1 svc.example.net. alpn=h2 port=8443'],
    ['NAPTR', '100 10 S SIP+D2U "" .', '100 10 "S" "SIP+D2U" "" .'],
  ])('%s %j -> %j', (type, input, expected) => {
    expect(canon(type, input)).toBe(expected);
  });

  it('keeps an unknown type from the wire, whitespace folded', () => {
    expect(canonicalValue('FOO', '  a   b ', { zone: ZONE, source: 'wire' })).toEqual({ ok: true, value: 'a b' });
  });
});

describe('invalid values from a zone file', () => {
  it.each([
    ['A', '192.0.2', 'value', 'is not an IPv4 address'],
    ['A', '2001:db8::1', 'value', 'is an IPv6 address'],
    ['AAAA', '192.0.2.1', 'value', 'is an IPv4 address'],
    ['AAAA', 'fe80::1%eth0', 'value', 'has a zone index'],
    ['CNAME', 'web.example.net', 'target-not-fqdn', 'is not fully qualified'],
    ['CNAME', '@', 'target-not-fqdn', 'is not fully qualified'],
    ['CNAME', '.', 'value', 'cannot be the root'],
    ['CNAME', 'a..b.', 'value', 'empty label'],
    ['CNAME', 'a_b!.example.', 'value', 'contains "!"'],
    ['CNAME', 'web.example.net. extra', 'value', 'has 2 fields'],
    ['NS', '192.0.2.53.', 'value', 'is an address'],
    ['MX', '10', 'value', 'has 1 field'],
    ['MX', '-1 mx.example.net.', 'value', 'is not a number'],
    ['SRV', '1 2 70000 sip.example.net.', 'value', 'out of range'],
    ['CAA', '256 issue "x"', 'value', 'out of range'],
    ['CAA', '0 iss_ue "x"', 'value', 'is not a CAA tag'],
    ['CAA', '0 issue "unterminated', 'value', 'unterminated quote'],
    ['TLSA', '3 1 1 xyz', 'value', 'is not hexadecimal'],
    ['TLSA', '3 1 2 abcd', 'value', 'matching_type 2 needs 128'],
    ['SSHFP', '1 1 abc', 'value', 'odd number of hex digits'],
    ['DS', '2371 13 1 abcd', 'value', 'digest_type 1 needs 40'],
    ['TXT', 'tab\there', 'txt-ascii', 'control character (U+0009)'],
    ['TXT', 'x'.repeat(16_500), 'txt-length', 'too long'],
    ['HTTPS', '1 . =x', 'value', 'is not a key=value parameter'],
    ['NAPTR', '100 10 "S" "SIP" ""', 'value', 'has 5 fields'],
    ['LOC', '91 0 0 N 0 0 0 E 0m', 'value', 'is not a location'],
    ['KEY', '256 3 13 abc', 'value', 'is not base64'],
    ['OPENPGPKEY', 'not base64!', 'value', 'is not base64'],
    ['WKS', '192.0.2.1 tcp sm/tp', 'value', 'is not a protocol or service name'],
  ])('%s %j: %s', (type, input, rule, message) => {
    const result = canonicalValue(type, input, { zone: ZONE, source: 'file' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.rule).toBe(rule);
    expect(result.problem.message).toContain(message);
  });

  it('shows the fixed spelling of a target without its dot', () => {
    const result = canonicalValue('MX', '10 MX1.example.net', { zone: ZONE, source: 'file' });
    expect(result).toMatchObject({ ok: false, problem: { hint: 'write "10 mx1.example.net." (without it, Gandi reads it relative to the zone: "mx1.example.net.example.com.")' } });
    const structured = canonicalValue('SRV', { priority: 1, weight: 2, port: 3, target: 'sip' }, { zone: ZONE, source: 'file' });
    expect(structured).toMatchObject({ ok: false, problem: { field: 'target', hint: expect.stringMatching(/^write target: sip\./) } });
  });

  it('names the field of a structured value', () => {
    const result = canonicalValue('DS', { key_tag: 1, algorithm: 13, digest_type: 2, digest: 'zz' }, { zone: ZONE, source: 'file' });
    expect(result).toMatchObject({ ok: false, problem: { field: 'digest' } });
  });

  it('refuses a structured form for a type without one', () => {
    expect(canonicalValue('A', { address: '192.0.2.1' }, { zone: ZONE, source: 'file' }).ok).toBe(false);
  });
});
