/**
 * The zone file keys that reach beyond the zone's records: `nameservers` and `autorenew` (settings of the
 * domain at the registrar) and `account` (which token of livedns.config.yaml reaches the zone). Kept apart
 * from rules.ts: they are about the domain, not its rrsets. The schema has checked their shape; this adds
 * what needs DNS knowledge, each problem located where it was written.
 */
import { canonicalNameservers, LIVEDNS, normaliseNameserver, type DomainSettings, type NameserversSetting } from '../model/domain.js';
import { checkZoneName } from '../model/names.js';
import type { Issue, SourceLocation } from '../model/types.js';
import type { RulesInput } from './rules.js';

export interface DomainKeys {
  readonly domain?: DomainSettings;
  readonly account?: string;
  readonly accountSource?: SourceLocation;
  readonly issues: Issue[];
}

/** Gandi's LiveDNS hosts (`ns-123-a.gandi.net`): listing them by hand pins hashed names that may change. */
const LIVEDNS_HOST = /^ns-\d+-[a-z]\.gandi\.net$/;

export function readDomainKeys(input: Pick<RulesInput, 'zone' | 'data' | 'locate' | 'reported'>): DomainKeys {
  const { zone, data, locate, reported } = input;
  const issues: Issue[] = [];
  const report = (rule: string, location: SourceLocation, message: string, hint?: string, severity: Issue['severity'] = 'error') =>
    issues.push({ severity, rule, message, ...(hint === undefined ? {} : { hint }), ...location });

  let nameservers: NameserversSetting | undefined;
  if (data.nameservers === LIVEDNS) nameservers = LIVEDNS;
  else if (Array.isArray(data.nameservers) && !reported(['nameservers'])) nameservers = readNameserverList(data.nameservers, zone, locate, report);

  const autorenew = typeof data.autorenew === 'boolean' ? data.autorenew : undefined;
  const sources = {
    ...(nameservers === undefined ? {} : { nameservers: locate(['nameservers']) }),
    ...(autorenew === undefined ? {} : { autorenew: locate(['autorenew']) }),
  };
  const domain: DomainSettings | undefined =
    nameservers === undefined && autorenew === undefined
      ? undefined
      : { ...(nameservers === undefined ? {} : { nameservers }), ...(autorenew === undefined ? {} : { autorenew }), sources };

  const account = typeof data.account === 'string' && !reported(['account']) ? data.account : undefined;
  return {
    ...(domain ? { domain } : {}),
    ...(account === undefined ? {} : { account, accountSource: locate(['account']) }),
    issues,
  };
}

type Report = (rule: string, location: SourceLocation, message: string, hint?: string, severity?: Issue['severity']) => void;

/** The hosts of a `nameservers:` list, checked; undefined when one is unusable (the error says which). */
function readNameserverList(list: readonly unknown[], zone: string, locate: RulesInput['locate'], report: Report): readonly string[] | undefined {
  const firstSeen = new Map<string, SourceLocation>();
  let usable = true;
  list.forEach((raw, index) => {
    if (typeof raw !== 'string') return;
    const at = locate(['nameservers', String(index)]);
    const host = normaliseNameserver(raw);
    const problem = checkZoneName(host);
    if (problem) {
      usable = false;
      report('nameserver', at, `nameserver "${raw}": ${problem.message.replace(/zone name/g, 'hostname')}`, 'write the full hostname of each nameserver, e.g. ns1.example.net');
      return;
    }
    const first = firstSeen.get(host);
    if (first) {
      usable = false;
      report('nameserver-duplicate', at, `nameserver ${host} is listed twice (first at line ${first.line})`, 'remove one of them');
      return;
    }
    firstSeen.set(host, at);
    if (host === zone || host.endsWith(`.${zone}`)) {
      report(
        'nameserver-glue',
        at,
        `nameserver ${host} is inside ${zone}: the registry needs glue records (its IP addresses) to reach it`,
        "glue records are not managed by this tool: declare them in Gandi's admin (Glue records) before delegating",
        'warning',
      );
    }
    if (LIVEDNS_HOST.test(host)) {
      report('nameserver-livedns', at, `${host} is one of Gandi's LiveDNS servers`, 'write "nameservers: livedns": LiveDNS picks the servers for each domain', 'warning');
    }
  });
  if (!usable) return undefined;
  const hosts = canonicalNameservers([...firstSeen.keys()]);
  if (hosts.length === 1) {
    report('nameserver-count', locate(['nameservers']), 'a single nameserver: most registries require at least two, and one is a single point of failure', 'list at least two nameservers', 'warning');
  }
  return hosts;
}
