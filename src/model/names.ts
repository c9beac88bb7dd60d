/**
 * Owner names and host names: how they are spelled in the model and what makes them valid.
 *
 * Owner names are relative to the zone, lower-case, `@` for the apex (Gandi's own spelling). Host names
 * inside values (targets) are absolute, lower-case, with the trailing dot. DNS compares names without
 * regard to case, so lower-casing both sides is what lets a YAML `WWW` equal Gandi's `www`.
 */
import { domainToASCII } from 'node:url';
import { APEX } from './types.js';

/** RFC 1035: 63 octets per label, 255 on the wire, i.e. 253 characters in text without the final dot. */
export const MAX_LABEL_LENGTH = 63;
export const MAX_NAME_LENGTH = 253;

/** Letters, digits, hyphen; underscore for service labels (`_sip._tcp`, `_dmarc`, DKIM selectors). */
const LABEL_CHARS = /^[a-z0-9_-]+$/;

/** A problem with a name, for a person: what is wrong and, where it helps, how to write it instead. */
export interface NameProblem {
  readonly message: string;
  readonly hint?: string;
}

/** The model spelling of an owner name: lower-case, `@` for the apex (Gandi sends `@`, some peers ``). */
export function canonicalOwnerName(raw: string): string {
  return raw === '' ? APEX : raw.toLowerCase();
}

/** The absolute name (no trailing dot) of a relative owner name in `zone`. */
export function absoluteName(name: string, zone: string): string {
  return name === APEX ? zone : `${name}.${zone}`;
}

/**
 * Checks an owner name as written in a zone file (relative, `@` for the apex, `*` only as the whole
 * leftmost label). Returns the problem, or undefined when the name is fine.
 */
export function checkOwnerName(name: string, zone: string): NameProblem | undefined {
  if (name === APEX) return undefined;
  if (name === '') return { message: 'empty record name', hint: 'write "@" for the apex of the zone' };
  if (name.endsWith('.')) {
    const relative = relativeFromAbsolute(name.slice(0, -1).toLowerCase(), zone);
    return {
      message: `record name "${name}" ends with a dot; names are relative to the zone`,
      hint: relative === undefined ? `write the name relative to ${zone}` : `write "${relative}"`,
    };
  }
  const nonAscii = asciiProblem(name, 'record name');
  if (nonAscii) return nonAscii;
  const lower = name.toLowerCase();
  const labels = lower.split('.');
  for (const [index, label] of labels.entries()) {
    if (label === '*') {
      if (index === 0) continue;
      return { message: `record name "${name}": "*" is only allowed as the leftmost label`, hint: 'a wildcard name looks like "*" or "*.sub"' };
    }
    const problem = labelProblem(label, name);
    if (problem) return problem;
  }
  const total = absoluteName(lower, zone).length;
  if (total > MAX_NAME_LENGTH) {
    return { message: `record name "${name}" is ${total} characters long with the zone; the limit is ${MAX_NAME_LENGTH}` };
  }
  return undefined;
}

/**
 * Checks an absolute host name without its trailing dot (`mx1.example.net`). `what` names the field in
 * messages ("target", "exchange"...).
 */
/** A valid host name in one test (the common case); checkHostName explains the others. */
const VALID_HOST = /^(?:[a-zA-Z0-9_-]{1,63}\.)*[a-zA-Z0-9_-]{1,63}$/;

export function checkHostName(host: string, what: string): NameProblem | undefined {
  if (host.length <= MAX_NAME_LENGTH && VALID_HOST.test(host)) return undefined;
  if (host === '') return { message: `empty ${what}` };
  const nonAscii = asciiProblem(host, what);
  if (nonAscii) return nonAscii;
  for (const label of host.split('.')) {
    const problem = labelProblem(label, host, what);
    if (problem) return problem;
  }
  if (host.length > MAX_NAME_LENGTH) {
    return { message: `${what} "${host}" is ${host.length} characters long; the limit is ${MAX_NAME_LENGTH}` };
  }
  return undefined;
}

/** `www.example.com` in zone `example.com` is `www`; the apex is `@`; undefined when outside the zone. */
export function relativeFromAbsolute(absolute: string, zone: string): string | undefined {
  if (absolute === zone) return APEX;
  return absolute.endsWith(`.${zone}`) ? absolute.slice(0, -zone.length - 1) : undefined;
}

/** Checks a zone's own name (taken from a file name): an absolute name with at least two labels. */
export function checkZoneName(zone: string): NameProblem | undefined {
  const problem = checkHostName(zone, 'zone name');
  if (problem) return problem;
  // Every zone LiveDNS hosts is a registered domain, so a one-label name is a stray file, not a zone.
  if (!zone.includes('.')) return { message: `"${zone}" is not a domain name`, hint: 'name zone files after their domain, e.g. zones/example.com.yaml' };
  // Registered domains are letters, digits and inner hyphens (RFC 1123): a label like "-x" is also how a
  // file name would pass for a command-line option.
  const odd = zone.split('.').find((label) => label.startsWith('-') || label.endsWith('-') || label.includes('_'));
  if (odd !== undefined) {
    return { message: `zone name "${zone}": label "${odd}" ${odd.includes('_') ? 'contains "_"' : 'starts or ends with "-"'}, which a registered domain cannot`, hint: 'name zone files after their domain, e.g. zones/example.com.yaml' };
  }
  return undefined;
}

function labelProblem(label: string, name: string, what = 'record name'): NameProblem | undefined {
  if (label === '') return { message: `${what} "${name}" has an empty label (two dots in a row, or a leading dot)` };
  if (label.length > MAX_LABEL_LENGTH) {
    return { message: `${what} "${name}": label "${label.slice(0, 20)}..." is ${label.length} characters long; the limit is ${MAX_LABEL_LENGTH}` };
  }
  if (!LABEL_CHARS.test(label.toLowerCase())) {
    const bad = [...label].find((c) => !/[a-zA-Z0-9_-]/.test(c)) ?? '';
    return {
      message: `${what} "${name}" contains "${bad}"; names use letters, digits, "-" and "_"`,
      ...(bad === '*' ? { hint: '"*" is only allowed as the whole leftmost label of an owner name' } : {}),
    };
  }
  return undefined;
}

function asciiProblem(name: string, what: string): NameProblem | undefined {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(name)) return undefined;
  const ascii = domainToASCII(name.replace(/\.$/, ''));
  return {
    message: `${what} "${name}" is not ASCII`,
    hint: ascii ? `DNS stores internationalised names in their ASCII (punycode) form: write "${ascii}"` : 'write internationalised names in their ASCII (punycode) form',
  };
}
