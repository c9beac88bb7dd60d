import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Issue } from '../../src/model/types.js';
import { formatIssue } from '../../src/render/issues.js';
import { parseTemplateFile, parseZoneFile } from '../../src/zonefile/parse.js';
import { readZones } from '../../src/zonefile/read.js';
import type { TemplateLibrary, ZoneTemplate } from '../../src/zonefile/templates.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'livedns-templates-'));
  await mkdir(path.join(dir, '_templates'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const zoneFile = (zone: string, yaml: string) => writeFile(path.join(dir, `${zone}.yaml`), yaml);
const template = (name: string, yaml: string) => writeFile(path.join(dir, '_templates', `${name}.yaml`), yaml);
const at = (...parts: string[]) => path.join(dir, ...parts);
const errors = (issues: readonly Issue[]) => issues.filter((i) => i.severity === 'error');

const MAIL = `ttl: 3600
records:
  "@":
    - type: MX
      values: ["10 mx1.mail.example.net.", "20 mx2.mail.example.net."]
    - type: TXT
      value: v=spf1 include:_spf.mail.example.net -all
  _dmarc:
    type: TXT
    value: "v=DMARC1; p=quarantine; rua=mailto:dmarc@{zone}"
`;

describe('templates in zone files', () => {
  it('pulls a template into every zone that lists it, {zone} replaced by each zone name, RecordSet.template set', async () => {
    await template('mail', MAIL);
    await template('caa', 'records:\n  "@": { type: CAA, values: [\'0 issue "letsencrypt.org"\', { flags: 0, tag: iodef, value: "mailto:security@{zone}" }] }\n');
    await zoneFile('a.test', 'templates: [mail, caa]\nrecords:\n  www: { type: A, value: 192.0.2.1 }\n');
    await zoneFile('b.test', 'templates: [mail]\nrecords: {}\n');
    const { zones, issues } = await readZones([dir]);
    expect(issues).toEqual([]);
    const [a, b] = zones;
    expect(a?.rrsets.map((r) => [r.name, r.type, r.template ?? null])).toEqual([
      ['@', 'CAA', 'caa'],
      ['@', 'MX', 'mail'],
      ['@', 'TXT', 'mail'],
      ['_dmarc', 'TXT', 'mail'],
      ['www', 'A', null],
    ]);
    expect(a?.rrsets.find((r) => r.type === 'CAA')?.values).toEqual(['0 iodef "mailto:security@a.test"', '0 issue "letsencrypt.org"']);
    expect(a?.rrsets.find((r) => r.name === '_dmarc')?.values).toEqual(['v=DMARC1; p=quarantine; rua=mailto:dmarc@a.test']);
    expect(b?.rrsets.find((r) => r.name === '_dmarc')?.values).toEqual(['v=DMARC1; p=quarantine; rua=mailto:dmarc@b.test']);
    // The rrset remembers where it was written: the template file and line.
    expect(b?.rrsets.find((r) => r.name === '_dmarc')?.source).toEqual({ file: at('_templates', 'mail.yaml'), line: 9, column: 5 });
  });

  it('takes TTLs from the record, else the template, else the zone file, else Gandi default', async () => {
    await template('with-ttl', 'ttl: 600\nrecords:\n  own: { type: A, ttl: 900, value: 192.0.2.1 }\n  inherited: { type: A, value: 192.0.2.2 }\n');
    await template('without-ttl', 'records:\n  plain: { type: A, value: 192.0.2.3 }\n');
    await zoneFile('ttl.test', 'ttl: 1200\ntemplates: [with-ttl, without-ttl]\nrecords: {}\n');
    await zoneFile('default.test', 'templates: [without-ttl]\nrecords: {}\n');
    const { zones, issues } = await readZones([dir]);
    expect(issues).toEqual([]);
    const ttls = (zone: string) => Object.fromEntries(zones.find((z) => z.zone === zone)?.rrsets.map((r) => [r.name, r.ttl]) ?? []);
    expect(ttls('ttl.test')).toEqual({ own: 900, inherited: 600, plain: 1200 });
    expect(ttls('default.test')).toEqual({ plain: 10_800 });
  });

  it('refuses a zone record that a template also defines, naming both places; override: true replaces the template one', async () => {
    await template('mail', MAIL);
    await zoneFile('clash.test', 'templates: [mail]\nrecords:\n  "@":\n    type: TXT\n    value: v=spf1 -all\n');
    await zoneFile('over.test', 'templates: [mail]\nrecords:\n  "@":\n    type: TXT\n    override: true\n    value: v=spf1 -all\n');
    const { zones, issues } = await readZones([dir]);
    expect(errors(issues).map(formatIssue)).toEqual([
      `${at('clash.test.yaml')}:4:5: error: "@" TXT is also defined by template "mail" (${at('_templates', 'mail.yaml')}:6)\n` +
        '  hint: add "override: true" to this record to replace the template\'s for this zone, or remove the record to use the template\'s',
    ]);
    expect(zones.map((z) => z.zone)).toEqual(['over.test']);
    const txt = zones[0]?.rrsets.find((r) => r.name === '@' && r.type === 'TXT');
    expect(txt).toMatchObject({ values: ['v=spf1 -all'], source: { file: at('over.test.yaml'), line: 4 } });
    expect(txt?.template).toBeUndefined();
    // The rest of the template still applies.
    expect(zones[0]?.rrsets.filter((r) => r.template === 'mail').map((r) => `${r.name} ${r.type}`)).toEqual(['@ MX', '_dmarc TXT']);
  });

  it('warns about an override that overrides nothing', async () => {
    await template('mail', MAIL);
    await zoneFile('a.test', 'templates: [mail]\nrecords:\n  www:\n    type: A\n    override: true\n    value: 192.0.2.1\n');
    const { zones, issues } = await readZones([dir]);
    expect(zones).toHaveLength(1);
    expect(issues).toMatchObject([{ severity: 'warning', rule: 'override-unused', file: at('a.test.yaml'), line: 4 }]);
  });

  it('refuses two templates defining the same rrset, naming both files and lines', async () => {
    await template('mail', MAIL);
    await template('spf', '# SPF alone\nrecords:\n  "@":\n    type: TXT\n    value: v=spf1 -all\n');
    await zoneFile('a.test', 'templates:\n  - mail\n  - spf\nrecords: {}\n');
    const { zones, issues } = await readZones([dir]);
    expect(zones).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ rule: 'template-conflict', file: at('a.test.yaml'), line: 3 });
    expect(issues[0]?.message).toBe(`"@" TXT is defined by both template "mail" (${at('_templates', 'mail.yaml')}:6) and template "spf" (${at('_templates', 'spf.yaml')}:4)`);
  });

  it('locates a problem inside a template in the template file, names the zones using it, and reports it once', async () => {
    await template('web', 'records:\n  www:\n    type: CNAME\n    value: web.{zone}\n  bad: { type: A, value: 300.1.1.1 }\n');
    await zoneFile('a.test', 'templates: [web]\nrecords: {}\n');
    await zoneFile('b.test', 'templates: [web]\nrecords: {}\n');
    await zoneFile('c.test', 'records: {}\n');
    const { zones, issues } = await readZones([dir]);
    expect(zones.map((z) => z.zone)).toEqual(['c.test']);
    const file = at('_templates', 'web.yaml');
    // The relative target differs per zone, so each zone gets its own message; the bad address is one problem.
    expect(issues.map((i) => [i.file, i.line, i.rule, i.message])).toEqual([
      [file, 4, 'target-not-fqdn', expect.stringMatching(/"web\.a\.test" .*\(template "web", used by zone a\.test\)$/)],
      [file, 5, 'value', expect.stringMatching(/"300\.1\.1\.1".*\(template "web", used by zones a\.test, b\.test\)$/)],
      [file, 4, 'target-not-fqdn', expect.stringMatching(/"web\.b\.test" .*\(template "web", used by zone b\.test\)$/)],
    ]);
  });

  it('reports template files with errors once, and holds back the zones using them', async () => {
    await template('broken', 'ignore:\n  - name: x\nrecords:\n  www:\n    type: A\n    override: true\n    value: 192.0.2.1\n');
    await zoneFile('a.test', 'templates: [broken]\nrecords: {}\n');
    await zoneFile('b.test', 'templates: [broken]\nrecords: {}\n');
    const { zones, issues } = await readZones([dir]);
    expect(zones).toEqual([]);
    const file = at('_templates', 'broken.yaml');
    expect(issues.map((i) => [path.basename(i.file), i.line, i.rule])).toEqual([
      ['broken.yaml', 1, 'schema'],
      ['broken.yaml', 6, 'template-override'],
      ['a.test.yaml', 1, 'template-invalid'],
      ['b.test.yaml', 1, 'template-invalid'],
    ]);
    expect(issues[0]?.message).toBe('unknown key "ignore" in the template');
    expect(issues[2]?.message).toBe(`template "broken" has errors (reported in ${file})`);
  });

  it('names an unknown template with the ones there are, and a template listed twice', async () => {
    await template('mail', MAIL);
    await zoneFile('a.test', 'templates: [mial, mail, mail]\nrecords: {}\n');
    const { issues } = await readZones([dir]);
    expect(issues.map((i) => [i.rule, i.column, i.message, i.hint])).toEqual([
      ['template-unknown', 13, `no template "mial": expected ${at('_templates')}/mial.yaml`, 'templates here: mail'],
      ['template-duplicate', 25, 'template "mail" is listed twice (first at line 1)', 'list each template once'],
    ]);
  });

  it('applies the rules between records across a zone and its templates (CNAME exclusivity), and refuses ignoring a template record', async () => {
    await template('mail', MAIL);
    await zoneFile('a.test', 'templates: [mail]\nrecords:\n  _dmarc: { type: CNAME, value: dmarc.example.net. }\n');
    await zoneFile('b.test', 'templates: [mail]\nignore:\n  - name: _dmarc\nrecords: {}\n');
    const { issues } = await readZones([dir]);
    expect(issues.map((i) => [path.basename(i.file), i.line, i.rule])).toEqual([
      ['a.test.yaml', 3, 'cname-exclusive'],
      ['mail.yaml', 9, 'ignored-managed'],
    ]);
    expect(issues[1]?.message).toMatch(/comes from this template, but the zone's ignore rule "_dmarc" also covers it \(template "mail", used by zone b\.test\)/);
  });

  it('checks a template no zone uses on its own, and one named directly', async () => {
    await template('unused', 'records:\n  bad: { type: A, value: 300.1.1.1 }\n');
    await template('warned', 'records:\n  txt: { type: TXT, value: "hello {name}" }\n');
    await zoneFile('a.test', 'records: {}\n');
    const whole = await readZones([dir]);
    expect(whole.issues.map((i) => [path.basename(i.file), i.line, i.rule, i.severity])).toEqual([
      ['unused.yaml', 2, 'value', 'error'],
      ['warned.yaml', 2, 'template-placeholder', 'warning'],
    ]);
    const direct = await readZones([at('_templates', 'warned.yaml')]);
    expect(direct.zones).toEqual([]);
    expect(direct.issues.map((i) => i.rule)).toEqual(['template-placeholder']);
  });

  it('refuses templates: in a zone parsed without a template library', () => {
    const { zone, issues } = parseZoneFile('templates: [mail]\nrecords: {}\n', 'a.test.yaml');
    expect(zone).toBeUndefined();
    expect(issues).toMatchObject([{ rule: 'template-unknown', line: 1 }]);
  });

  it('lets parseZoneFile use a library built in memory (pure: no file system)', () => {
    const parsed = parseTemplateFile('records:\n  "@": { type: TXT, value: "site={zone}" }\n', '_templates/site.yaml');
    const site = parsed.template as ZoneTemplate;
    const library: TemplateLibrary = { dir: '_templates', templates: new Map([['site', site]]), broken: new Map() };
    const { zone, issues } = parseZoneFile('templates: [site]\nrecords: {}\n', 'example.com.yaml', { templates: library });
    expect(issues).toEqual([]);
    expect(zone?.rrsets).toEqual([{ name: '@', type: 'TXT', ttl: 10_800, values: ['site=example.com'], source: { file: '_templates/site.yaml', line: 2, column: 8 }, template: 'site' }]);
  });
});
