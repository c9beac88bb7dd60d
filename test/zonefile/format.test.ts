import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Document, parseDocument, Scalar, visit, YAMLMap, YAMLSeq, type Node as YamlNode } from 'yaml';
import type { RecordSet } from '../../src/model/types.js';
import { emitZoneFile } from '../../src/zonefile/emit.js';
import { formatZoneText, meaningOf } from '../../src/zonefile/format.js';
import { parseTemplateFile, parseZoneFile, zoneNameFromFile } from '../../src/zonefile/parse.js';
import { loadTemplateLibrary } from '../../src/zonefile/read.js';
import { instantiateTemplate, isTemplatePath, TEMPLATES_DIR } from '../../src/zonefile/templates.js';
import { rrsets, ttl, ZONE } from '../helpers/arbitraries.js';

const FIXTURE_DIRS = ['test/fixtures/zones/valid', 'zones', 'zones/_templates', 'test/fixtures/fmt', 'test/fixtures/fmt/_templates'];
const fixtures = FIXTURE_DIRS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f)));

const kindOf = (file: string) => (isTemplatePath(file) ? 'template' : 'zone') as 'template' | 'zone';
const format = (text: string, file: string) => formatZoneText(text, { kind: kindOf(file), zone: zoneNameFromFile(file) });

/** What the planner sees in a file (as fmt itself checks it): rrsets, ignore rules, safety, without locations. */
async function meaning(text: string, file: string): Promise<string> {
  if (kindOf(file) === 'template') {
    const { template, issues } = parseTemplateFile(text, file);
    if (!template) throw new Error(`${file}: ${JSON.stringify(issues)}`);
    return meaningOf(instantiateTemplate(template, undefined).rrsets);
  }
  const { library } = await loadTemplateLibrary(path.join(path.dirname(file), TEMPLATES_DIR));
  const { zone, issues } = parseZoneFile(text, file, { templates: library });
  if (!zone) throw new Error(`${file}: ${JSON.stringify(issues)}`);
  return meaningOf(zone);
}

/** Every comment of a YAML text, as written (one entry per comment line). */
function comments(text: string): string[] {
  const doc = parseDocument(text);
  const found: string[] = [];
  const add = (comment: string | null | undefined) => {
    if (comment) found.push(...comment.split('\n').map((line) => line.trim()).filter((line) => line !== ''));
  };
  add(doc.commentBefore);
  add(doc.comment);
  visit(doc, {
    Node(_, node) {
      add(node.commentBefore);
      add(node.comment);
    },
  });
  return found.sort();
}

describe('formatZoneText on every fixture', () => {
  it.each(fixtures)('%s: idempotent, same meaning, comments kept', async (file) => {
    const text = readFileSync(file, 'utf8');
    const once = format(text, file);
    expect(format(once, file)).toBe(once);
    expect(await meaning(once, file)).toBe(await meaning(text, file));
    expect(comments(once)).toEqual(comments(text));
  });
});

describe('the canonical layout', () => {
  it('puts a hand-written zone file in order, comments travelling with what they sit on', () => {
    const file = 'test/fixtures/fmt/messy.example.com.yaml';
    expect(format(readFileSync(file, 'utf8'), file)).toBe(`# A zone written by hand over the years: every layout fmt has to put right.
ttl: 3600

templates:
  - caa
  - mail

ignore:
  - name: _acme-challenge*
    type: TXT

records:
  "@":
    - type: A
      values:
        - 192.0.2.10
        - 192.0.2.11
    - type: MX
      # Primary first, as people write it
      values:
        - { preference: 10, exchange: mx1.example.net. }
        - 5 mx0.example.net.
    - type: TXT
      override: true
      value: v=spf1 -all # one value in a list

  "1.10":
    type: TXT
    value: numeric-looking name

  _sip._tcp:
    type: SRV
    value: { priority: 10, weight: 5, port: 5060, target: sip.example.net. }

  api:
    - type: A
      ttl: 300
      value: 192.0.2.20
    - type: AAAA
      ttl: 300
      value: 2001:db8::20

  # Web front
  www:
    # the site
    type: CNAME
    value: example.com.

# trailing words
`);
  });

  it('keeps the header comment on top whatever key comes first, and leaves `{zone}` alone in templates', () => {
    const text = '# yaml-language-server: $schema=../../schema/template.schema.json\n# Mail\nrecords:\n  _dmarc: { type: TXT, value: "rua=mailto:d@{zone}" }\nttl: 600\n';
    expect(formatZoneText(text, { kind: 'template', zone: '' })).toBe(
      '# yaml-language-server: $schema=../../schema/template.schema.json\n# Mail\nttl: 600\n\nrecords:\n  _dmarc:\n    type: TXT\n    value: rua=mailto:d@{zone}\n',
    );
  });

  it('puts the domain settings first and keeps what they mean (nameservers in their order)', () => {
    const text = 'records:\n  www: {type: A, value: 192.0.2.1}\naccount: acme # the agency\nautorenew: true\nnameservers: [ns2.example.net, ns1.example.net]\n';
    const formatted = formatZoneText(text, { kind: 'zone', zone: 'example.com' });
    expect(formatted).toBe(
      'nameservers:\n  - ns2.example.net\n  - ns1.example.net\n\nautorenew: true\n\naccount: acme # the agency\n\nrecords:\n  www:\n    type: A\n    value: 192.0.2.1\n',
    );
    const before = parseZoneFile(text, 'example.com.yaml').zone;
    const after = parseZoneFile(formatted, 'example.com.yaml').zone;
    expect(after?.domain?.nameservers).toEqual(before?.domain?.nameservers);
    expect(after && meaningOf(after)).toBe(before && meaningOf(before));
  });

  it('is what emitZoneFile writes: formatting an imported zone changes nothing', () => {
    fc.assert(
      fc.property(rrsets(25), fc.option(ttl, { nil: undefined }), (list, defaultTtl) => {
        const text = emitZoneFile(ZONE, list, defaultTtl === undefined ? {} : { defaultTtl });
        expect(formatZoneText(text, { kind: 'zone', zone: ZONE })).toBe(text);
      }),
      { numRuns: 100 },
    );
  });
});

/**
 * A zone file for `list` in a random layout: names and keys in any order, names in any case, one record
 * as a mapping or a list, `value` or `values`, values in any order, flow or block, any quoting, comments.
 */
function scrambled(list: readonly RecordSet[], fileTtl: number | undefined, int: (min: number, max: number) => number): string {
  const seed = { nextInt: int, nextBoolean: () => int(0, 1) === 1 };
  const pick = <T>(items: readonly T[]): T => items[seed.nextInt(0, items.length - 1)] as T;
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = seed.nextInt(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  const doc = new Document(new YAMLMap());
  const scalar = (value: unknown) => {
    const node = new Scalar(value);
    if (typeof value === 'string') node.type = pick([undefined, 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'PLAIN'] as const);
    if (seed.nextInt(0, 5) === 0) node.comment = ` note ${seed.nextInt(0, 999)}`;
    return node;
  };
  const byName = new Map<string, RecordSet[]>();
  for (const rrset of list) byName.set(rrset.name, [...(byName.get(rrset.name) ?? []), rrset]);
  const records = new YAMLMap();
  for (const [name, group] of shuffle([...byName])) {
    const nodes = shuffle(group).map((rrset) => {
      const record = new YAMLMap();
      record.flow = seed.nextBoolean();
      const pairs: [string, YamlNode][] = [['type', scalar(rrset.type)]];
      if (rrset.ttl !== fileTtl || seed.nextBoolean()) pairs.push(['ttl', scalar(rrset.ttl)]);
      if (rrset.values.length === 1 && seed.nextBoolean()) {
        pairs.push(['value', scalar(rrset.values[0])]);
      } else {
        const values = new YAMLSeq();
        values.flow = seed.nextBoolean();
        values.items.push(...shuffle(rrset.values).map(scalar));
        pairs.push(['values', values]);
      }
      for (const [key, value] of shuffle(pairs)) record.add(doc.createPair(key, value));
      if (!record.flow && seed.nextInt(0, 3) === 0) record.commentBefore = ` record ${rrset.type}`;
      return record;
    });
    let value: YamlNode;
    if (nodes.length === 1 && seed.nextBoolean()) value = nodes[0] as YamlNode;
    else {
      const seq = new YAMLSeq();
      seq.items.push(...nodes);
      value = seq;
    }
    const key = scalar(name === '@' ? name : pick([name, name.toUpperCase()]));
    if (seed.nextInt(0, 3) === 0) key.commentBefore = ` about ${name}`;
    records.add(doc.createPair(key, value));
  }
  const root = doc.contents as YAMLMap;
  const top: [string, YamlNode][] = [['records', records]];
  if (fileTtl !== undefined) top.push(['ttl', scalar(fileTtl)]);
  for (const [key, value] of shuffle(top)) root.add(doc.createPair(key, value));
  doc.commentBefore = ' scrambled';
  return doc.toString({ lineWidth: 0 });
}

describe('fmt never changes what a file means', () => {
  it('gives the planner the same rrsets for any zone in any layout, idempotently, keeping every comment', () => {
    fc.assert(
      fc.property(rrsets(20), fc.option(ttl, { nil: undefined }), fc.gen(), (list, fileTtl, g) => {
        const text = scrambled(list, fileTtl, (min, max) => g(fc.integer, { min, max }));
        const file = `${ZONE}.yaml`;
        const before = parseZoneFile(text, file);
        expect(before.issues.filter((i) => i.severity === 'error'), text).toEqual([]);
        const formatted = formatZoneText(text, { kind: 'zone', zone: ZONE });
        const after = parseZoneFile(formatted, file);
        expect(after.zone && meaningOf(after.zone), `${text}\n---\n${formatted}`).toBe(before.zone && meaningOf(before.zone));
        expect(formatZoneText(formatted, { kind: 'zone', zone: ZONE })).toBe(formatted);
        expect(comments(formatted)).toEqual(comments(text));
      }),
      { numRuns: 150 },
    );
  });
});

/** A small seeded generator (LCG), for a deterministic check of the scrambler itself. */
function seeded(seed: number): (min: number, max: number) => number {
  let state = seed >>> 0;
  return (min, max) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return min + (state % (max - min + 1));
  };
}

describe('the scrambler behind the property', () => {
  it('writes different layouts of the same rrsets, all of them valid', () => {
    const list = fc.sample(rrsets(8).filter((l) => l.length > 3), { numRuns: 1, seed: 7 })[0] ?? [];
    const layouts = new Set([1, 2, 3, 4, 5].map((s) => scrambled(list, 3600, seeded(s))));
    expect(layouts.size).toBe(5);
    for (const text of layouts) expect(parseZoneFile(text, `${ZONE}.yaml`).zone?.rrsets.length).toBe(list.length);
  });
});
