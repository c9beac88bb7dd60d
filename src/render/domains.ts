/**
 * `livedns domains`: the account's domains as the registrar knows them (expiry, auto-renewal, delegation,
 * status flags) beside the repository's zone files. Pure: rows in, text or JSON out.
 */
import type { RegistrarDomain } from '../gandi/types.js';
import { EXPIRY_WARNING_DAYS } from '../plan/domain.js';

/** One row of `livedns domains --json`. */
export interface DomainRow {
  readonly fqdn: string;
  /** The account of livedns.config.yaml it was listed with; absent for the default token. */
  readonly account?: string;
  /** ISO-8601 end of registration, null when Gandi did not say. */
  readonly expires_at: string | null;
  /** Whole days from now to the end of registration (negative once expired), null when unknown. */
  readonly expires_in_days: number | null;
  readonly autorenew: boolean | null;
  /** How the registry delegates it: livedns, classic, premium_dns, other (custom); null when unknown. */
  readonly nameservers: string | null;
  /** True when the registry delegates it to LiveDNS. */
  readonly livedns: boolean;
  /** EPP status flags as Gandi lists them. */
  readonly status: readonly string[];
  /** A transfer lock is set (client- or serverTransferProhibited). */
  readonly transfer_locked: boolean;
  /** The zone file managing it in the zones folder, null when none. */
  readonly zone_file: string | null;
}

const DAY_MS = 86_400_000;

export function domainRow(domain: RegistrarDomain, zoneFile: string | undefined, now: Date, account?: string): DomainRow {
  const ends = domain.expiresAt === undefined ? undefined : Date.parse(domain.expiresAt);
  return {
    fqdn: domain.fqdn,
    ...(account === undefined ? {} : { account }),
    expires_at: domain.expiresAt ?? null,
    expires_in_days: ends === undefined ? null : Math.floor((ends - now.getTime()) / DAY_MS),
    autorenew: domain.autorenew ?? null,
    nameservers: domain.nameserver ?? null,
    livedns: domain.nameserver === 'livedns',
    status: domain.status,
    transfer_locked: domain.status.some((flag) => /TransferProhibited$/.test(flag)),
    zone_file: zoneFile ?? null,
  };
}

function expiry(row: DomainRow): string {
  if (row.expires_at === null || row.expires_in_days === null) return 'unknown';
  const date = row.expires_at.slice(0, 10);
  const days = row.expires_in_days;
  const when = days < 0 ? `expired ${-days} d ago` : `in ${days} d`;
  const alarm = days <= EXPIRY_WARNING_DAYS && row.autorenew !== true ? ' !' : '';
  return `${date} (${when})${alarm}`;
}

/** A table, one domain per line; `!` marks a registration ending within 30 days without auto-renewal. */
export function renderDomainsText(rows: readonly DomainRow[], orphans: readonly { zone: string; file: string }[] = []): string {
  const withAccount = rows.some((row) => row.account !== undefined);
  const header = ['DOMAIN', ...(withAccount ? ['ACCOUNT'] : []), 'EXPIRES', 'AUTO-RENEW', 'NAMESERVERS', 'STATUS', 'ZONE FILE'];
  const table = rows.map((row) => [
    row.fqdn,
    ...(withAccount ? [row.account ?? '(default)'] : []),
    expiry(row),
    row.autorenew === null ? 'unknown' : row.autorenew ? 'on' : 'off',
    row.nameservers ?? 'unknown',
    row.status.length === 0 ? '-' : row.status.join(','),
    row.zone_file ?? '-',
  ]);
  const widths = header.map((title, col) => Math.max(title.length, ...table.map((cells) => cells[col]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, col) => (col === cells.length - 1 ? cell : cell.padEnd(widths[col]!))).join('  ').trimEnd();
  const lines = rows.length === 0 ? ['no domains visible to this token'] : [line(header), ...table.map(line)];
  if (rows.some((row) => row.expires_in_days !== null && row.expires_in_days <= EXPIRY_WARNING_DAYS && row.autorenew !== true)) {
    lines.push(`! expires within ${EXPIRY_WARNING_DAYS} days without auto-renewal: renew it at Gandi, or set "autorenew: true" in its zone file`);
  }
  const notLiveDns = rows.filter((row) => row.zone_file !== null && !row.livedns && row.nameservers !== null);
  for (const row of notLiveDns) lines.push(`warning: ${row.zone_file} manages ${row.fqdn}, but the registry delegates it to ${row.nameservers} nameservers, not LiveDNS`);
  for (const { zone, file } of orphans) lines.push(`note: ${file} names ${zone}, which is not among the domains listed`);
  return `${lines.join('\n')}\n`;
}
