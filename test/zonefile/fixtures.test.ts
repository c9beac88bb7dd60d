import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseZoneFile } from '../../src/zonefile/parse.js';
import { readZones } from '../../src/zonefile/read.js';

/**
 * Each invalid fixture states what it must produce in `# expect: LINE:COLUMN RULE MESSAGE` lines
 * (`-` for an issue without a position); the file must produce exactly those issues, in that order.
 */
const INVALID = 'test/fixtures/zones/invalid';
const VALID = ['test/fixtures/zones/valid', 'zones'];

interface Expected {
  line?: number;
  column?: number;
  rule: string;
  message: string;
}

function expectations(text: string): Expected[] {
  return [...text.matchAll(/^# expect: (\d+:\d+|-) (\S+) ?(.*)$/gm)].map(([, at, rule, message]) => {
    const [line, column] = at === '-' ? [] : (at ?? '').split(':').map(Number);
    return { ...(line === undefined ? {} : { line, column }), rule: rule ?? '', message: message ?? '' };
  });
}

const invalidFiles = readdirSync(INVALID).filter((f) => f.endsWith('.yaml')).sort();

describe('invalid zone files report exactly the expected issues', () => {
  it.each(invalidFiles)('%s', (name) => {
    const file = path.join(INVALID, name);
    const text = readFileSync(file, 'utf8');
    const expected = expectations(text);
    expect(expected.length, 'the fixture states its expected issues').toBeGreaterThan(0);
    const { zone, issues } = parseZoneFile(text, file);
    expect(issues.map((i) => ({ line: i.line, column: i.column, rule: i.rule }))).toEqual(expected.map((e) => ({ line: e.line, column: e.column, rule: e.rule })));
    issues.forEach((issue, index) => {
      expect(issue.message).toContain(expected[index]?.message);
      expect(issue.file).toBe(file);
    });
    const onlyWarnings = issues.every((i) => i.severity === 'warning');
    expect(zone !== undefined).toBe(onlyWarnings);
  });

  it('cover every rule the validator reports from a file', () => {
    const rules = new Set(invalidFiles.flatMap((name) => expectations(readFileSync(path.join(INVALID, name), 'utf8')).map((e) => e.rule)));
    const documented = [
      'yaml-syntax', 'duplicate-key', 'yaml-alias', 'file-empty', 'zone-name', 'schema', 'record-type', 'ttl-range',
      'name', 'name-repeats-zone', 'value', 'target-not-fqdn', 'txt-ascii', 'txt-length', 'txt-quoted', 'single-value',
      'duplicate-value', 'duplicate-rrset', 'cname-exclusive', 'cname-apex', 'alias-apex', 'alias-address', 'ns-apex', 'ignored-managed',
    ];
    expect([...rules].sort()).toEqual([...documented].sort());
  });
});

describe('valid zone files', () => {
  const files = VALID.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => path.join(dir, f)));
  it.each(files)('%s has no issue', async (file) => {
    // readZones, not parseZoneFile: a zone file may use the templates in _templates/ beside it.
    const { zones, issues } = await readZones([file]);
    expect(issues).toEqual([]);
    expect(zones[0]?.file).toBe(file);
  });
});
