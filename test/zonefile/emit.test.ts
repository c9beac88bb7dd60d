import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeRecordSet } from '../../src/model/rrset.js';
import { rrsetKey, type RecordSet, type RrsetKey } from '../../src/model/types.js';
import { emitZoneFile, SCHEMA_MODELINE } from '../../src/zonefile/emit.js';
import { parseZoneFile } from '../../src/zonefile/parse.js';
import { readZones } from '../../src/zonefile/read.js';
import { IGNORED_PREFIX, rrsets, ttl, ZONE } from '../helpers/arbitraries.js';

const data = (list: readonly RecordSet[]) => list.map(({ name, type, ttl: t, values }) => ({ name, type, ttl: t, values }));

function reparse(text: string, zone = ZONE) {
  const { zone: parsed, issues } = parseZoneFile(text, `${zone}.yaml`);
  // Warnings are allowed: a TXT whose text really is wrapped in quotes (`""`) is written faithfully and warned about.
  expect(issues.filter((issue) => issue.severity === 'error'), text).toEqual([]);
  return parsed;
}

describe('emitZoneFile', () => {
  it('writes the canonical form: modeline, default TTL, apex first, mapping for one record, list for several, a blank line between sections and names', () => {
    const text = emitZoneFile(
      ZONE,
      [
        makeRecordSet('www', 'CNAME', 3600, ['example.com.']),
        makeRecordSet('@', 'MX', 300, ['20 mx2.example.net.', '10 mx1.example.net.']),
        makeRecordSet('@', 'A', 3600, ['192.0.2.1']),
        makeRecordSet('@', 'TXT', 3600, ['v=spf1 -all', '12345']),
        makeRecordSet('@', 'NS', 3600, ['ns1.gandi.net.']),
        makeRecordSet('*', 'A', 3600, ['192.0.2.9']),
      ],
      { defaultTtl: 3600, comments: new Map<RrsetKey, string>([['www/CNAME', 'the website\nkept for old links']]), ignore: [{ name: '_acme-challenge*', type: 'TXT' }] },
    );
    expect(text).toBe(`# ${SCHEMA_MODELINE}
ttl: 3600

ignore:
  - name: _acme-challenge*
    type: TXT

records:
  "@":
    - type: A
      value: 192.0.2.1
    - type: MX
      ttl: 300
      values:
        - 10 mx1.example.net.
        - 20 mx2.example.net.
    - type: TXT
      values:
        - "12345"
        - v=spf1 -all

  "*":
    type: A
    value: 192.0.2.9

  www:
    # the website
    # kept for old links
    type: CNAME
    value: example.com.
`);
  });

  it('omits TTLs equal to Gandi default when the file has no default', () => {
    const text = emitZoneFile(ZONE, [makeRecordSet('a', 'A', 10_800, ['192.0.2.1']), makeRecordSet('b', 'A', 600, ['192.0.2.2'])]);
    expect(text).not.toContain('ttl: 10800');
    expect(data(reparse(text)?.rrsets ?? [])).toEqual(data([makeRecordSet('a', 'A', 10_800, ['192.0.2.1']), makeRecordSet('b', 'A', 600, ['192.0.2.2'])]));
  });

  it.each(['zones', 'test/fixtures/zones/valid'].flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f))))(
    'round-trips %s',
    async (file) => {
      // With its templates: `import` writes a zone as it is live, templates included.
      const original = (await readZones([file])).zones[0];
      if (!original) throw new Error(`${file} does not parse`);
      const text = emitZoneFile(original.zone, original.rrsets, { ignore: original.ignore });
      const again = reparse(text, original.zone);
      expect(data(again?.rrsets ?? [])).toEqual(data(original.rrsets));
      expect(again?.ignore.map(({ name, type }) => ({ name, type }))).toEqual(original.ignore.map(({ name, type }) => ({ name, type })));
      // Canonical means stable: emitting what was parsed from the emitted text changes nothing.
      expect(emitZoneFile(original.zone, again?.rrsets ?? [], { ignore: again?.ignore ?? [] })).toBe(text);
    },
  );

  it('parse(emit(zone)) gives the same rrsets, for any zone', () => {
    fc.assert(
      fc.property(rrsets(30), fc.option(ttl, { nil: undefined }), fc.boolean(), (list, defaultTtl, withComments) => {
        const comments = withComments ? new Map(list.map((r) => [rrsetKey(r), `comment for ${r.name}`] as const)) : undefined;
        const text = emitZoneFile(ZONE, list, { ...(defaultTtl === undefined ? {} : { defaultTtl }), ...(comments ? { comments } : {}), ignore: [{ name: `${IGNORED_PREFIX}*` }] });
        const parsed = reparse(text);
        expect(data(parsed?.rrsets ?? [])).toEqual(data([...list].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.type < b.type ? -1 : a.type > b.type ? 1 : 0))));
      }),
      { numRuns: 150 },
    );
  });
});
