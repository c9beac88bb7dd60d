import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  createPlanFile,
  liveFingerprint,
  parsePlanFile,
  planChecksum,
  serializePlanFile,
  toPlanJson,
  zonePlanFromFile,
} from '../../src/plan/document.js';
import { resolveSafety } from '../../src/plan/safety.js';
import { rrsetKey, type IgnoreRule, type RecordSet } from '../../src/model/types.js';
import { create, remove, rrset, update, zonePlan } from '../helpers/plans.js';

const www = rrset('www', 'A', ['192.0.2.1'], 300, 'WWW');
const plan = zonePlan(
  'example.com',
  [
    remove(rrset('old', 'CNAME', ['legacy.example.net.'], 3600)),
    create(rrset('@', 'TXT', ['v=spf1 -all'], 300)),
    update(www, rrset('www', 'A', ['192.0.2.2'], 600)),
  ],
  12,
  1,
);

function planFile() {
  return createPlanFile(
    [{ plan, file: 'zones/example.com.yaml', fingerprint: 'sha256:abc', safety: resolveSafety() }],
    new Date('2025-02-03T04:05:06Z'),
  );
}

describe('toPlanJson', () => {
  it('prints exactly the contract shape: relative names, before/after as {ttl, values} or null, summary', () => {
    const doc = toPlanJson([plan, zonePlan('example.org', [], 3)]);
    expect(doc).toEqual({
      version: 1,
      zones: [
        {
          zone: 'example.com',
          changes: [
            { action: 'delete', name: 'old', type: 'CNAME', before: { ttl: 3600, values: ['legacy.example.net.'] }, after: null, source: null },
            { action: 'create', name: '@', type: 'TXT', before: null, after: { ttl: 300, values: ['v=spf1 -all'] }, source: null },
            { action: 'update', name: 'www', type: 'A', before: { ttl: 300, values: ['192.0.2.1'] }, after: { ttl: 600, values: ['192.0.2.2'] }, source: null },
          ],
        },
        { zone: 'example.org', changes: [] },
      ],
      summary: { create: 1, update: 1, delete: 1 },
    });
    // No wireName or ttlOnly leaks into the contract; `source` is the change's origin (null: none recorded here).
    expect(JSON.stringify(doc)).not.toMatch(/wireName|ttlOnly|column/);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: [2, 1], a: { d: null, c: 'x' } })).toBe('{"a":{"c":"x","d":null},"b":[2,1]}');
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });
});

describe('liveFingerprint', () => {
  it('depends on content, not on order or wire spelling', () => {
    const a = [rrset('www', 'A', ['192.0.2.1']), rrset('@', 'MX', ['10 mx.example.net.'])];
    const b = [rrset('@', 'MX', ['10 mx.example.net.']), rrset('www', 'A', ['192.0.2.1'], 300, 'WWW')];
    expect(liveFingerprint(a)).toBe(liveFingerprint(b));
    expect(liveFingerprint(a)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('changes with a TTL, a value or an extra rrset', () => {
    const base = liveFingerprint([rrset('www', 'A', ['192.0.2.1'])]);
    expect(liveFingerprint([rrset('www', 'A', ['192.0.2.1'], 600)])).not.toBe(base);
    expect(liveFingerprint([rrset('www', 'A', ['192.0.2.9'])])).not.toBe(base);
    expect(liveFingerprint([rrset('www', 'A', ['192.0.2.1']), rrset('x', 'A', ['192.0.2.1'])])).not.toBe(base);
  });

  // Plan files written by earlier versions carry fingerprints: the way they are computed must not move.
  it('is the sha256 of the canonical JSON of the rows {key, ttl, values} sorted by key', () => {
    const definition = (live: readonly RecordSet[]) => {
      const rows = live
        .map((r) => ({ key: rrsetKey(r), ttl: r.ttl, values: [...r.values].sort() }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return `sha256:${createHash('sha256').update(canonicalJson(rows), 'utf8').digest('hex')}`;
    };
    const anyRrset = fc.record({
      name: fc.oneof(fc.constant('@'), fc.string({ unit: 'binary', maxLength: 12 })),
      type: fc.constantFrom('A', 'AAAA', 'TXT', 'MX', 'CNAME'),
      ttl: fc.integer({ min: 300, max: 2_592_000 }),
      values: fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(anyRrset, { selector: (r) => `${r.name}/${r.type}`, maxLength: 12 }), (rrsets) => {
        const live = rrsets.map((r) => rrset(r.name, r.type as RecordSet['type'], r.values, r.ttl));
        expect(liveFingerprint(live)).toBe(definition(live));
      }),
    );
    // A value computed by the first implementation, quotes, backslash, non-ASCII and U+2028 included.
    const pinned = [
      rrset('www', 'A', ['192.0.2.2', '192.0.2.1'], 300),
      rrset('@', 'TXT', ['v=spf1 -all', 'say "hi" \\ \u00e9 \u2028'], 3600),
      rrset('@', 'MX', ['10 mx.example.net.'], 3600),
    ];
    expect(liveFingerprint(pinned)).toBe('sha256:b1756df0b3bb3ba3d4f8a0d7de7d472a8cb317ddcb28433e66dfeba216095b4f');
  });
});

describe('plan file', () => {
  it('round-trips through serialize and parse', () => {
    const file = planFile();
    expect(parsePlanFile(serializePlanFile(file), 'plan.json')).toEqual(file);
    expect(file.checksum).toBe(planChecksum(file));
    expect(file.zones[0]).toMatchObject({ fingerprint: 'sha256:abc', existing: 12, ignored: 1, safety: { max_change_ratio: 0.3, min_existing: 10 } });
  });

  it('keeps the checksum independent of the creation time', () => {
    const later = createPlanFile([{ plan, file: 'zones/example.com.yaml', fingerprint: 'sha256:abc', safety: resolveSafety() }], new Date());
    expect(later.checksum).toBe(planFile().checksum);
  });

  it('refuses an edited plan', () => {
    const edited = JSON.parse(serializePlanFile(planFile()));
    edited.zones[0].changes[1].after.values = ['v=spf1 +all'];
    expect(() => parsePlanFile(JSON.stringify(edited), 'plan.json')).toThrow(/modified after it was written \(checksum mismatch\)/);
    const refingerprinted = JSON.parse(serializePlanFile(planFile()));
    refingerprinted.zones[0].fingerprint = 'sha256:def';
    expect(() => parsePlanFile(JSON.stringify(refingerprinted), 'plan.json')).toThrow(/checksum mismatch/);
  });

  it.each([
    ['not JSON', '{', /invalid JSON/],
    ['another document', '{"version":1,"zones":[]}', /not a livedns-gitops plan file/],
    ['a future version', '{"format":"livedns-gitops-plan","version":2,"zones":[]}', /version 2 is not supported/],
    ['a broken change', '{"format":"livedns-gitops-plan","version":1,"checksum":"x","zones":[{"zone":"a.com","file":"f","fingerprint":"x","existing":1,"ignored":0,"safety":{},"changes":[{"action":"create","name":"a","type":"A","before":{"ttl":1,"values":[]},"after":null}]}]}', /do not fit a create/],
  ])('rejects %s with a clear message', (_what, text, message) => {
    expect(() => parsePlanFile(text, 'plan.json')).toThrow(message);
  });

  it('turns a zone back into a plan, taking wire names from the re-read live zone', () => {
    const file = planFile();
    const live = [rrset('old', 'CNAME', ['legacy.example.net.'], 3600, 'Old'), www];
    const back = zonePlanFromFile(file.zones[0]!, live);
    expect(back.counts).toEqual(plan.counts);
    expect(back.existingCount).toBe(12);
    expect(back.changes.map((c) => [c.action, c.name, c.before?.wireName])).toEqual([
      ['delete', 'old', 'Old'],
      ['create', '@', undefined],
      ['update', 'www', 'WWW'],
    ]);
    expect(back.changes[2]).toMatchObject({ ttlOnly: false, after: { ttl: 600, values: ['192.0.2.2'] } });
  });
});

describe('ignore rules in the fingerprint and the plan file', () => {
  const ACME: IgnoreRule[] = [{ name: '_acme-challenge*', type: 'TXT', source: { file: 'zones/example.com.yaml', line: 4, column: 5 } }];
  const managed = [rrset('@', 'A', ['192.0.2.1']), rrset('www', 'A', ['192.0.2.2'])];
  const withChallenge = (token: string, ttl = 300) => [...managed, rrset('_acme-challenge.www', 'TXT', [token], ttl)];

  it('leaves out exactly the rrsets the rules cover', () => {
    const fingerprint = liveFingerprint(withChallenge('token-1'), ACME);
    expect(fingerprint).toBe(liveFingerprint(managed));
    expect(liveFingerprint(withChallenge('token-2', 60), ACME)).toBe(fingerprint);
    expect(liveFingerprint(managed, ACME)).toBe(fingerprint);
    // Covered by name but not by type: still fingerprinted.
    expect(liveFingerprint([...managed, rrset('_acme-challenge.www', 'CNAME', ['elsewhere.example.net.'])], ACME)).not.toBe(fingerprint);
    expect(liveFingerprint([rrset('@', 'A', ['192.0.2.9']), managed[1]!, rrset('_acme-challenge.www', 'TXT', ['token-1'])], ACME)).not.toBe(fingerprint);
  });

  it('is unchanged without rules (plan files written before keep their fingerprints)', () => {
    expect(liveFingerprint(withChallenge('token-1'), [])).toBe(liveFingerprint(withChallenge('token-1')));
    expect(liveFingerprint(withChallenge('token-1'))).not.toBe(liveFingerprint(managed));
  });

  const acmePlan = () =>
    createPlanFile([{ plan, file: 'zones/example.com.yaml', fingerprint: 'sha256:abc', ignore: ACME, safety: resolveSafety() }], new Date('2025-02-03T04:05:06Z'));

  it('stores the rules (what they cover, not where they are written) under the checksum', () => {
    const file = acmePlan();
    expect(file.zones[0]!.ignore).toEqual([{ name: '_acme-challenge*', type: 'TXT' }]);
    expect(JSON.parse(serializePlanFile(file)).zones[0].ignore).toEqual([{ name: '_acme-challenge*', type: 'TXT' }]);
    expect(parsePlanFile(serializePlanFile(file), 'plan.json')).toEqual(file);
    expect(file.checksum).not.toBe(planFile().checksum);
    const widened = JSON.parse(serializePlanFile(file));
    widened.zones[0].ignore = [{ name: '_*' }];
    expect(() => parsePlanFile(JSON.stringify(widened), 'plan.json')).toThrow(/checksum mismatch/);
    const dropped = JSON.parse(serializePlanFile(file));
    delete dropped.zones[0].ignore;
    expect(() => parsePlanFile(JSON.stringify(dropped), 'plan.json')).toThrow(/checksum mismatch/);
  });

  it('leaves the count of ignored rrsets out of the checksum where the rules are stored, and only there', () => {
    const recounted = JSON.parse(serializePlanFile(acmePlan()));
    recounted.zones[0].ignored = 0;
    expect(parsePlanFile(JSON.stringify(recounted), 'plan.json').checksum).toBe(acmePlan().checksum);
    const old = JSON.parse(serializePlanFile(planFile()));
    old.zones[0].ignored = 0;
    expect(() => parsePlanFile(JSON.stringify(old), 'plan.json')).toThrow(/checksum mismatch/);
  });

  it('writes no `ignore` for a zone without rules: the file and its checksum are as before', () => {
    const none = createPlanFile([{ plan, file: 'zones/example.com.yaml', fingerprint: 'sha256:abc', ignore: [], safety: resolveSafety() }], new Date('2025-02-03T04:05:06Z'));
    expect(serializePlanFile(none)).toBe(serializePlanFile(planFile()));
    expect('ignore' in none.zones[0]!).toBe(false);
    const { format, version, zones, summary } = none;
    expect(none.checksum).toBe(createHash('sha256').update(canonicalJson({ format, version, zones, summary }), 'utf8').digest('hex'));
  });

  it('reads a plan file written before rules were stored, whose fingerprint covers the ignored rrsets', () => {
    // Written by the previous version for a zone with `ignore: [{name: "_acme-challenge", type: TXT}]` and
    // live rrsets @ A, old A and _acme-challenge TXT "token" (see test/reconcile for applying it).
    const text = readFileSync('test/fixtures/plans/written-before-ignore-rules.plan.json', 'utf8');
    const old = parsePlanFile(text, 'old.json');
    expect(old.zones[0]).toMatchObject({ zone: 'a.test', ignored: 1 });
    expect(old.zones[0]!.ignore).toBeUndefined();
    const live = [rrset('@', 'A', ['192.0.2.1']), rrset('old', 'A', ['192.0.2.9']), rrset('_acme-challenge', 'TXT', ['token'])];
    expect(liveFingerprint(live, old.zones[0]!.ignore)).toBe(old.zones[0]!.fingerprint);
  });

  it('refuses a plan whose changes its own rules cover, and malformed rules', () => {
    const contradictory = createPlanFile(
      [{ plan: zonePlan('example.com', [create(rrset('_acme-challenge', 'TXT', ['x']))]), file: 'f', fingerprint: 'sha256:abc', ignore: ACME, safety: resolveSafety() }],
    );
    expect(() => parsePlanFile(serializePlanFile(contradictory), 'plan.json')).toThrow(/zones\[0\]\.changes\[0\] changes _acme-challenge TXT, which the zone's ignore rules cover/);
    const malformed = JSON.parse(serializePlanFile(acmePlan()));
    malformed.zones[0].ignore = [{ name: '_acme-challenge*', type: 'NOPE' }];
    expect(() => parsePlanFile(JSON.stringify(malformed), 'plan.json')).toThrow(/zones\[0\]\.ignore\[0\] must be \{name\} or \{name, type\}/);
  });
});
