import { describe, expect, it } from 'vitest';
import type { GandiRrset } from '../../src/gandi/types.js';
import { makeRecordSet } from '../../src/model/rrset.js';
import type { RecordSet, RecordType } from '../../src/model/types.js';
import { fromGandiRrset, isUnmanagedLive, toGandiValues } from '../../src/model/wire.js';

const ZONE = 'example.com';
const wire = (rrset_name: string, rrset_type: string, rrset_values: string[], rrset_ttl?: number): GandiRrset => ({
  rrset_name,
  rrset_type,
  rrset_values,
  ...(rrset_ttl === undefined ? {} : { rrset_ttl }),
});

describe('fromGandiRrset', () => {
  it('canonicalises names, keeps the wire spelling, sorts and dedupes values', () => {
    const rrset = fromGandiRrset(ZONE, wire('WWW', 'aaaa', ['2001:DB8::2', '2001:db8::1', '2001:db8:0::1'], 300));
    expect(rrset).toEqual({ name: 'www', type: 'AAAA', ttl: 300, values: ['2001:db8::1', '2001:db8::2'], wireName: 'WWW' });
  });

  it('reads the apex as @, from either spelling', () => {
    expect(fromGandiRrset(ZONE, wire('@', 'A', ['192.0.2.1'])).name).toBe('@');
    expect(fromGandiRrset(ZONE, wire('', 'A', ['192.0.2.1'])).name).toBe('@');
    expect(fromGandiRrset('Example.COM.', wire('www.example.com.', 'A', ['192.0.2.1'])).name).toBe('www');
  });

  it("applies Gandi's default TTL when the rrset has none", () => {
    expect(fromGandiRrset(ZONE, wire('www', 'A', ['192.0.2.1'])).ttl).toBe(10_800);
  });

  it('completes relative targets with the zone and decodes TXT', () => {
    expect(fromGandiRrset(ZONE, wire('@', 'MX', ['10 mail', '20 MX2.example.net.'])).values).toEqual(['10 mail.example.com.', '20 mx2.example.net.']);
    expect(fromGandiRrset(ZONE, wire('@', 'TXT', ['"v=spf1 " "-all"', '"google-site-verification=abc"'])).values).toEqual(['google-site-verification=abc', 'v=spf1 -all']);
  });

  it('keeps what it cannot parse, and unknown types, instead of failing', () => {
    expect(fromGandiRrset(ZONE, wire('x', 'A', ['  not   an address '])).values).toEqual(['not an address']);
    const odd = fromGandiRrset(ZONE, wire('x', 'FUTURE', ['a  b']));
    expect(odd.type).toBe('FUTURE');
    expect(odd.values).toEqual(['a b']);
  });

  it('survives malformed JSON shapes', () => {
    const broken = { rrset_name: 'x', rrset_type: 'TXT' } as unknown as GandiRrset;
    expect(fromGandiRrset(ZONE, broken).values).toEqual([]);
  });
});

describe('isUnmanagedLive', () => {
  it.each([
    ['@', 'NS', true],
    ['', 'NS', true],
    ['@', 'ns', true],
    ['@', 'SOA', true],
    ['sub', 'NS', false],
    ['@', 'A', false],
    ['@', 'MX', false],
  ])('%j %s -> %s', (name, type, expected) => {
    expect(isUnmanagedLive({ name, type })).toBe(expected);
  });
});

describe('toGandiValues', () => {
  it('writes TXT and SPF as quoted 255-octet chunks, other values as they are', () => {
    const long = 'p='.padEnd(300, 'A');
    expect(toGandiValues(makeRecordSet('@', 'TXT', 300, ['v=spf1 -all', long]))).toEqual([`"${long.slice(0, 255)}" "${long.slice(255)}"`, '"v=spf1 -all"']);
    expect(toGandiValues(makeRecordSet('@', 'SPF', 300, ['say "x"']))).toEqual(['"say \\"x\\""']);
    expect(toGandiValues(makeRecordSet('@', 'CAA', 300, ['0 issue "letsencrypt.org"']))).toEqual(['0 issue "letsencrypt.org"']);
    expect(toGandiValues(makeRecordSet('@', 'MX', 300, ['10 mx.example.net.']))).toEqual(['10 mx.example.net.']);
  });

  it.each<[RecordType, string[]]>([
    ['TXT', ['v=spf1 -all', 'k'.repeat(1000), 'quote " and \\ backslash', '']],
    ['SPF', ['v=spf1 mx -all']],
    ['MX', ['0 .', '10 mx.example.net.']],
    ['CAA', ['0 issue "a\\"b"', '0 issuewild ";"']],
    ['AAAA', ['2001:db8::1', '::ffff:192.0.2.1']],
    ['SRV', ['0 0 0 .']],
    ['NAPTR', ['100 10 "S" "SIP+D2U" "!^.*$!sip:info@example.com!" .']],
  ])('%s reads back from its own wire values unchanged', (type, values) => {
    const rrset: RecordSet = makeRecordSet('x', type, 600, values);
    const back = fromGandiRrset(ZONE, { rrset_name: 'x', rrset_type: type, rrset_ttl: 600, rrset_values: toGandiValues(rrset) });
    expect({ ...back, wireName: undefined }).toEqual({ ...rrset, wireName: undefined });
  });
});
