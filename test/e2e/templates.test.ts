/**
 * Issue 8 end to end: templates, `--zone` globs and `--shard`, with the real CLI (dist/cli.js) as a child
 * process against the emulator started in this process.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanJson } from '../../src/plan/document.js';
import { worlds, type World } from './harness.js';

const open = worlds();

const TEMPLATE = (policy: string) => `# Mail at mail.example.net for every zone that lists it.
ttl: 3600
records:
  "@":
    type: MX
    values: ["10 mx1.mail.example.net.", "20 mx2.mail.example.net."]
  _dmarc:
    type: TXT
    value: "v=DMARC1; p=${policy}; rua=mailto:dmarc@{zone}"
`;

const TEMPLATED = ['a.test', 'b.test', 'c.test'];
const ZONES = [...TEMPLATED, 'plain.test'];

async function estate(): Promise<World> {
  const w = await open(Object.fromEntries(ZONES.map((zone) => [zone, []])));
  await mkdir(path.join(w.zonesDir, '_templates'));
  await writeFile(path.join(w.zonesDir, '_templates', 'mail.yaml'), TEMPLATE('none'));
  for (const [i, zone] of TEMPLATED.entries()) {
    await w.writeZone(zone, `ttl: 300\ntemplates: [mail]\nrecords:\n  www: { type: A, value: 192.0.2.${i + 1} }\n`);
  }
  await w.writeZone('plain.test', 'records:\n  www: { type: A, value: 192.0.2.99 }\n');
  return w;
}

const json = (stdout: string) => JSON.parse(stdout) as PlanJson;

describe('a template used by three zones', () => {
  it('changed once, plans the change in each zone with the template as its source; apply, then plan is empty', async () => {
    const w = await estate();
    const first = await w.run('apply', '--yes');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(w.live('b.test')).toEqual([
      { rrset_name: '_dmarc', rrset_type: 'TXT', rrset_ttl: 3600, rrset_values: ['"v=DMARC1; p=none; rua=mailto:dmarc@b.test"'] },
      { rrset_name: '@', rrset_type: 'MX', rrset_ttl: 3600, rrset_values: ['10 mx1.mail.example.net.', '20 mx2.mail.example.net.'] },
      { rrset_name: 'www', rrset_type: 'A', rrset_ttl: 300, rrset_values: ['192.0.2.2'] },
    ]);
    expect(await w.run('plan', '--detailed-exitcode')).toMatchObject({ code: 0 });

    // One edit, in one file.
    await writeFile(path.join(w.zonesDir, '_templates', 'mail.yaml'), TEMPLATE('reject'));
    const planned = await w.run('plan', '--json', '--detailed-exitcode');
    expect(planned.stderr).toBe('');
    expect(planned.code).toBe(2);
    const plan = json(planned.stdout);
    expect(plan.summary).toEqual({ create: 0, update: 3, delete: 0, domain: 0 });
    for (const zone of TEMPLATED) {
      expect(plan.zones.find((z) => z.zone === zone)?.changes).toEqual([
        {
          action: 'update',
          name: '_dmarc',
          type: 'TXT',
          before: { ttl: 3600, values: [`v=DMARC1; p=none; rua=mailto:dmarc@${zone}`] },
          after: { ttl: 3600, values: [`v=DMARC1; p=reject; rua=mailto:dmarc@${zone}`] },
          source: { file: path.join('zones', '_templates', 'mail.yaml'), line: 8, template: 'mail' },
        },
      ]);
    }
    expect(plan.zones.find((z) => z.zone === 'plain.test')?.changes).toEqual([]);

    const text = await w.run('plan');
    for (const zone of TEMPLATED) expect(text.stdout).toMatch(new RegExp(`${zone.replace('.', '\\.')} \\(zones/${zone.replace('.', '\\.')}\\.yaml\\)\\n  ~ _dmarc TXT  ttl 3600  \\(template mail\\)\\n`));
    const markdown = await w.run('plan', '--markdown');
    expect(markdown.stdout.match(/From template `mail`: `~ _dmarc TXT`/g)).toHaveLength(3);
    expect(markdown.stdout).toContain('<b>a.test</b>: 0 to create, 1 to update, 0 to delete · from template mail</summary>');

    const applied = await w.run('apply', '--yes');
    expect(applied.code).toBe(0);
    for (const zone of TEMPLATED) {
      expect(w.live(zone).find((r) => r.rrset_name === '_dmarc')?.rrset_values).toEqual([`"v=DMARC1; p=reject; rua=mailto:dmarc@${zone}"`]);
    }
    const again = await w.run('plan', '--json', '--detailed-exitcode');
    expect(again.code).toBe(0);
    expect(json(again.stdout).summary).toEqual({ create: 0, update: 0, delete: 0, domain: 0 });
  });

  it('refuses to plan when a zone redefines a template record without override, naming both files, before any request', async () => {
    const w = await estate();
    await w.writeZone('b.test', 'templates: [mail]\nrecords:\n  _dmarc: { type: TXT, value: "v=DMARC1; p=none" }\n');
    const result = await w.run('plan');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`zones/b.test.yaml:3:11: error: "_dmarc" TXT is also defined by template "mail" (zones/_templates/mail.yaml:8)`);
    expect(w.emulator.journal).toEqual([]);
  });
});

describe('--zone globs and --shard', () => {
  it('--zone takes globs; the shards of plan cover every zone once; apply --shard writes only its zones', async () => {
    const w = await estate();
    const globbed = json((await w.run('plan', '--json', '--zone', 'a.*', '--zone', '?.TEST')).stdout);
    expect(globbed.zones.map((z) => z.zone)).toEqual(['a.test', 'b.test', 'c.test']);
    const none = await w.run('plan', '--zone', '*.example');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no zone matches "*.example" in zones/');

    const shards = await Promise.all([1, 2, 3].map((i) => w.run('plan', '--json', '--shard', `${i}/3`)));
    const covered = shards.flatMap((result) => json(result.stdout).zones.map((z) => z.zone));
    expect(covered.sort()).toEqual([...ZONES].sort());
    for (const [i, result] of shards.entries()) expect(result.stderr).toMatch(new RegExp(`^shard ${i + 1}/3: \\d+ zones?`));

    const mine = json(shards[0]?.stdout ?? '').zones.map((z) => z.zone);
    w.emulator.journal.length = 0;
    const applied = await w.run('apply', '--yes', '--shard', '1/3');
    expect(applied.code).toBe(0);
    for (const zone of ZONES) {
      const writes = w.requests(zone).filter((r) => r.kind === 'write');
      if (mine.includes(zone)) expect(writes.length).toBeGreaterThan(0);
      else expect(w.requests(zone)).toEqual([]);
    }

    const bad = await w.run('plan', '--shard', '4/3');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("option '--shard <I/N>' argument '4/3' is invalid. expected I/N with 1 <= I <= N");
  });
});
