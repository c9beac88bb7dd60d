import { describe, expect, it } from 'vitest';
import { parseZoneFile } from '../../src/zonefile/parse.js';
import { formatIssue } from '../../src/render/issues.js';

const parse = (text: string) => parseZoneFile(text, 'zones/example.com.yaml');
const shown = (text: string) => parse(text).issues.map(formatIssue);

describe('zone file keys beyond the records', () => {
  it('reads nameservers: livedns, autorenew and account with where they were written', () => {
    const { zone, issues } = parse('nameservers: livedns\nautorenew: false\naccount: acme\nrecords: {}\n');
    expect(issues).toEqual([]);
    expect(zone?.domain).toEqual({
      nameservers: 'livedns',
      autorenew: false,
      sources: { nameservers: { file: 'zones/example.com.yaml', line: 1, column: 14 }, autorenew: { file: 'zones/example.com.yaml', line: 2, column: 12 } },
    });
    expect(zone?.account).toBe('acme');
    expect(zone?.accountSource).toEqual({ file: 'zones/example.com.yaml', line: 3, column: 10 });
  });

  it('canonicalises a list of hostnames: case, trailing dots, order', () => {
    const { zone, issues } = parse('nameservers: [NS2.Example.NET., ns1.example.net]\nrecords: {}\n');
    expect(issues).toEqual([]);
    expect(zone?.domain?.nameservers).toEqual(['ns1.example.net', 'ns2.example.net']);
  });

  it('leaves the domain alone when no key asks for anything', () => {
    const { zone } = parse('records: {}\n');
    expect(zone?.domain).toBeUndefined();
    expect(zone?.account).toBeUndefined();
  });

  it('refuses other strings, wrong types and empty lists, located', () => {
    expect(shown('nameservers: gandi\nrecords: {}\n')).toEqual(['zones/example.com.yaml:1:14: error: nameservers must be livedns or a list of nameserver hostnames']);
    expect(shown('autorenew: yes\nrecords: {}\n')).toEqual(['zones/example.com.yaml:1:12: error: autorenew must be true or false, not a string']);
    expect(shown('nameservers: []\nrecords: {}\n')[0]).toMatch(/^zones\/example\.com\.yaml:1:14: error: nameservers is an empty list/);
    expect(shown('account: "a b"\nrecords: {}\n')[0]).toMatch(/^zones\/example\.com\.yaml:1:10: error: account must be the name of an account of livedns\.config\.yaml/);
  });

  it('checks each hostname and refuses duplicates', () => {
    const { zone, issues } = parse('nameservers:\n  - ns1.example.net\n  - bad_host!\n  - NS1.example.net.\nrecords: {}\n');
    expect(zone).toBeUndefined();
    expect(issues.map((i) => `${i.line}:${i.column} ${i.rule}`)).toEqual(['3:5 nameserver', '4:5 nameserver-duplicate']);
    expect(issues[0]!.message).toMatch(/^nameserver "bad_host!": hostname "bad_host!" contains "!"/);
    expect(issues[1]!.message).toBe('nameserver ns1.example.net is listed twice (first at line 2)');
  });

  it('warns about a single server, glue-needing servers inside the zone, and hand-listed LiveDNS servers', () => {
    const { zone, issues } = parse('nameservers: [ns1.example.com]\nrecords: {}\n');
    expect(zone?.domain?.nameservers).toEqual(['ns1.example.com']);
    expect(issues.map((i) => [i.severity, i.rule])).toEqual([
      ['warning', 'nameserver-count'],
      ['warning', 'nameserver-glue'],
    ]);
    expect(parse('nameservers: [ns-12-a.gandi.net, ns-34-b.gandi.net]\nrecords: {}\n').issues.map((i) => i.rule)).toEqual(['nameserver-livedns', 'nameserver-livedns']);
  });
});
