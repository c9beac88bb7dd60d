/**
 * IPv4 and IPv6 addresses in their one canonical text form.
 *
 * `2001:DB8:0:0::1`, `2001:db8::1` and `2001:0db8:0000::0001` are the same AAAA value; without one
 * spelling, a zone file and Gandi's answer would differ forever. RFC 5952 defines that spelling.
 * Written here rather than taken from node:net because the model stays free of I/O modules.
 */

const OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV4 = new RegExp(`^${OCTET}\\.${OCTET}\\.${OCTET}\\.${OCTET}$`);

/** Dotted quad, four decimal octets without leading zeros (`010` reads as octal in some resolvers' tools). */
export function isIpv4(text: string): boolean {
  return IPV4.test(text);
}

export function parseIpv4(text: string): number[] | undefined {
  if (!IPV4.test(text)) return undefined;
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const octets: number[] = [];
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    octets.push(octet);
  }
  return octets;
}

/** The IPv4 address with any leading zeros removed, when that is the only problem (for hints). */
export function ipv4WithoutLeadingZeros(text: string): string | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^[0-9]{1,3}$/.test(p))) return undefined;
  const fixed = parts.map((p) => String(Number(p))).join('.');
  return parseIpv4(fixed) ? fixed : undefined;
}

/** Parses any RFC 4291 text form (`::`, embedded IPv4) into eight 16-bit groups; zone ids (`%eth0`) are refused. */
export function parseIpv6(text: string): number[] | undefined {
  if (text.length === 0 || text.length > 45 || !/^[0-9a-fA-F:.]+$/.test(text)) return undefined;
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parseSide = (side: string, isLast: boolean): number[] | undefined => {
    if (side === '') return [];
    const groups: number[] = [];
    const pieces = side.split(':');
    for (const [index, piece] of pieces.entries()) {
      if (piece.includes('.')) {
        // Dotted IPv4 is only allowed as the last 32 bits of the address.
        if (!isLast || index !== pieces.length - 1) return undefined;
        const v4 = parseIpv4(piece);
        if (!v4) return undefined;
        groups.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(piece)) return undefined;
        groups.push(parseInt(piece, 16));
      }
    }
    return groups;
  };
  if (halves.length === 1) {
    const groups = parseSide(text, true);
    return groups && groups.length === 8 ? groups : undefined;
  }
  const head = parseSide(halves[0] ?? '', false);
  const tail = parseSide(halves[1] ?? '', true);
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  // `::` stands for at least one zero group.
  if (missing < 1) return undefined;
  return [...head, ...new Array<number>(missing).fill(0), ...tail];
}

/**
 * RFC 5952 text: lower-case hex without leading zeros; the longest run of two or more zero groups
 * (the first one on a tie) becomes `::`; IPv4-mapped addresses (::ffff:0:0/96) end in dotted decimal,
 * as section 5 recommends.
 */
export function formatIpv6(groups: readonly number[]): string {
  if (groups.length !== 8) throw new Error('an IPv6 address has eight groups');
  const isMapped = groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff;
  if (isMapped) {
    const hi = groups[6] ?? 0;
    const lo = groups[7] ?? 0;
    return `::ffff:${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  }
  let bestStart = -1;
  let bestLength = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j += 1;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestLength < 2) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}

/** The canonical form of an IPv6 address, or undefined when the text is not one. */
export function canonicalIpv6(text: string): string | undefined {
  const groups = parseIpv6(text);
  return groups ? formatIpv6(groups) : undefined;
}
