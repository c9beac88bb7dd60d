/**
 * fast-check generators for zones: canonical rrsets (what the model holds) and the many ways Gandi
 * may spell the same rrset on the wire (case, relative targets, TXT split anywhere, IPv6 spellings,
 * value order, repeated values). Properties built on them check that spelling never leaks into plans.
 */
import fc from 'fast-check';
import type { GandiRrset } from '../../src/gandi/types.js';
import { formatIpv6 } from '../../src/model/address.js';
import { makeRecordSet } from '../../src/model/rrset.js';
import { encodeCharacterString } from '../../src/model/text.js';
import { TTL_MAX, TTL_MIN, type RecordSet, type RecordType } from '../../src/model/types.js';

export const ZONE = 'example.com';

const LABEL = fc.stringMatching(/^[a-z0-9_][a-z0-9_-]{0,7}$/);
/** Names that ignore rules in tests use; generated names never start with it. */
export const IGNORED_PREFIX = 'zz-ignored';

export const ownerName = fc.oneof(
  { weight: 1, arbitrary: fc.constant('@') },
  { weight: 6, arbitrary: fc.array(LABEL, { minLength: 1, maxLength: 3 }).map((labels) => labels.join('.')) },
  { weight: 1, arbitrary: fc.array(LABEL, { minLength: 0, maxLength: 2 }).map((labels) => ['*', ...labels].join('.')) },
).filter((name) => !name.startsWith('zz'));

const hostName = fc.tuple(fc.array(LABEL, { minLength: 1, maxLength: 3 }), fc.constantFrom('example.com', 'example.net', 'mail.example.com')).map(([labels, domain]) => `${labels.join('.')}.${domain}.`);
const u8 = fc.integer({ min: 0, max: 255 });
const u16 = fc.integer({ min: 0, max: 65_535 });
const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 600 });
const hex = (bytes: number) => fc.uint8Array({ minLength: bytes, maxLength: bytes }).map((a) => Buffer.from(a).toString('hex'));

/** Canonical value generators, per type (types whose values have no cross-record rules). */
const VALUES: Readonly<Partial<Record<RecordType, fc.Arbitrary<string>>>> = {
  A: fc.tuple(u8, u8, u8, u8).map((o) => o.join('.')),
  AAAA: fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff })), { minLength: 8, maxLength: 8 }).map(formatIpv6),
  MX: fc.tuple(u16, fc.oneof(hostName, fc.constant('.'))).map(([p, h]) => `${p} ${h}`),
  SRV: fc.tuple(u16, u16, u16, hostName).map((f) => f.join(' ')),
  TXT: printable,
  CAA: fc.tuple(fc.constantFrom(0, 128), fc.constantFrom('issue', 'issuewild', 'iodef'), printable.map((s) => s.slice(0, 40))).map(([f, t, v]) => `${f} ${t} ${encodeCharacterString(v)}`),
  TLSA: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1 }), hex(32)).map(([u, s, d]) => `${u} ${s} 1 ${d}`),
  SSHFP: fc.tuple(fc.integer({ min: 1, max: 4 }), hex(32)).map(([a, d]) => `${a} 2 ${d}`),
};
export const FILE_SAFE_TYPES = Object.keys(VALUES) as RecordType[];

export const ttl = fc.oneof(fc.constantFrom(300, 3600, 10_800), fc.integer({ min: TTL_MIN, max: TTL_MAX }));

export function rrsetOf(name: string, type: RecordType): fc.Arbitrary<RecordSet> {
  const values = VALUES[type];
  if (!values) throw new Error(`no generator for ${type}`);
  return fc.tuple(ttl, fc.array(values, { minLength: 1, maxLength: 4 })).map(([t, v]) => makeRecordSet(name, type, t, v));
}

/** Canonical rrsets with distinct (name, type), of the types the zone file accepts anywhere. */
export const rrsets = (maxLength = 20): fc.Arbitrary<RecordSet[]> =>
  fc
    .uniqueArray(fc.tuple(ownerName, fc.constantFrom(...FILE_SAFE_TYPES)), { maxLength, selector: ([n, t]) => `${n}/${t}` })
    .chain((keys) => (keys.length === 0 ? fc.constant([]) : fc.tuple(...keys.map(([n, t]) => rrsetOf(n, t)))));

/** One of the spellings Gandi could return for a canonical value. */
function wireSpelling(type: string, value: string): fc.Arbitrary<string> {
  const shout = (s: string) => fc.boolean().map((upper) => (upper ? s.toUpperCase() : s));
  const target = (host: string) => {
    if (host === `${ZONE}.`) return fc.constantFrom(host, '@');
    if (host.endsWith(`.${ZONE}.`)) return fc.oneof(shout(host), fc.constant(host.slice(0, -ZONE.length - 2)));
    return shout(host);
  };
  switch (type) {
    case 'AAAA':
      return fc.constantFrom(value, value.toUpperCase(), expandIpv6(value));
    case 'MX': {
      const [preference = '', host = ''] = value.split(' ');
      return host === '.' ? fc.constant(value) : target(host).map((h) => `${preference} ${h}`);
    }
    case 'SRV': {
      const fields = value.split(' ');
      return target(fields[3] ?? '').map((h) => [...fields.slice(0, 3), h].join(' '));
    }
    case 'TXT':
      return fc.array(fc.integer({ min: 1, max: 255 }), { minLength: 1, maxLength: 8 }).map((cuts) => splitQuoted(value, cuts));
    case 'CAA':
      return fc.constantFrom(value, value.replace(/ (issue|issuewild|iodef) /, (m) => m.toUpperCase()));
    case 'TLSA':
    case 'SSHFP':
      return shout(value);
    default:
      return fc.constant(value);
  }
}

/** `"…" "…"`: the text cut at the given chunk lengths (as Gandi may), each piece quoted and escaped. */
function splitQuoted(text: string, cuts: readonly number[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (let i = 0; at < text.length; i += 1) {
    const size = cuts[i % cuts.length] ?? 255;
    pieces.push(encodeCharacterString(text.slice(at, at + size)));
    at += size;
  }
  return pieces.length ? pieces.join(' ') : '""';
}

function expandIpv6(canonical: string): string {
  if (canonical.includes('.')) return canonical;
  const [head = '', tail] = canonical.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : new Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((g) => g.padStart(4, '0')).join(':');
}

/** A wire rrset that means `rrset`: name case, value spellings, value order and repeats all vary. */
export function wireOf(rrset: RecordSet): fc.Arbitrary<GandiRrset> {
  const name = rrset.name === '@' ? fc.constant('@') : fc.boolean().map((upper) => (upper ? rrset.name.toUpperCase() : rrset.name));
  const values = fc.tuple(...rrset.values.map((v) => wireSpelling(rrset.type, v)));
  return fc
    .tuple(name, values, fc.boolean(), fc.boolean())
    .map(([n, v, repeat, reverse]) => ({
      rrset_name: n,
      rrset_type: rrset.type,
      rrset_ttl: rrset.ttl,
      rrset_values: [...(reverse ? [...v].reverse() : v), ...(repeat && v[0] !== undefined ? [v[0]] : [])],
    }));
}
