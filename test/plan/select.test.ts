import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UserError } from '../../src/errors.js';
import { parseShard, selectZones, shardOf } from '../../src/plan/select.js';

const zonesOf = (names: readonly string[]) => names.map((zone) => ({ zone }));
const names = (zones: readonly { zone: string }[]) => zones.map((z) => z.zone);

const ZONE_NAME = fc
  .array(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/), { minLength: 1, maxLength: 3 })
  .chain((labels) => fc.constantFrom('com', 'net', 'example').map((tld) => [...labels, tld].join('.')));

describe('--shard I/N', () => {
  it('the union of the N shards is every zone exactly once, for any zones and any N', () => {
    fc.assert(
      fc.property(fc.uniqueArray(ZONE_NAME, { maxLength: 60 }), fc.integer({ min: 1, max: 12 }), (list, count) => {
        const zones = zonesOf(list);
        const slices = Array.from({ length: count }, (_, i) => names(selectZones(zones, { shard: { index: i + 1, count } }, 'zones/')));
        expect(slices.flat().sort()).toEqual([...list].sort());
        // Each slice keeps the zones' own order.
        for (const slice of slices) expect(slice).toEqual(list.filter((zone) => slice.includes(zone)));
      }),
    );
  });

  it('is stable: across runs and releases (a fixed hash), and adding or removing zones never moves the others', () => {
    // Pinned (computed independently: first 8 bytes of sha256, big-endian, mod 4, plus 1): CI jobs on
    // different runners and versions must agree on who owns a zone.
    expect(['example.com', 'example.net', 'example.org', 'a.example', 'b.example', 'c.example'].map((zone) => shardOf(zone, 4))).toEqual([2, 4, 3, 3, 4, 1]);
    fc.assert(
      fc.property(fc.uniqueArray(ZONE_NAME, { minLength: 2, maxLength: 40 }), fc.integer({ min: 2, max: 8 }), (list, count) => {
        const before = new Map(list.slice(1).map((zone) => [zone, shardOf(zone, count)]));
        const after = new Map(list.map((zone) => [zone, shardOf(zone, count)]));
        for (const [zone, shard] of before) expect(after.get(zone)).toBe(shard);
        expect(shardOf(list[0] as string, count)).toBe(shardOf((list[0] as string).toUpperCase(), count));
      }),
    );
  });

  it('spreads zones roughly evenly', () => {
    const zones = zonesOf(Array.from({ length: 4000 }, (_, i) => `zone-${i}.example`));
    const sizes = [1, 2, 3, 4].map((index) => selectZones(zones, { shard: { index, count: 4 } }, 'zones/').length);
    for (const size of sizes) expect(size).toBeGreaterThan(900);
  });

  it('reads I/N and refuses anything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    for (const bad of ['0/4', '5/4', '4', 'a/b', '1/0', '-1/2', '1.5/3', '']) {
      expect(() => parseShard(bad), bad).toThrow(UserError);
    }
    expect(() => parseShard('5/4')).toThrow('--shard "5/4": expected I/N with 1 <= I <= N, e.g. --shard 2/4 for the second of four slices');
  });
});

describe('--zone names and globs', () => {
  const zones = zonesOf(['example.com', 'shop.example.com', 'example.net', 'a.example', 'b.example']);

  it('takes names and globs together, case-insensitively, keeping the zone order', () => {
    expect(names(selectZones(zones, { only: ['*.EXAMPLE', 'example.net.'] }, 'zones/'))).toEqual(['example.net', 'a.example', 'b.example']);
    expect(names(selectZones(zones, { only: ['*example.com'] }, 'zones/'))).toEqual(['example.com', 'shop.example.com']);
    expect(names(selectZones(zones, { only: ['?.example'] }, 'zones/'))).toEqual(['a.example', 'b.example']);
    expect(names(selectZones(zones, {}, 'zones/'))).toEqual(names(zones));
  });

  it('refuses a name without a zone file and a glob that matches nothing, naming both', () => {
    expect(() => selectZones(zones, { only: ['example.org', '*.test', 'example.com'] }, 'zones/')).toThrow('no zone file for example.org; no zone matches "*.test" in zones/');
  });

  it('shards what the names and globs selected', () => {
    const all = zonesOf(Array.from({ length: 50 }, (_, i) => `z${i}.${i % 2 === 0 ? 'even' : 'odd'}.example`));
    const even = selectZones(all, { only: ['*.even.example'] }, 'zones/');
    const slices = [1, 2, 3].flatMap((index) => names(selectZones(all, { only: ['*.even.example'], shard: { index, count: 3 } }, 'zones/')));
    expect(slices.sort()).toEqual(names(even).sort());
  });
});
