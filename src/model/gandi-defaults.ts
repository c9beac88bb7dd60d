/**
 * The records Gandi puts in every new LiveDNS zone (parking address, webmail and web-redirect CNAMEs,
 * Gandi Mail MX, SPF, SRV and DKIM). `import` marks them with a comment so that a person decides to keep
 * or drop them deliberately: a reconciler that owns the zone deletes whatever the file leaves out.
 *
 * A live rrset counts as a default only when both its (name, type) and its values are Gandi's: a `www`
 * CNAME to the user's own host is the user's record.
 */
import type { RecordSet } from './types.js';

interface DefaultRecord {
  readonly name: RegExp;
  readonly type: string;
  readonly matches: (value: string) => boolean;
  readonly what: string;
}

const pointsAtGandi = (value: string): boolean => /(^|[ .])gandi(mail)?\.net\.$/.test(value);
const srvNullOrGandi = (value: string): boolean => value === '0 0 0 .' || pointsAtGandi(value);

const DEFAULTS: readonly DefaultRecord[] = [
  { name: /^@$/, type: 'A', matches: (v) => v === '217.70.184.38', what: 'the parking / web-forwarding address' },
  { name: /^@$/, type: 'MX', matches: pointsAtGandi, what: 'Gandi Mail' },
  { name: /^@$/, type: 'TXT', matches: (v) => /^v=spf1 include:_mailcust\.gandi\.net\b/.test(v), what: "Gandi Mail's SPF" },
  { name: /^www$/, type: 'CNAME', matches: pointsAtGandi, what: "Gandi's web redirection" },
  { name: /^webmail$/, type: 'CNAME', matches: pointsAtGandi, what: "Gandi's webmail" },
  { name: /^_(imap|imaps|pop3|pop3s|submission)\._tcp$/, type: 'SRV', matches: srvNullOrGandi, what: 'Gandi Mail service discovery' },
  { name: /^gm[0-9]\._domainkey$/, type: 'CNAME', matches: pointsAtGandi, what: "Gandi Mail's DKIM" },
];

/** For one of Gandi's default records, what it is for; otherwise undefined. */
export function gandiDefaultPurpose(rrset: Pick<RecordSet, 'name' | 'type' | 'values'>): string | undefined {
  const entry = DEFAULTS.find((d) => d.type === rrset.type && d.name.test(rrset.name));
  if (!entry || rrset.values.length === 0 || !rrset.values.every(entry.matches)) return undefined;
  return entry.what;
}
