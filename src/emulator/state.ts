/**
 * The emulator's world as plain JSON: zones with their rrsets (in Gandi's wire shape, stored the way Gandi
 * stores them), their snapshots, and the tokens that may see them. Also Gandi's value rules: what it
 * accepts, and how it rewrites what it stores (TXT quoting and 255-byte chunks).
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { GANDI_DEFAULT_TTL, TTL_MAX, TTL_MIN } from '../model/types.js';
import type { GandiRrset } from '../gandi/types.js';

/** An rrset as the emulator stores it: always with a TTL, never with an href (that is computed). */
export type EmulatorRrset = Required<Omit<GandiRrset, 'rrset_href'>>;

export interface EmulatorSnapshot {
  id: string;
  name: string;
  /** ISO-8601 UTC without milliseconds, as Gandi writes it. */
  created_at: string;
  automatic: boolean;
  zone_data: EmulatorRrset[];
}

export interface EmulatorDomain {
  automatic_snapshots?: boolean;
  /** Includes what Gandi hides from record lists (apex NS, SOA) when the state holds them. */
  rrsets: EmulatorRrset[];
  snapshots?: EmulatorSnapshot[];
}

export interface EmulatorToken {
  /** The secret sent after `Bearer ` (or `Apikey `). */
  token: string;
  /** A name for the journal (`token` field of its entries), so tests can tell which token reached a path without the secret. */
  label?: string;
  /** `Bearer` (a Personal Access Token, the default) or `Apikey` (the deprecated API key). */
  scheme?: 'Bearer' | 'Apikey';
  /**
   * Zones this token can see; absent = all. Other zones answer 404 HTTPNotFound, as Gandi answers a PAT
   * whose resources do not include the domain.
   */
  zones?: string[];
  /** Lacks "Manage domain name technical configurations": every write answers 403. */
  readOnly?: boolean;
  /** Expired: every request answers 401 with Gandi's "access token has expired" text. */
  expired?: boolean;
  /** Its 403s come as an HTML page instead of JSON (seen on real traffic, terraform-provider-gandi #165). */
  htmlForbidden?: boolean;
  /** `false`: lacks the Domain API permissions ("See and renew domain names"): every /domain path answers 403. */
  domainApi?: boolean;
}

/**
 * What the registrar knows of a domain (the Domain API's side): how the registry delegates it, when it
 * expires, whether it renews itself, its EPP status flags. A nameserver change waits in `pending` until
 * it becomes visible, as Gandi's does (asynchronous at the registry).
 */
export interface EmulatorRegistration {
  /** `livedns`, `classic`, `premium_dns` or `other` (custom nameservers). */
  current: string;
  /** The nameservers registered at the registry, without trailing dots. */
  nameservers: string[];
  autorenew: boolean;
  /** ISO-8601: `dates.registry_ends_at`. */
  registry_ends_at: string;
  /** EPP status flags, e.g. `clientTransferProhibited`. */
  status: string[];
  /** Stable id, as Gandi gives each domain. */
  id?: string;
  /** A requested nameserver change, not visible yet: it lands after `readsLeft` reads and `visibleAt`. */
  pending?: { current: string; nameservers: string[]; readsLeft: number; visibleAt?: string };
}

export interface EmulatorState {
  /** By FQDN (lower-case, no trailing dot). */
  domains: Record<string, EmulatorDomain>;
  tokens?: EmulatorToken[];
  /**
   * Registrar facts by FQDN. A LiveDNS zone without an entry is registered at Gandi and delegated to
   * LiveDNS (defaultRegistration); an entry without a LiveDNS zone is a domain that does not use LiveDNS.
   */
  registrar?: Record<string, EmulatorRegistration>;
}

/** The nameservers the emulator's LiveDNS gives every zone (real ones look like ns-NNN-{a,b,c}.gandi.net). */
export const LIVEDNS_NAMESERVERS: readonly string[] = ['ns-101-a.gandi.net', 'ns-102-b.gandi.net', 'ns-103-c.gandi.net'];

const DAY_MS = 86_400_000;

/** A domain registered a while ago, delegated to LiveDNS, renewing itself, expiring in a year. */
export function defaultRegistration(now: Date): EmulatorRegistration {
  return {
    current: 'livedns',
    nameservers: [...LIVEDNS_NAMESERVERS],
    autorenew: true,
    registry_ends_at: gandiTimestamp(new Date(now.getTime() + 365 * DAY_MS)),
    status: ['clientTransferProhibited'],
  };
}

/** The token the emulator accepts when none is configured. Not a secret: it only opens the emulator. */
export const DEFAULT_EMULATOR_TOKEN = 'livedns-emulator-token';

/** Gandi's documented rrset_type enum (SOA included: it exists, Gandi just does not list it). */
export const GANDI_RRSET_TYPES = new Set([
  'A', 'AAAA', 'ALIAS', 'CAA', 'CDS', 'CNAME', 'DNAME', 'DS', 'HTTPS', 'KEY', 'LOC', 'MX', 'NAPTR', 'NS',
  'OPENPGPKEY', 'PTR', 'RP', 'SOA', 'SPF', 'SRV', 'SSHFP', 'SVCB', 'TLSA', 'TXT', 'WKS',
]);

/** Apex NS and SOA: present in the zone, absent from Gandi's JSON record lists. */
export function isHiddenRrset(rrset: { rrset_name: string; rrset_type: string }): boolean {
  return rrset.rrset_type === 'SOA' || (rrset.rrset_name === '@' && rrset.rrset_type === 'NS');
}

/** One entry of Gandi's validation-error body. */
export interface FieldError {
  location: 'body' | 'path' | 'querystring' | 'header';
  name: string;
  description: string;
}

const TXT_CHUNK = 255;

/** Decodes `"a" "b\"c"` into its strings; undefined when the text is not a sequence of quoted strings. */
export function parseQuotedStrings(value: string): string[] | undefined {
  const chunks: string[] = [];
  let i = 0;
  const text = value.trim();
  while (i < text.length) {
    if (text[i] !== '"') return undefined;
    i += 1;
    let chunk = '';
    let closed = false;
    while (i < text.length) {
      const ch = text[i]!;
      if (ch === '\\') {
        const digits = /^\d{3}/.exec(text.slice(i + 1));
        if (digits !== null) {
          chunk += String.fromCharCode(Number(digits[0]));
          i += 4;
        } else {
          chunk += text[i + 1] ?? '';
          i += 2;
        }
      } else if (ch === '"') {
        closed = true;
        i += 1;
        break;
      } else {
        chunk += ch;
        i += 1;
      }
    }
    if (!closed) return undefined;
    chunks.push(chunk);
    while (text[i] === ' ' || text[i] === '\t') i += 1;
  }
  return chunks.length === 0 ? undefined : chunks;
}

function quote(chunk: string): string {
  let out = '"';
  for (const ch of chunk) {
    const code = ch.charCodeAt(0);
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (code < 0x20 || code > 0x7e) out += `\\${String(code).padStart(3, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/**
 * How Gandi stores a TXT/SPF value: quoted, in strings of at most 255 bytes. Bare and quoted input are
 * both accepted (bare `token` reads back as `"token"`). Gandi's own split points are unknown (one report
 * shows 150/110); we split at 255, the DNS limit, which is what a careful writer sends anyway.
 */
export function storeTxtValue(value: string): string {
  const chunks = parseQuotedStrings(value) ?? [value];
  const split: string[] = [];
  for (const chunk of chunks) {
    const bytes = Buffer.from(chunk, 'latin1');
    if (bytes.length === 0) split.push('');
    for (let start = 0; start < bytes.length; start += TXT_CHUNK) split.push(bytes.subarray(start, start + TXT_CHUNK).toString('latin1'));
  }
  return split.map(quote).join(' ');
}

/** The values as Gandi would store them for this type. Everything but TXT/SPF is stored as sent. */
export function storeValues(type: string, values: readonly string[]): string[] {
  return type === 'TXT' || type === 'SPF' ? values.map(storeTxtValue) : [...values];
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * Gandi's checks on one rrset write. Documented: the type enum, TTL 300..2592000, values of printable
 * ASCII up to 16384 characters, NS values must be hostnames. Where Gandi's exact refusal is unknown
 * (apex NS/SOA, apex CNAME, ALIAS off the apex), we refuse too: the safe side, so our tool never relies
 * on Gandi accepting them.
 */
export function validateRrset(name: string, type: string, ttl: unknown, values: unknown, where: string): FieldError[] {
  const errors: FieldError[] = [];
  const at = (field: string) => (where === '' ? field : `${where}.${field}`);
  if (name === '' || /\s/.test(name)) errors.push({ location: 'body', name: at('rrset_name'), description: `'${name}' is not a valid record name` });
  if (!GANDI_RRSET_TYPES.has(type)) errors.push({ location: 'body', name: at('rrset_type'), description: `'${type}' is not one of the allowed rrset types` });
  if (ttl !== undefined && (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < TTL_MIN || ttl > TTL_MAX)) {
    errors.push({ location: 'body', name: at('rrset_ttl'), description: `${JSON.stringify(ttl)} is not an integer between ${TTL_MIN} and ${TTL_MAX}` });
  }
  if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === 'string')) {
    errors.push({ location: 'body', name: at('rrset_values'), description: 'must be a non-empty list of strings' });
    return errors;
  }
  for (const value of values as string[]) {
    if (!/^[\x20-\x7e]+$/.test(value) || value.length > 16384) {
      errors.push({ location: 'body', name: at('rrset_values'), description: `'${value.slice(0, 60)}': must be 1 to 16384 printable ASCII characters` });
    } else if (type === 'NS' && IPV4.test(value.replace(/\.$/, ''))) {
      errors.push({ location: 'body', name: at('rrset_values'), description: `'${value}': invalid hostname` });
    }
  }
  if (name === '@' && type === 'NS') errors.push({ location: 'body', name: at('rrset_type'), description: "can't use '@' for NS records" });
  if (type === 'SOA') errors.push({ location: 'body', name: at('rrset_type'), description: 'the SOA record is managed by Gandi' });
  if (name === '@' && type === 'CNAME') errors.push({ location: 'body', name: at('rrset_type'), description: 'a CNAME is not allowed at the apex: use ALIAS' });
  if (name !== '@' && type === 'ALIAS') errors.push({ location: 'body', name: at('rrset_type'), description: 'ALIAS records are only allowed at the apex' });
  return errors;
}

/** A CNAME cannot share its name with another type (RFC 1034 3.6.2); Gandi's wording for it is unknown. */
export function cnameConflicts(rrsets: readonly EmulatorRrset[]): FieldError[] {
  const typesByName = new Map<string, string[]>();
  for (const rrset of rrsets) typesByName.set(rrset.rrset_name, [...(typesByName.get(rrset.rrset_name) ?? []), rrset.rrset_type]);
  const errors: FieldError[] = [];
  for (const [name, types] of typesByName) {
    if (types.includes('CNAME') && types.length > 1) {
      errors.push({ location: 'body', name: 'rrset_type', description: `${name}: a CNAME cannot coexist with other records (${types.join(', ')})` });
    }
  }
  return errors;
}

/** ISO-8601 UTC to the second, as Gandi writes `created_at`. */
export function gandiTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * The rrsets Gandi puts in a new LiveDNS zone (all TTL 10800), plus the hidden apex NS and SOA. A
 * reconciler that owns the zone deletes the visible ones on its first run: the emulator shows that too.
 */
export function newZoneRrsets(): EmulatorRrset[] {
  const ttl = GANDI_DEFAULT_TTL;
  const srv = (name: string, value: string): EmulatorRrset => ({ rrset_name: name, rrset_type: 'SRV', rrset_ttl: ttl, rrset_values: [value] });
  return [
    { rrset_name: '@', rrset_type: 'SOA', rrset_ttl: ttl, rrset_values: [`ns1.gandi.net. hostmaster.gandi.net. 1700000000 10800 3600 604800 10800`] },
    { rrset_name: '@', rrset_type: 'NS', rrset_ttl: ttl, rrset_values: ['ns-101-a.gandi.net.', 'ns-102-b.gandi.net.', 'ns-103-c.gandi.net.'] },
    { rrset_name: '@', rrset_type: 'A', rrset_ttl: ttl, rrset_values: ['217.70.184.38'] },
    { rrset_name: '@', rrset_type: 'MX', rrset_ttl: ttl, rrset_values: ['10 spool.mail.gandi.net.', '50 fb.mail.gandi.net.'] },
    { rrset_name: '@', rrset_type: 'TXT', rrset_ttl: ttl, rrset_values: ['"v=spf1 include:_mailcust.gandi.net ?all"'] },
    srv('_imap._tcp', '0 0 0 .'),
    srv('_imaps._tcp', '0 1 993 mail.gandi.net.'),
    srv('_pop3._tcp', '0 0 0 .'),
    srv('_pop3s._tcp', '10 1 995 mail.gandi.net.'),
    srv('_submission._tcp', '0 1 465 mail.gandi.net.'),
    { rrset_name: 'gm1._domainkey', rrset_type: 'CNAME', rrset_ttl: ttl, rrset_values: ['gm1.gandimail.net.'] },
    { rrset_name: 'gm2._domainkey', rrset_type: 'CNAME', rrset_ttl: ttl, rrset_values: ['gm2.gandimail.net.'] },
    { rrset_name: 'gm3._domainkey', rrset_type: 'CNAME', rrset_ttl: ttl, rrset_values: ['gm3.gandimail.net.'] },
    { rrset_name: 'webmail', rrset_type: 'CNAME', rrset_ttl: ttl, rrset_values: ['webmail.gandi.net.'] },
    { rrset_name: 'www', rrset_type: 'CNAME', rrset_ttl: ttl, rrset_values: ['webredir.vip.gandi.net.'] },
  ];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A deep copy of `input` as the emulator keeps it: FQDN keys lower-cased, TTLs defaulted to 10800, TXT
 * values in Gandi's stored form, snapshot lists present. Throws a UserError on a malformed state.
 */
export function normaliseState(input: unknown, source = 'emulator state'): EmulatorState {
  if (!isObject(input) || !isObject(input.domains)) throw new UserError(`${source}: expected an object with "domains" (by FQDN)`);
  const domains: Record<string, EmulatorDomain> = {};
  for (const [fqdn, raw] of Object.entries(input.domains)) {
    if (!isObject(raw) || !Array.isArray(raw.rrsets)) throw new UserError(`${source}: domain "${fqdn}" needs an "rrsets" list`);
    const rrsets = raw.rrsets.map((item, index): EmulatorRrset => {
      if (!isObject(item) || typeof item.rrset_name !== 'string' || typeof item.rrset_type !== 'string' || !Array.isArray(item.rrset_values)) {
        throw new UserError(`${source}: domain "${fqdn}" rrset #${index + 1} needs rrset_name, rrset_type and rrset_values`);
      }
      const values = item.rrset_values.map(String);
      return {
        rrset_name: item.rrset_name,
        rrset_type: item.rrset_type,
        rrset_ttl: typeof item.rrset_ttl === 'number' ? item.rrset_ttl : GANDI_DEFAULT_TTL,
        rrset_values: storeValues(item.rrset_type, values),
      };
    });
    const snapshots = Array.isArray(raw.snapshots) ? (structuredClone(raw.snapshots) as EmulatorSnapshot[]) : [];
    const domain: EmulatorDomain = { rrsets, snapshots };
    if (typeof raw.automatic_snapshots === 'boolean') domain.automatic_snapshots = raw.automatic_snapshots;
    domains[fqdn.toLowerCase().replace(/\.$/, '')] = domain;
  }
  const state: EmulatorState = { domains };
  if (Array.isArray(input.tokens)) state.tokens = structuredClone(input.tokens) as EmulatorToken[];
  if (input.registrar !== undefined) state.registrar = normaliseRegistrar(input.registrar, source);
  return state;
}

function normaliseRegistrar(input: unknown, source: string): Record<string, EmulatorRegistration> {
  if (!isObject(input)) throw new UserError(`${source}: "registrar" must be an object by FQDN`);
  const out: Record<string, EmulatorRegistration> = {};
  for (const [fqdn, raw] of Object.entries(input)) {
    if (!isObject(raw)) throw new UserError(`${source}: registrar entry "${fqdn}" must be an object`);
    const base = defaultRegistration(new Date());
    const hosts = Array.isArray(raw.nameservers) ? raw.nameservers.map((h) => String(h).toLowerCase().replace(/\.$/, '')) : undefined;
    const current = typeof raw.current === 'string' ? raw.current : hosts === undefined ? base.current : 'other';
    const entry: EmulatorRegistration = {
      current,
      nameservers: hosts ?? (current === 'livedns' ? base.nameservers : []),
      autorenew: typeof raw.autorenew === 'boolean' ? raw.autorenew : base.autorenew,
      registry_ends_at: typeof raw.registry_ends_at === 'string' ? raw.registry_ends_at : base.registry_ends_at,
      status: Array.isArray(raw.status) ? raw.status.map(String) : base.status,
    };
    if (typeof raw.id === 'string') entry.id = raw.id;
    if (isObject(raw.pending)) entry.pending = structuredClone(raw.pending) as EmulatorRegistration['pending'];
    out[fqdn.toLowerCase().replace(/\.$/, '')] = entry;
  }
  return out;
}

export async function loadState(file: string): Promise<EmulatorState> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UserError(`cannot read emulator state ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UserError(`emulator state ${file} is not valid JSON: ${(error as Error).message}`);
  }
  return normaliseState(json, file);
}

/** Writes the state atomically (temporary file, then rename): a crash never leaves half a file. */
export async function saveState(file: string, state: EmulatorState): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${randomUUID()}.tmp`;
  await writeFile(temporary, `${JSON.stringify(state, null, 2)}\n`, 'utf8');
  await rename(temporary, file);
}
