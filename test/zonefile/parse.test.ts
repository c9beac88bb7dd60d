import { describe, expect, it } from 'vitest';
import schema from '../../schema/zone.schema.json' with { type: 'json' };
import { RECORD_TYPES } from '../../src/model/types.js';
import { MAX_ALIAS_COUNT, MAX_ALIAS_EXPANSION, MAX_ZONE_FILE_BYTES, parseZoneFile, zoneNameFromFile } from '../../src/zonefile/parse.js';
import { describePath } from '../../src/zonefile/schema.js';

const parse = (text: string, file = 'zones/example.com.yaml') => parseZoneFile(text, file);
const rrsetsOf = (text: string) => {
  const { zone, issues } = parse(text);
  expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  return (zone?.rrsets ?? []).map(({ source: _source, ...rest }) => rest);
};

describe('parseZoneFile: building the desired zone', () => {
  it('takes the zone from the file name', () => {
    expect(zoneNameFromFile('zones/Example.COM.yaml')).toBe('example.com');
    expect(zoneNameFromFile('a/b/example.org.yml')).toBe('example.org');
    expect(zoneNameFromFile('C:\\zones\\example.net.yaml')).toBe('example.net');
    expect(parse('records: {}', 'zones/Example.com.yml').zone?.zone).toBe('example.com');
  });

  it('applies the TTL of the record, else of the file, else Gandi default', () => {
    const withFileTtl = rrsetsOf('ttl: 600\nrecords:\n  a: { type: A, value: 192.0.2.1 }\n  b: { type: A, ttl: 300, value: 192.0.2.2 }\n');
    expect(withFileTtl.map((r) => r.ttl)).toEqual([600, 300]);
    expect(rrsetsOf('records:\n  a: { type: A, value: 192.0.2.1 }\n')[0]?.ttl).toBe(10_800);
  });

  it('canonicalises names and values, sorted by name then type', () => {
    expect(
      rrsetsOf(`records:
  WWW:
    - { type: TXT, value: "hello" }
    - { type: AAAA, values: ["2001:DB8::2", "2001:0db8::1"] }
  "@":
    - { type: MX, values: [{ preference: 20, exchange: MX2.example.net. }, "10 mx1.example.net."] }
`),
    ).toEqual([
      { name: '@', type: 'MX', ttl: 10_800, values: ['10 mx1.example.net.', '20 mx2.example.net.'] },
      { name: 'www', type: 'AAAA', ttl: 10_800, values: ['2001:db8::1', '2001:db8::2'] },
      { name: 'www', type: 'TXT', ttl: 10_800, values: ['hello'] },
    ]);
  });

  it('records where each rrset was declared', () => {
    const { zone } = parse('records:\n  www:\n    - type: A\n      value: 192.0.2.1\n');
    expect(zone?.rrsets[0]?.source).toEqual({ file: 'zones/example.com.yaml', line: 3, column: 7 });
  });

  it('reads ignore rules (lower-cased, located) and safety settings (as a ratio)', () => {
    const { zone } = parse('ignore:\n  - name: "_ACME-challenge*"\n    type: TXT\n  - name: legacy\nsafety: { max_change_percent: 25, min_existing: 4 }\nrecords: {}\n');
    expect(zone?.ignore).toEqual([
      { name: '_acme-challenge*', type: 'TXT', source: { file: 'zones/example.com.yaml', line: 2, column: 5 } },
      { name: 'legacy', source: { file: 'zones/example.com.yaml', line: 4, column: 5 } },
    ]);
    expect(zone?.safety).toEqual({ maxChangeRatio: 0.25, minExisting: 4 });
    expect(parse('records: {}').zone?.safety).toBeUndefined();
  });

  it('keeps keys as written, even when YAML would read them as numbers', () => {
    const { zone } = parseZoneFile('records:\n  1.10: { type: PTR, value: host.example.com. }\n  0x1f: { type: PTR, value: other.example.com. }\n', '2.0.192.in-addr.arpa.yaml');
    expect(zone?.rrsets.map((r) => r.name)).toEqual(['0x1f', '1.10']);
  });

  it('accepts YAML anchors and aliases used with restraint', () => {
    const rrsets = rrsetsOf('records:\n  a: &mx { type: MX, value: "10 mx.example.net." }\n  b: *mx\n');
    expect(rrsets.map((r) => r.name)).toEqual(['a', 'b']);
  });
});

describe('parseZoneFile: every problem at once, never a crash', () => {
  it('reports problems of every stage together', () => {
    const { zone, issues } = parse(`ttl: 10
records:
  www:
    type: CNAME
    value: web.example.net
  "@":
    - { type: NS, value: ns1.example.net. }
    - { type: A, value: 300.1.1.1 }
  bad name:
    type: TXT
    value: ok
`);
    expect(zone).toBeUndefined();
    expect(issues.map((i) => `${i.line}:${i.column} ${i.rule}`)).toEqual(['1:6 ttl-range', '5:12 target-not-fqdn', '7:7 ns-apex', '8:25 value', '9:3 name']);
  });

  it('refuses a file over the size cap without parsing it', () => {
    const { issues } = parse(`records: {}\n#${'x'.repeat(MAX_ZONE_FILE_BYTES)}`);
    expect(issues).toMatchObject([{ rule: 'file-too-large', severity: 'error' }]);
  });

  it('refuses binary text', () => {
    expect(parse('records: {}\n\u0000\u0001').issues).toMatchObject([{ rule: 'file-encoding' }]);
  });

  it('refuses aliases that would multiply the document', () => {
    const big = Array.from({ length: 20_000 }, () => 'x').join(', ');
    const text = `big: &big [${big}]\ncopies: [${Array.from({ length: 60 }, () => '*big').join(', ')}]\nrecords: {}\n`;
    const { issues } = parse(text);
    expect(issues).toMatchObject([{ rule: 'yaml-alias', message: expect.stringContaining(`limit ${MAX_ALIAS_EXPANSION}`) }]);
  });

  it('accepts an anchor reused many times, refuses one reused beyond the alias count', () => {
    const reuse = (n: number) => `records:\n  a: { type: A, ttl: &ttl 300, value: 192.0.2.1 }\n${Array.from({ length: n }, (_, i) => `  h${i}: { type: A, ttl: *ttl, value: 192.0.2.1 }\n`).join('')}`;
    expect(parse(reuse(500)).issues).toEqual([]);
    expect(parse(reuse(MAX_ALIAS_COUNT + 1)).issues).toMatchObject([{ rule: 'yaml-alias', message: expect.stringContaining('alias bomb') }]);
  });

  it('reports an alias to an undefined anchor', () => {
    expect(parse('records:\n  a: *nothing\n').issues).toMatchObject([{ rule: 'yaml-alias', message: expect.stringContaining('Unresolved alias') }]);
  });

  it('survives absurd nesting', () => {
    const { issues } = parse(`records: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.severity === 'error' || i.severity === 'warning')).toBe(true);
  });

  it('refuses a document that is not a mapping', () => {
    expect(parse('- a\n- b\n').issues).toMatchObject([{ rule: 'schema', message: 'the zone file must be a mapping, not a list' }]);
  });
});

describe('the JSON Schema', () => {
  it('lists exactly the record types of the model', () => {
    expect(schema.$defs.recordType.enum).toEqual([...RECORD_TYPES]);
  });

  it('is what editors can use: draft 2020-12, closed objects', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.$defs.record.additionalProperties).toBe(false);
  });

  it('describes paths readably', () => {
    expect(describePath([])).toBe('the zone file');
    expect(describePath(['records', '_sip._tcp', '1', 'values', '0', 'port'])).toBe('record "_sip._tcp" #2: values[0].port');
    expect(describePath(['ignore', '0', 'name'])).toBe('ignore rule #1: name');
    expect(describePath(['safety', 'min_existing'])).toBe('safety.min_existing');
  });
});
