import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isScalar, LineCounter, parseDocument, stringify, visit } from 'yaml';
import { makeRecordSet } from '../../src/model/rrset.js';
import type { Issue } from '../../src/model/types.js';
import { emitZoneFile } from '../../src/zonefile/emit.js';
import { Locator, parseTemplateFile, parseZoneFile } from '../../src/zonefile/parse.js';
import { plainNodeOffset, readPlainYaml, resolvePlain } from '../../src/zonefile/plain-yaml.js';
import { rrsets, ZONE } from '../helpers/arbitraries.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * What the yaml library makes of `text`, the way parse.ts reads it: undefined when yaml finds an error
 * or a warning, or anything parse.ts's inspect() refuses or rewrites (tags, aliases, keys that are
 * collections, duplicate keys). Keys are kept as written, as inspect() does.
 */
function viaYaml(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0 || doc.warnings.length > 0 || !isMap(doc.contents)) return undefined;
  let special = false;
  visit(doc, {
    Alias: () => void (special = true),
    Node: (_key, node) => void ((node as { tag?: string; anchor?: string }).tag || (node as { anchor?: string }).anchor ? (special = true) : undefined),
    Pair: (_key, pair) => {
      if (!isScalar(pair.key)) special = true;
      else if (typeof pair.key.value !== 'string' && typeof pair.key.source === 'string') pair.key.value = pair.key.source;
    },
    Map: (_key, map) => {
      const keys = map.items.map((pair) => (isScalar(pair.key) ? String(pair.key.source ?? pair.key.value) : ''));
      if (new Set(keys).size !== keys.length) special = true;
    },
  });
  if (special) return undefined;
  const locator = new Locator(doc, (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  }, 'f.yaml');
  return { data: doc.toJS() as unknown, locator };
}

/** Every path into `data`, containers included. */
function paths(data: unknown, prefix: string[] = []): string[][] {
  const out = [prefix];
  if (Array.isArray(data)) data.forEach((item, i) => out.push(...paths(item, [...prefix, String(i)])));
  else if (data !== null && typeof data === 'object') for (const [key, value] of Object.entries(data)) out.push(...paths(value, [...prefix, key]));
  return out;
}

/** Deep equality that also requires the same key order (the rules report in document order). */
function expectSameData(actual: unknown, expected: unknown, where: string): void {
  expect(JSON.stringify(actual, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)), where).toBe(
    JSON.stringify(expected, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)),
  );
  expect(actual, where).toStrictEqual(expected);
}

/**
 * The property the fast reader must hold: it either gives up, or gives exactly what yaml gives (data,
 * and the place of every node and key); and it never accepts a text yaml finds fault with.
 */
function checkAgainstYaml(text: string): 'read' | 'left to yaml' {
  const plain = readPlainYaml(text);
  const reference = viaYaml(text);
  if (!plain) return 'left to yaml';
  expect(reference, `the fast reader accepted a text yaml refuses or reads differently:\n${text}`).toBeDefined();
  expectSameData(plain.data, reference!.data, text);
  for (const p of paths(plain.data)) {
    for (const at of ['value', 'key'] as const) {
      const expected = reference!.locator.locate(p, at);
      const actual = plain.position(plainNodeOffset(plain.root, p, at));
      expect({ line: actual.line, column: actual.column }, `${at} of ${JSON.stringify(p)} in\n${text}`).toEqual({ line: expected.line, column: expected.column });
    }
  }
  // A path that goes past the document points where yaml's locator points.
  const beyond = ['records', 'no-such-name', 'values', '7'];
  const expected = reference!.locator.locate(beyond);
  expect(plain.position(plainNodeOffset(plain.root, beyond))).toEqual({ line: expected.line, column: expected.column });
  return 'read';
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    const stats = statSync(file, { throwIfNoEntry: false });
    if (!stats) return [];
    if (stats.isDirectory()) return yamlFiles(file);
    return /\.ya?ml$/.test(name) && stats.isFile() && stats.size < 1_000_000 ? [file] : [];
  });
}

describe('readPlainYaml', () => {
  it('reads what emitZoneFile writes, with LF or CRLF line ends, and agrees with yaml on every value and position', () => {
    fc.assert(
      fc.property(rrsets(25), fc.boolean(), fc.boolean(), (list, withDefault, crlf) => {
        const emitted = emitZoneFile(ZONE, list, withDefault ? { defaultTtl: 3600 } : {});
        const text = crlf ? emitted.replace(/\n/g, '\r\n') : emitted;
        expect(checkAgainstYaml(text), text).toBe('read');
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with yaml on every zone file, template and fixture of this repository (or leaves it to yaml)', () => {
    const files = [...yamlFiles(path.join(ROOT, 'zones')), ...yamlFiles(path.join(ROOT, 'test/fixtures'))];
    expect(files.length).toBeGreaterThan(100);
    const outcomes = { read: 0, 'left to yaml': 0 };
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      outcomes[checkAgainstYaml(text)] += 1;
    }
    // Most files are plain YAML: the fast reader must actually serve them.
    expect(outcomes.read).toBeGreaterThan(outcomes['left to yaml']);
  });

  it('reads the styles people write by hand: flow collections, quotes, comments, sequences at their key, odd spacing', () => {
    const text = [
      '# comment',
      'ttl: 300 # trailing',
      'records:',
      '    "@":',
      '    # a comment between',
      '    - type: CAA',
      '      values:',
      '      - { flags: 0, tag: iodef, value: mailto:security@example.com }',
      "      - '0 issue \"letsencrypt.org\"'",
      '      -   0 issuewild ";"',
      '    - {type: MX, values: [10 mx1.example.net., "20 mx2.example.net."]}',
      '    www :   ',
      '        type: CNAME',
      '        value:   example.com.   # where',
      "    'it''s':",
      '      type: TXT',
      '      value: "tab\\there \\u00e9 \\x41 \\\\ \\" \\/"',
      '    mail:',
      '      -',
      '        type: A',
      '        value: 192.0.2.1',
      '    numbers: [1, -2, 0x1f, 0o17, 1.5, 1e3, .inf, -.Inf, .nan, ~, null, true, False, 1.10, +3]',
      'templates: []',
      'ignore: {}',
      '',
    ].join('\n');
    expect(checkAgainstYaml(text)).toBe('read');
    const data = readPlainYaml(text)!.data as { records: Record<string, unknown> };
    expect(Object.keys(data.records)).toEqual(['@', 'www', "it's", 'mail', 'numbers']);
  });

  it('keeps keys as written, as parse.ts does for yaml: a reverse-zone name "1.10" stays "1.10"', () => {
    const plain = readPlainYaml('records:\n  1.10:\n    type: PTR\n    value: host.example.\n  0x1f: {type: PTR, value: a.}\n  true: {type: PTR, value: b.}\n');
    expect(Object.keys((plain!.data as { records: object }).records)).toEqual(['1.10', '0x1f', 'true']);
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a folded scalar', 'a: >\n  text\n'],
    ['a plain scalar on two lines', 'a: one\n  two\n'],
    ['a quoted scalar on two lines', 'a: "one\n  two"\n'],
    ['a flow collection on two lines', 'a: [1,\n  2]\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['an empty value', 'a:\nb: 1\n'],
    ['a document marker', '---\na: 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a tab', 'a:\t1\n'],
    ['a CR that does not end a line', 'a: 1\rb: 2\n'],
    ['a byte-order mark', '\ufeffa: 1\n'],
    ['a complex key', '? a\n: 1\n'],
    ['a nested compact sequence', 'a:\n  - - 1\n'],
    ['a root that is a list', '- a\n'],
    ['a root that is a scalar', 'text\n'],
    ['an empty document', '# nothing\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a colon inside a plain value', 'a: b: c\n'],
    ['a trailing comma in a flow list', 'a: [1, 2,]\n'],
    ['an unknown escape', 'a: "\\q"\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a comment glued to a quote', 'a: "x"# no\n'],
  ])('leaves %s to yaml', (_what, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });

  it('never accepts what yaml refuses, and agrees on what both accept: random documents of raw YAML-significant text', () => {
    // Scalars written raw (unquoted, or between quotes without escaping), mostly ordinary characters with
    // YAML's significant ones mixed in, placed in every construct the reader handles.
    const char = fc.oneof(
      { weight: 14, arbitrary: fc.constantFrom(...'abcxyz019.-_@/=;'.split('')) },
      { weight: 3, arbitrary: fc.constantFrom(' ', ':', '#', "'", '"', '\\', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '?', '%', '`', '~', '-', 'é', '\u00a0', ': ', ' #', '\\u00e9', "''") },
    );
    const raw = fc.array(char, { minLength: 1, maxLength: 10 }).map((chars) => chars.join(''));
    const scalar = fc.oneof(raw, raw.map((s) => `"${s}"`), raw.map((s) => `'${s}'`), fc.constantFrom('1', '0x1f', '1.10', 'null', 'true', '~', '.inf', '-1'));
    const flow = fc.oneof(
      fc.array(scalar, { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
      fc.array(fc.tuple(raw, scalar), { maxLength: 4 }).map((pairs) => `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')} }`),
    );
    type Block = { kind: 'value'; text: string } | { kind: 'map'; entries: [string, Block][] } | { kind: 'seq'; items: Block[]; atKey: boolean };
    const block: fc.Arbitrary<Block> = fc.letrec<{ node: Block }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.oneof(scalar, flow).map((text): Block => ({ kind: 'value', text })),
        fc.array(fc.tuple(fc.oneof(raw, scalar), tie('node')), { minLength: 1, maxLength: 3 }).map((entries): Block => ({ kind: 'map', entries })),
        fc.tuple(fc.array(tie('node'), { minLength: 1, maxLength: 3 }), fc.boolean()).map(([items, atKey]): Block => ({ kind: 'seq', items, atKey })),
      ),
    })).node;
    const write = (node: Block, indent: string, lines: string[], lead: string): void => {
      if (node.kind === 'value') lines[lines.length - 1] += ` ${node.text}${lead.includes('#') ? ' # note' : ''}`;
      else if (node.kind === 'map') {
        node.entries.forEach(([key, value], i) => {
          if (i > 0 || lines[lines.length - 1]!.trim() !== '-') lines.push(`${indent}${key}:`);
          else lines[lines.length - 1] += ` ${key}:`;
          write(value, `${indent}  `, lines, lead);
        });
      } else {
        const at = node.atKey ? indent.slice(2) : indent;
        for (const item of node.items) {
          lines.push(`${at}-`);
          write(item, `${at}  `, lines, lead);
        }
      }
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(raw, block), { minLength: 1, maxLength: 4 }), fc.constantFrom('', '#'), fc.constantFrom('\n', '\r\n'), (entries, lead, eol) => {
        const lines: string[] = lead ? ['# top'] : [];
        for (const [key, value] of entries) {
          lines.push(`${key}:`);
          write(value, '  ', lines, lead);
        }
        checkAgainstYaml(`${lines.join(eol)}${eol}`);
      }),
      { numRuns: Number(process.env.PLAIN_RUNS ?? 4000) },
    );
  });

  it('agrees with yaml on documents yaml itself writes, in block and flow styles', () => {
    const scalar = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), value, { minKeys: 1, maxKeys: 5 }), fc.constantFrom(false, 1, 2), (doc, flowLevel) => {
        const text = stringify(doc, flowLevel === false ? {} : { collectionStyle: 'block', flowCollectionPadding: flowLevel === 1 });
        checkAgainstYaml(text);
      }),
      { numRuns: Number(process.env.PLAIN_RUNS ?? 1000) },
    );
  });

  it('resolves plain scalars by the YAML 1.2 core schema', () => {
    expect([resolvePlain('300'), resolvePlain('-7'), resolvePlain('0o17'), resolvePlain('0x1F'), resolvePlain('1.50'), resolvePlain('2e3')]).toEqual([300, -7, 15, 31, 1.5, 2000]);
    expect([resolvePlain('~'), resolvePlain('Null'), resolvePlain('TRUE'), resolvePlain('false')]).toEqual([null, null, true, false]);
    expect([resolvePlain('192.0.2.1'), resolvePlain('0o8'), resolvePlain('yes'), resolvePlain('1_000'), resolvePlain('tRUE')]).toEqual(['192.0.2.1', '0o8', 'yes', '1_000', 'tRUE']);
    expect(resolvePlain('.NaN')).toBeNaN();
  });

  it('gives the bench-sized file the same rrsets as yaml (sanity of the size the fast path is for)', () => {
    const list = Array.from({ length: 300 }, (_, i) => makeRecordSet(`host-${i}`, i % 2 ? 'A' : 'TXT', 3600, [i % 2 ? `192.0.2.${i % 250}` : `v=spf1 ip4:198.51.100.${i % 250} -all`]));
    expect(checkAgainstYaml(emitZoneFile(ZONE, list, { defaultTtl: 3600 }))).toBe('read');
  });
});

/**
 * Where yaml runs out of stack on an absurdly nested file depends on how far the JIT has optimised its
 * functions, so that column differs from one call to the next whichever reader went first.
 */
function withoutOverflowPlace<T extends { issues: Issue[] }>(result: T): T {
  const placeless = (issue: Issue): Issue => {
    const { line: _line, column: _column, ...rest } = issue;
    return issue.message.includes('nested too deeply') ? rest : issue;
  };
  return { ...result, issues: result.issues.map(placeless) };
}

describe('parseZoneFile with the fast reader', () => {
  it('gives the same zone, issues and places as with yaml alone, for every file of this repository', () => {
    const files = [...yamlFiles(path.join(ROOT, 'zones')), ...yamlFiles(path.join(ROOT, 'test/fixtures'))];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const name = path.relative(ROOT, file);
      if (name.includes('_templates')) {
        // A template keeps its locate() for later: compare what it holds and where it points.
        const [fast, exact] = [parseTemplateFile(text, name), parseTemplateFile(text, name, { yamlOnly: true })];
        expect(fast.issues, name).toStrictEqual(exact.issues);
        expect(fast.template?.content.data, name).toStrictEqual(exact.template?.content.data);
        for (const p of paths(exact.template?.content.data)) expect(fast.template?.content.locate(p, 'key'), name).toStrictEqual(exact.template?.content.locate(p, 'key'));
      }
      else expect(withoutOverflowPlace(parseZoneFile(text, name)), name).toStrictEqual(withoutOverflowPlace(parseZoneFile(text, name, { yamlOnly: true })));
    }
  });

  it('gives the same issues, at the same places, for zone files with mistakes in them', () => {
    const mistake = fc.constantFrom('300', '"x"', '[1, 2]', '{ a: 1 }', 'not-an-address', '999.1.1.1', '-1', 'true', '~', '0 issue', 'A');
    fc.assert(
      fc.property(rrsets(12), fc.array(fc.tuple(fc.nat(), mistake, fc.constantFrom('value', 'line', 'duplicate')), { minLength: 1, maxLength: 3 }), (list, edits) => {
        const lines = emitZoneFile(ZONE, list, { defaultTtl: 3600 }).split('\n');
        for (const [at, text, how] of edits) {
          const index = at % lines.length;
          const line = lines[index]!;
          if (how === 'value' && line.includes(': ')) lines[index] = `${line.slice(0, line.indexOf(': ') + 2)}${text}`;
          else if (how === 'line') lines[index] = `${line.match(/^\s*/)![0]}ttl: ${text}`;
          else lines.splice(index, 0, line);
        }
        const text = lines.join('\n');
        expect(parseZoneFile(text, `${ZONE}.yaml`), text).toStrictEqual(parseZoneFile(text, `${ZONE}.yaml`, { yamlOnly: true }));
      }),
      { numRuns: Number(process.env.PLAIN_RUNS ?? 500) },
    );
  });
});
