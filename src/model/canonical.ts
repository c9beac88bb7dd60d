/**
 * One canonical string per value, per record type: the heart of "apply then plan shows no changes".
 *
 * The same function reads a value from a zone file (`source: 'file'`, strict: errors for a person) and
 * from Gandi's JSON (`source: 'wire'`, lenient: relative targets completed with the zone, Gandi's TXT
 * quoting decoded). Two spellings that mean the same rdata give the same string; two that differ in
 * meaning never do. What is normalised, and why it is safe:
 * - numbers lose leading zeros; host names are lower-cased (DNS compares them without case) and made
 *   absolute; IPv6 takes its RFC 5952 form; hex (digests, fingerprints) is lower-cased and unsplit;
 *   base64 is unsplit; whitespace between fields is folded to one space.
 * - TXT/SPF hold the decoded text; CAA and NAPTR strings are re-quoted one way.
 * - Anything whose case may matter (CAA values, SVCB parameters, NAPTR strings) keeps its case.
 */
import { canonicalIpv6, ipv4WithoutLeadingZeros, isIpv4, parseIpv4 } from './address.js';
import { checkHostName } from './names.js';
import { decodeCharacterString, decodeTxt, encodeCharacterString, encodeTxt, isPrintableAscii, tokenize } from './text.js';
import type { RecordType } from './types.js';

export type ValueSource = 'file' | 'wire';

export interface ValueContext {
  /** The zone's FQDN without the trailing dot; completes relative targets read from the wire. */
  readonly zone: string;
  readonly source: ValueSource;
}

/** A structured value from a zone file (`{preference: 10, exchange: mx.example.net.}`). */
export type StructuredValue = Readonly<Record<string, unknown>>;

export interface ValueProblem {
  /** Issue rule id: `value`, `target-not-fqdn`, `txt-ascii`, `txt-length`. */
  readonly rule: string;
  readonly message: string;
  readonly hint?: string;
  /** For a structured value: the field the problem is about (so it can be located precisely). */
  readonly field?: string;
}

export type ValueResult = { readonly ok: true; readonly value: string } | { readonly ok: false; readonly problem: ValueProblem };

/**
 * The longest value Gandi accepts: its documented schema for rrset values (PATCH add/remove) allows
 * 16384 printable ASCII characters. Checked on the wire form, so TXT quoting and chunking count.
 */
export const MAX_WIRE_VALUE_LENGTH = 16_384;

type FieldKind = 'u8' | 'u16' | 'host' | 'host-or-root' | 'hex' | 'base64' | 'caa-tag' | 'string' | 'ipv4' | 'word' | 'svc-params';

interface FieldSpec {
  readonly name: string;
  readonly kind: FieldKind;
  /** The last field takes every remaining token (hex and base64 may be split by whitespace). */
  readonly rest?: boolean;
  /** A rest field that may be absent (SVCB parameters, WKS services). */
  readonly optional?: boolean;
}

interface FieldsCodec {
  readonly fields: readonly FieldSpec[];
  /** A valid example, shown in hints. */
  readonly example: string;
  /** Checks that involve several fields (digest length by digest type...). */
  readonly check?: (fields: Readonly<Record<string, string>>) => ValueProblem | undefined;
}

const hexLength = (what: string, field: string, lengths: Readonly<Record<string, number>>, selector: string) =>
  (f: Readonly<Record<string, string>>): ValueProblem | undefined => {
    const expected = lengths[f[selector] ?? ''];
    const actual = (f[field] ?? '').length;
    if (expected === undefined || actual === expected) return undefined;
    return {
      rule: 'value',
      field,
      message: `${what} ${field} has ${actual} hex digits; ${selector} ${f[selector]} needs ${expected}`,
      hint: `${selector} ${f[selector]} is a ${expected * 4}-bit digest: check that the ${field} was copied whole`,
    };
  };

const DIGEST_HEX_LENGTH = { '1': 40, '2': 64, '3': 64, '4': 96 } as const;

const DS_FIELDS: readonly FieldSpec[] = [
  { name: 'key_tag', kind: 'u16' },
  { name: 'algorithm', kind: 'u8' },
  { name: 'digest_type', kind: 'u8' },
  { name: 'digest', kind: 'hex', rest: true },
];

/** SVCB and HTTPS (RFC 9460): priority, target, then key=value parameters. */
const SVC_FIELDS: readonly FieldSpec[] = [
  { name: 'priority', kind: 'u16' },
  { name: 'target', kind: 'host-or-root' },
  { name: 'params', kind: 'svc-params', rest: true, optional: true },
];

/** Types whose values have fields; the structured YAML forms use exactly these field names. */
const FIELD_CODECS: Readonly<Partial<Record<RecordType, FieldsCodec>>> = {
  MX: { fields: [{ name: 'preference', kind: 'u16' }, { name: 'exchange', kind: 'host-or-root' }], example: '10 mx1.example.net.' },
  SRV: {
    fields: [
      { name: 'priority', kind: 'u16' },
      { name: 'weight', kind: 'u16' },
      { name: 'port', kind: 'u16' },
      { name: 'target', kind: 'host-or-root' },
    ],
    example: '10 5 5060 sip.example.net.',
  },
  CAA: {
    fields: [{ name: 'flags', kind: 'u8' }, { name: 'tag', kind: 'caa-tag' }, { name: 'value', kind: 'string', rest: true }],
    example: '0 issue "letsencrypt.org"',
  },
  TLSA: {
    fields: [
      { name: 'usage', kind: 'u8' },
      { name: 'selector', kind: 'u8' },
      { name: 'matching_type', kind: 'u8' },
      { name: 'data', kind: 'hex', rest: true },
    ],
    example: '3 1 1 <64 hex digits>',
    // RFC 6698: matching type 1 is SHA-256, 2 is SHA-512; 0 is the whole certificate (any length).
    check: hexLength('TLSA', 'data', { '1': 64, '2': 128 }, 'matching_type'),
  },
  SSHFP: {
    fields: [{ name: 'algorithm', kind: 'u8' }, { name: 'fingerprint_type', kind: 'u8' }, { name: 'fingerprint', kind: 'hex', rest: true }],
    example: '4 2 <64 hex digits>',
    // RFC 4255/6594: fingerprint type 1 is SHA-1, 2 is SHA-256.
    check: hexLength('SSHFP', 'fingerprint', { '1': 40, '2': 64 }, 'fingerprint_type'),
  },
  // RFC 4034/4509/5933/6605: digest type 1 SHA-1, 2 SHA-256, 3 GOST, 4 SHA-384.
  DS: { fields: DS_FIELDS, example: '12345 13 2 <64 hex digits>', check: hexLength('DS', 'digest', DIGEST_HEX_LENGTH, 'digest_type') },
  // RFC 8078's "delete DS" is `0 0 0 00`: digest type 0 has no length to check.
  CDS: { fields: DS_FIELDS, example: '12345 13 2 <64 hex digits>', check: hexLength('CDS', 'digest', DIGEST_HEX_LENGTH, 'digest_type') },
  HTTPS: { fields: SVC_FIELDS, example: '1 . alpn=h2,h3' },
  SVCB: { fields: SVC_FIELDS, example: '1 svc.example.net. alpn=h2 port=8443' },
  NAPTR: {
    fields: [
      { name: 'order', kind: 'u16' },
      { name: 'preference', kind: 'u16' },
      { name: 'flags', kind: 'string' },
      { name: 'services', kind: 'string' },
      { name: 'regexp', kind: 'string' },
      { name: 'replacement', kind: 'host-or-root' },
    ],
    example: '100 10 "S" "SIP+D2U" "" _sip._udp.example.com.',
  },
  RP: { fields: [{ name: 'mbox', kind: 'host-or-root' }, { name: 'txt', kind: 'host-or-root' }], example: 'hostmaster.example.com. .' },
  KEY: {
    fields: [{ name: 'flags', kind: 'u16' }, { name: 'protocol', kind: 'u8' }, { name: 'algorithm', kind: 'u8' }, { name: 'key', kind: 'base64', rest: true }],
    example: '256 3 13 <base64 public key>',
  },
  OPENPGPKEY: { fields: [{ name: 'key', kind: 'base64', rest: true }], example: '<base64 OpenPGP key>' },
  WKS: {
    fields: [{ name: 'address', kind: 'ipv4' }, { name: 'protocol', kind: 'word' }, { name: 'services', kind: 'word', rest: true, optional: true }],
    example: '192.0.2.1 tcp smtp http',
  },
};

/** Field names of the structured YAML forms (the types that have one). */
export const STRUCTURED_FORMS = {
  MX: ['preference', 'exchange'],
  SRV: ['priority', 'weight', 'port', 'target'],
  CAA: ['flags', 'tag', 'value'],
  TLSA: ['usage', 'selector', 'matching_type', 'data'],
  SSHFP: ['algorithm', 'fingerprint_type', 'fingerprint'],
  DS: ['key_tag', 'algorithm', 'digest_type', 'digest'],
} as const satisfies Partial<Record<RecordType, readonly string[]>>;

/** Types whose value is one host name; only DNAME and PTR may point at the root. */
const hostCodec = (kind: 'host' | 'host-or-root'): FieldsCodec => ({ fields: [{ name: 'target', kind }], example: 'target.example.net.' });
const HOST_CODECS: Readonly<Record<string, FieldsCodec>> = {
  CNAME: hostCodec('host'),
  ALIAS: hostCodec('host'),
  NS: hostCodec('host'),
  DNAME: hostCodec('host-or-root'),
  PTR: hostCodec('host-or-root'),
};

/**
 * The canonical string of one value of an rrset of `type`.
 * Unknown types (a type Gandi adds later) get whitespace folding only, and never fail.
 */
export function canonicalValue(type: string, input: string | StructuredValue, ctx: ValueContext): ValueResult {
  if (typeof input !== 'string') return canonicalFields(type, FIELD_CODECS[type as RecordType], input, ctx);
  switch (type) {
    case 'A':
      return canonicalA(input.trim());
    case 'AAAA':
      return canonicalAaaa(input.trim());
    case 'TXT':
    case 'SPF':
      return canonicalTxt(type, input, ctx);
    case 'LOC':
      return canonicalLoc(input);
    default: {
      const hostCodec = HOST_CODECS[type];
      if (hostCodec) return canonicalFields(type, hostCodec, input, ctx);
      const codec = FIELD_CODECS[type as RecordType];
      if (codec) return canonicalFields(type, codec, input, ctx);
      return { ok: true, value: foldWhitespace(input) };
    }
  }
}

/** Whitespace runs folded to one space, ends trimmed: the last-resort form of a value we cannot parse. */
export function foldWhitespace(value: string): string {
  return value.trim().replace(/\s+/g, ' ');
}

/** The wire form of a canonical value: TXT/SPF become quoted 255-octet chunks, the rest is already wire-ready. */
export function wireValue(type: string, canonical: string): string {
  return type === 'TXT' || type === 'SPF' ? encodeTxt(canonical) : canonical;
}

/** A value as it could be pasted into YAML: in double quotes, or single quotes when it holds double quotes. */
function quoted(value: string): string {
  return value.includes('"') ? `'${value.replace(/'/g, "''")}'` : `"${value}"`;
}

function problem(message: string, hint?: string, rule = 'value', field?: string): { ok: false; problem: ValueProblem } {
  return { ok: false, problem: { rule, message, ...(hint === undefined ? {} : { hint }), ...(field === undefined ? {} : { field }) } };
}

function canonicalA(value: string): ValueResult {
  if (isIpv4(value)) return { ok: true, value };
  const fixed = ipv4WithoutLeadingZeros(value);
  if (fixed) return problem(`A value "${value}" has leading zeros`, `write "${fixed}" (some tools read a leading zero as octal)`);
  if (canonicalIpv6(value)) return problem(`A value "${value}" is an IPv6 address`, 'use type: AAAA for IPv6 addresses');
  return problem(`A value "${value}" is not an IPv4 address`, 'write four decimal numbers 0-255 separated by dots, e.g. "192.0.2.1"');
}

function canonicalAaaa(value: string): ValueResult {
  const canonical = canonicalIpv6(value);
  if (canonical) return { ok: true, value: canonical };
  if (parseIpv4(value)) return problem(`AAAA value "${value}" is an IPv4 address`, 'use type: A for IPv4 addresses');
  if (value.includes('%')) return problem(`AAAA value "${value}" has a zone index`, 'remove the "%..." suffix: it has no meaning in DNS');
  return problem(`AAAA value "${value}" is not an IPv6 address`, 'write an IPv6 address such as "2001:db8::1"');
}

function canonicalTxt(type: string, value: string, ctx: ValueContext): ValueResult {
  if (ctx.source === 'wire') return { ok: true, value: decodeTxt(value) };
  if (!isPrintableAscii(value)) {
    const bad = [...value].find((c) => !isPrintableAscii(c)) ?? '';
    const code = bad.codePointAt(0) ?? 0;
    return problem(
      `${type} text contains ${code < 0x20 || code === 0x7f ? `a control character (U+${code.toString(16).padStart(4, '0').toUpperCase()})` : `"${bad}"`}; Gandi accepts printable ASCII only`,
      'use printable ASCII (space to "~"); for a line break, use separate values',
      'txt-ascii',
    );
  }
  const wireLength = encodeTxt(value).length;
  if (wireLength > MAX_WIRE_VALUE_LENGTH) {
    return problem(`${type} text is too long: ${wireLength} characters once quoted; Gandi accepts ${MAX_WIRE_VALUE_LENGTH}`, 'split it into several values or shorten it', 'txt-length');
  }
  return { ok: true, value };
}

/** RFC 1876 presentation: `d [m [s]] N|S d [m [s]] E|W alt[m] [size[m] [hp[m] [vp[m]]]]`. */
const LOC_PATTERN =
  /^(\d{1,2})(?: (\d{1,2})(?: (\d{1,2}(?:\.\d{1,3})?))?)? ([NS]) (\d{1,3})(?: (\d{1,2})(?: (\d{1,2}(?:\.\d{1,3})?))?)? ([EW]) (-?\d+(?:\.\d{1,2})?)m?((?: \d+(?:\.\d{1,2})?m?){0,3})$/;

function canonicalLoc(input: string): ValueResult {
  const folded = foldWhitespace(input).replace(/ ([nsew]) /g, (_m, h: string) => ` ${h.toUpperCase()} `);
  const match = LOC_PATTERN.exec(folded);
  const bad = () => problem(`LOC value "${folded}" is not a location`, 'write "<lat d m s> N|S <long d m s> E|W <altitude>m [size hp vp]", e.g. "52 22 23.000 N 4 53 32.000 E -2.00m"');
  if (!match) return bad();
  const [, latD, latM, latS, , longD, longM, longS] = match;
  const within = (v: string | undefined, max: number) => v === undefined || Number(v) <= max;
  if (!within(latD, 90) || !within(longD, 180) || !within(latM, 59) || !within(longM, 59) || !within(latS, 59.999) || !within(longS, 59.999)) return bad();
  return { ok: true, value: folded };
}

interface FieldOutcome {
  readonly text?: string;
  readonly problem?: ValueProblem;
  /** A relative target read from a file: the value is an error, `text` holds the fixed (dotted) spelling. */
  readonly notFqdn?: boolean;
}

function canonicalFields(type: string, codec: FieldsCodec | undefined, input: string | StructuredValue, ctx: ValueContext): ValueResult {
  if (!codec) {
    return problem(`${type} has no structured form; write the value as a string`);
  }
  const structured = typeof input !== 'string';
  const raw = structured ? fieldsFromStructure(codec, input) : fieldsFromText(type, codec, input);
  if ('problem' in raw) return { ok: false, problem: raw.problem };

  const canonical: Record<string, string> = {};
  const parts: string[] = [];
  let notFqdn: { field: string; given: string } | undefined;
  for (const spec of codec.fields) {
    const given = raw.fields[spec.name];
    if (given === undefined) continue;
    const outcome = canonicalField(type, spec, given, ctx);
    if (outcome.problem) return { ok: false, problem: { ...outcome.problem, field: spec.name } };
    if (outcome.notFqdn && !notFqdn) notFqdn = { field: spec.name, given };
    const text = outcome.text ?? '';
    canonical[spec.name] = text;
    if (text !== '') parts.push(text);
  }
  const value = parts.join(' ');
  if (notFqdn) {
    const target = canonical[notFqdn.field] ?? '';
    const relative = `${notFqdn.given.toLowerCase()}.${ctx.zone}.`;
    const meaning = notFqdn.given === '@' ? '' : ` (without it, Gandi reads it relative to the zone: "${relative}")`;
    return problem(
      `${type} ${notFqdn.field} "${notFqdn.given}" is not fully qualified: host names must end with a dot`,
      structured ? `write ${notFqdn.field}: ${target}${meaning}` : `write ${quoted(value)}${meaning}`,
      'target-not-fqdn',
      notFqdn.field,
    );
  }
  const cross = codec.check?.(canonical);
  if (cross) return { ok: false, problem: cross };
  return { ok: true, value };
}

function fieldsFromStructure(codec: FieldsCodec, input: StructuredValue): { fields: Record<string, string> } | { problem: ValueProblem } {
  const fields: Record<string, string> = {};
  for (const spec of codec.fields) {
    const v = input[spec.name];
    if (v === undefined || v === null) {
      if (spec.optional) continue;
      return { problem: { rule: 'value', message: `missing field "${spec.name}"`, field: spec.name } };
    }
    if (typeof v !== 'string' && typeof v !== 'number') {
      return { problem: { rule: 'value', message: `field "${spec.name}" must be a ${spec.kind.startsWith('u') ? 'number' : 'string'}`, field: spec.name } };
    }
    // A structured CAA value is the text itself: quote it as the string form would be.
    fields[spec.name] = spec.kind === 'string' ? encodeCharacterString(String(v)) : String(v);
  }
  return { fields };
}

function fieldsFromText(type: string, codec: FieldsCodec, input: string): { fields: Record<string, string> } | { problem: ValueProblem } {
  const { tokens, unterminated } = tokenize(input);
  if (unterminated) return { problem: { rule: 'value', message: `${type} value "${input}" has an unterminated quote`, hint: `write ${quoted(codec.example)}` } };
  const fields: Record<string, string> = {};
  const specs = codec.fields;
  let required = 0;
  for (const spec of specs) if (!spec.optional) required += 1;
  const last = specs[specs.length - 1];
  const tooMany = !last?.rest && tokens.length > specs.length;
  if (tokens.length < required || tooMany) {
    const names = specs.map((f) => f.name).join(' ');
    return {
      problem: {
        rule: 'value',
        message: `${type} value "${input.trim()}" has ${tokens.length} field${tokens.length === 1 ? '' : 's'}; expected ${last?.rest ? 'at least ' : ''}${required} (${names})`,
        hint: `write ${quoted(codec.example)}`,
      },
    };
  }
  for (let index = 0; index < specs.length; index += 1) {
    const spec = specs[index] as FieldSpec;
    if (spec.rest) {
      const rest = tokens.slice(index);
      if (rest.length === 0) continue;
      if (spec.kind === 'string' && rest.length > 1) {
        const text = rest.map((t) => t.raw).join(' ');
        return {
          problem: { rule: 'value', message: `${type} ${spec.name} "${text}" has spaces outside quotes`, hint: `quote it: write ${quoted(`${tokens.slice(0, index).map((t) => t.raw).join(' ')} ${encodeCharacterString(text)}`)}`, field: spec.name },
        };
      }
      // Hex and base64 may be split by whitespace in presentation format (RFC 4034, 6698): join them.
      const joiner = spec.kind === 'hex' || spec.kind === 'base64' ? '' : ' ';
      fields[spec.name] = rest.map((t) => t.raw).join(joiner);
    } else {
      const token = tokens[index];
      if (token) fields[spec.name] = token.raw;
    }
  }
  return { fields };
}

function canonicalField(type: string, spec: FieldSpec, given: string, ctx: ValueContext): FieldOutcome {
  // Messages are built only on failure: this runs for every value of every live rrset.
  const what = new FieldName(type, spec.name);
  const fail = (message: string, hint?: string): FieldOutcome => ({ problem: { rule: 'value', message, ...(hint === undefined ? {} : { hint }) } });
  switch (spec.kind) {
    case 'u8':
    case 'u16': {
      const max = spec.kind === 'u8' ? 255 : 65_535;
      if (!/^[0-9]+$/.test(given)) return fail(`${what} "${given}" is not a number`, `write an integer from 0 to ${max}`);
      const n = Number(given);
      if (n > max) return fail(`${what} ${given} is out of range`, `write an integer from 0 to ${max}`);
      return { text: String(n) };
    }
    case 'host':
    case 'host-or-root':
      return canonicalHost(what, given, spec.kind === 'host-or-root', ctx);
    case 'hex': {
      if (!/^[0-9a-fA-F]+$/.test(given)) return fail(`${what} is not hexadecimal`, 'use the digits 0-9 and a-f only');
      if (given.length % 2 !== 0) return fail(`${what} has an odd number of hex digits (${given.length})`, 'each octet takes two hex digits: check that it was copied whole');
      return { text: given.toLowerCase() };
    }
    case 'base64': {
      if (!/^[A-Za-z0-9+/]+={0,2}$/.test(given) || given.length % 4 !== 0) return fail(`${what} is not base64`, 'paste the key as base64 text (A-Z, a-z, 0-9, +, /, = padding)');
      return { text: given };
    }
    case 'caa-tag': {
      // RFC 8659: tags are letters and digits, matched without regard to case.
      if (!/^[a-zA-Z0-9]+$/.test(given)) return fail(`${what} "${given}" is not a CAA tag`, 'use issue, issuewild, iodef (or another tag of letters and digits)');
      return { text: given.toLowerCase() };
    }
    case 'string': {
      const text = decodeCharacterString(given);
      if (ctx.source === 'file' && !isPrintableAscii(text)) return fail(`${what} contains characters outside printable ASCII`, 'Gandi accepts printable ASCII only');
      return { text: encodeCharacterString(text) };
    }
    case 'ipv4':
      return parseIpv4(given) ? { text: given } : fail(`${what} "${given}" is not an IPv4 address`);
    case 'word': {
      const words = given.split(' ');
      const bad = words.find((w) => !/^[a-zA-Z0-9-]+$/.test(w));
      if (bad !== undefined) return fail(`${what} "${bad}" is not a protocol or service name`);
      return { text: words.map((w) => w.toLowerCase()).join(' ') };
    }
    case 'svc-params': {
      // RFC 9460 keys are lower-case names or keyNNNNN; values keep their case (they may be base64).
      const params = tokenize(given).tokens.map((t) => t.raw);
      const bad = params.find((p) => !/^[a-zA-Z][a-zA-Z0-9-]*(=.*)?$/.test(p));
      if (bad !== undefined) return fail(`${what}: "${bad}" is not a key=value parameter`, 'write parameters as key=value, e.g. alpn=h2,h3 port=443');
      return { text: params.map((p) => p.replace(/^[^=]+/, (key) => key.toLowerCase())).join(' ') };
    }
    default: {
      const unreachable: never = spec.kind;
      throw new Error(`unhandled field kind ${String(unreachable)}`);
    }
  }
}

/** `MX exchange`, for messages; a class so that the string is only made when a message needs it. */
class FieldName {
  constructor(
    private readonly type: string,
    private readonly field: string,
  ) {}
  toString(): string {
    return `${this.type} ${this.field}`;
  }
}

function canonicalHost(what: FieldName, given: string, allowRoot: boolean, ctx: ValueContext): FieldOutcome {
  if (given === '.') {
    if (allowRoot) return { text: '.' };
    return { problem: { rule: 'value', message: `${what} cannot be the root "."` } };
  }
  // `@` in a BIND-style value is the zone itself.
  if (given === '@') return ctx.source === 'wire' ? { text: `${ctx.zone}.` } : { text: `${ctx.zone}.`, notFqdn: true };
  const lower = given.toLowerCase();
  const absolute = lower.endsWith('.');
  const body = absolute ? lower.slice(0, -1) : lower;
  // Cheap tests first: an address has only digits and dots, or a colon.
  if ((/^[0-9.]+$/.test(body) && isIpv4(body)) || (body.includes(':') && canonicalIpv6(body))) {
    return { problem: { rule: 'value', message: `${what} "${given}" is an address; it must be a host name`, hint: 'point it at a name that has the A/AAAA record' } };
  }
  const nameProblem = checkHostName(body, String(what));
  if (nameProblem) return { problem: { rule: 'value', ...nameProblem } };
  if (absolute) return { text: lower };
  // Gandi completes a target without a final dot with the zone (its "relative" syntax). From a file that is
  // almost always a forgotten dot, so it is an error there; from the wire it is what Gandi means.
  if (ctx.source === 'wire') {
    const full = `${body}.${ctx.zone}`;
    return checkHostName(full, String(what)) ? { problem: { rule: 'value', message: `${what} "${given}" is too long once completed with the zone` } } : { text: `${full}.` };
  }
  return { text: `${lower}.`, notFqdn: true };
}
