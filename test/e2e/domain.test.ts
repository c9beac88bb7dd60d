import { readFile } from 'node:fs/promises';
import path from 'node:path';
/**
 * Issue 6's acceptance, end to end: the built CLI as a child process against the emulator's LiveDNS and
 * Domain API paths. Registrar facts (delegation, expiry, auto-renewal) are seeded in the emulator's
 * `registrar` state; every assertion on traffic reads its journal.
 */
import { describe, expect, it } from 'vitest';
import { expiringIn } from '../../src/emulator/domain.js';
import type { PlanJson } from '../../src/plan/document.js';
import { rr, worlds } from './harness.js';

const open = worlds();

const ZONE = `ttl: 300
records:
  www: { type: A, value: 192.0.2.10 }
`;
const LIVE = [rr('www', 'A', ['192.0.2.10'])];

const json = (stdout: string) => JSON.parse(stdout) as PlanJson;
const calls = (w: { emulator: { journal: { method: string; path: string }[] } }) => w.emulator.journal.map((e) => `${e.method} ${e.path}`);

describe('nameservers as code', () => {
  it('plans a change to custom nameservers as its own line, applies it, polls until visible, then plans nothing; and back to LiveDNS', async () => {
    const w = await open({ 'example.com': LIVE }, undefined, { domainApi: { nameserverReadsUntilVisible: 2 } });
    await w.writeZone('example.com', `nameservers: [ns2.example.net, ns1.example.net]\n${ZONE}`);

    const planned = await w.run('plan');
    expect(planned.code).toBe(0);
    expect(planned.stdout).toContain('  ~ nameservers: LiveDNS -> ns1.example.net, ns2.example.net  (registrar)');
    expect(planned.stdout).toContain(
      'warning: example.com will be delegated to ns1.example.net, ns2.example.net (nameservers in the zone file): its LiveDNS records are managed but not served',
    );
    expect(planned.stdout).toContain('Plan: 0 to create, 0 to update, 0 to delete, 1 domain setting to change, in 1 zone of 1.');
    // One list call covers the registrar side of the plan: the zone is on LiveDNS, so no per-zone read.
    expect(calls(w)).toEqual(['GET /v5/domain/domains', 'GET /v5/livedns/domains/example.com/records']);

    const asJson = json((await w.run('plan', '--json')).stdout);
    expect(asJson.zones[0]!.domain_changes).toEqual([{ setting: 'nameservers', before: 'livedns', after: ['ns1.example.net', 'ns2.example.net'] }]);
    expect(asJson.summary).toEqual({ create: 0, update: 0, delete: 0, domain: 1 });

    w.emulator.journal.length = 0;
    const applied = await w.run('apply', '--yes', '--nameserver-wait', '2');
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('example.com: changing nameservers: LiveDNS -> ns1.example.net, ns2.example.net at the registrar');
    expect(applied.stdout).toContain('example.com: nameservers: LiveDNS -> ns1.example.net, ns2.example.net done, visible at the registry after 2 reads');
    // No record change: no snapshot. The PUT, then reads until the registry shows the change.
    expect(calls(w)).toEqual([
      // The domain list is asked for first (see readLiveState), the zone read beside it.
      'GET /v5/domain/domains',
      'GET /v5/livedns/domains/example.com/records',
      'PUT /v5/domain/domains/example.com/nameservers',
      'GET /v5/domain/domains/example.com/nameservers',
      'GET /v5/domain/domains/example.com/nameservers',
    ]);
    expect(w.emulator.state.registrar!['example.com']).toMatchObject({ current: 'other', nameservers: ['ns1.example.net', 'ns2.example.net'] });

    const again = await w.run('plan', '--json', '--detailed-exitcode');
    expect(again.code).toBe(0);
    expect(json(again.stdout).zones[0]!.domain_changes).toEqual([]);
    expect(json(again.stdout).warnings!.map((x) => x.code)).toEqual(['custom-nameservers']);

    await w.writeZone('example.com', `nameservers: livedns\n${ZONE}`);
    w.emulator.journal.length = 0;
    const back = await w.run('apply', '--yes', '--nameserver-wait', '2');
    expect(back.code).toBe(0);
    expect(calls(w)).toEqual([
      // The domain list is asked for first (see readLiveState), the zone read beside it.
      'GET /v5/domain/domains',
      'GET /v5/livedns/domains/example.com/records',
      // Not on LiveDNS: the hosts are read once, to show what the plan replaces.
      'GET /v5/domain/domains/example.com/nameservers',
      'POST /v5/domain/domains/example.com/livedns',
      'GET /v5/domain/domains/example.com/livedns',
      'GET /v5/domain/domains/example.com/livedns',
    ]);
    const last = await w.run('plan', '--detailed-exitcode');
    expect(last.code).toBe(0);
    expect(last.stdout).toContain('No changes: LiveDNS matches the zone files (1 zone).');
    expect(last.stdout).not.toContain('warning:');
  });

  it('reports, without failing, a nameserver change the registry has not shown when the wait ends', async () => {
    const w = await open({ 'example.com': LIVE }, undefined, { domainApi: { nameserverReadsUntilVisible: 1000 } });
    await w.writeZone('example.com', `nameservers: [ns1.example.net, ns2.example.net]\n${ZONE}`);
    const applied = await w.run('apply', '--yes', '--nameserver-wait', '1');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/warning: example\.com: the change to ns1\.example\.net, ns2\.example\.net was accepted but is not visible after 1 s \(\d+ reads\)/);
    expect(applied.stdout).toContain('run `livedns plan` later to check that it landed');
  });
});

describe('delegation and expiry warnings', () => {
  it('warns about a zone the registry does not delegate to LiveDNS, in text, JSON and Markdown, without failing', async () => {
    const w = await open({ 'example.com': LIVE, 'example.org': LIVE }, undefined, {
      registrar: { 'example.org': { current: 'other', nameservers: ['ns1.elsewhere.net', 'ns2.elsewhere.net'] } },
    });
    await w.writeZone('example.com', ZONE);
    await w.writeZone('example.org', ZONE);

    const text = await w.run('plan', '--detailed-exitcode');
    expect(text.code).toBe(0);
    const expected =
      'example.org is not delegated to LiveDNS: the registry points to other nameservers, so its LiveDNS records are not what the world sees; set "nameservers: livedns" in the zone file to delegate it';
    expect(text.stdout).toContain(`warning: ${expected}`);
    expect(text.stdout).not.toContain('example.com is not delegated');
    // Two zones, one Domain API call for both.
    expect(calls(w).filter((c) => c.includes('/domain/'))).toEqual(['GET /v5/domain/domains']);

    const asJson = json((await w.run('plan', '--json')).stdout);
    expect(asJson.warnings).toEqual([{ zone: 'example.org', code: 'not-delegated', level: 'warning', message: expected }]);

    const markdown = (await w.run('plan', '--markdown')).stdout;
    expect(markdown).toContain('> [!WARNING]');
    expect(markdown).toContain('example.org is not delegated to LiveDNS');
  });

  it('warns about a domain expiring within 30 days without auto-renewal; autorenew: true is planned, applied, and the warning goes', async () => {
    const w = await open({ 'example.com': LIVE }, undefined, {
      registrar: { 'example.com': { current: 'livedns', autorenew: false, registry_ends_at: expiringIn(12.5), status: ['clientTransferProhibited'] } },
    });
    await w.writeZone('example.com', ZONE);
    const warned = await w.run('plan', '--json');
    const warning = json(warned.stdout).warnings![0]!;
    expect(warning).toMatchObject({ zone: 'example.com', code: 'expiring', level: 'warning' });
    expect(warning.message).toMatch(/^example\.com expires on \d{4}-\d{2}-\d{2} \(in 12 days\) and auto-renewal is off: renew it at Gandi, or set "autorenew: true"/);

    await w.writeZone('example.com', `autorenew: true\n${ZONE}`);
    const planned = await w.run('plan');
    expect(planned.stdout).toContain('  ~ auto-renewal: off -> on  (registrar)');
    expect(planned.stdout).toMatch(/warning: example\.com expires on .* and auto-renewal is off; this plan turns auto-renewal on/);

    w.emulator.journal.length = 0;
    const applied = await w.run('apply', '--yes');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('example.com: auto-renewal: off -> on done');
    expect(calls(w)).toEqual(['GET /v5/domain/domains', 'GET /v5/livedns/domains/example.com/records', 'PATCH /v5/domain/domains/example.com/autorenew']);
    expect(w.emulator.state.registrar!['example.com']!.autorenew).toBe(true);

    const again = await w.run('plan', '--json', '--detailed-exitcode');
    expect(again.code).toBe(0);
    expect(json(again.stdout)).toMatchObject({ summary: { create: 0, update: 0, delete: 0, domain: 0 }, warnings: [] });
  });

  it('a token without Domain API rights gets a note; records are planned and applied as usual', async () => {
    const w = await open({ 'example.com': [] }, undefined, { tokens: [{ token: 'records-only', domainApi: false }] });
    await w.writeZone('example.com', ZONE);
    const planned = await w.run('plan');
    expect(planned.code).toBe(0);
    expect(planned.stdout).toContain(
      'note: delegation and expiry not checked for example.com: the default token (GANDI_PERSONAL_ACCESS_TOKEN) lacks the Domain API permission "See and renew domain names"',
    );
    const applied = await w.run('apply', '--yes');
    expect(applied.code).toBe(0);
    expect(w.live('example.com')).toEqual(LIVE);
  });

  it('--no-domain-checks sends nothing to the Domain API', async () => {
    const w = await open({ 'example.com': LIVE });
    await w.writeZone('example.com', ZONE);
    const planned = await w.run('plan', '--no-domain-checks', '--json');
    expect(planned.code).toBe(0);
    expect(calls(w)).toEqual(['GET /v5/livedns/domains/example.com/records']);
    expect(json(planned.stdout).warnings).toBeUndefined();
  });
});

describe('several organisations', () => {
  const CONFIG = `accounts:
  acme:
    token_env: ACME_GANDI_TOKEN
  widgets:
    token_env: WIDGETS_GANDI_TOKEN
    sharing_id: org-widgets
`;
  const TOKENS = [
    { token: 'acme-secret', label: 'acme', zones: ['acme.example'] },
    { token: 'widgets-secret', label: 'widgets', zones: ['widgets.example'] },
  ];

  it('reaches each zone with its own account token only; apply then plan is empty', async () => {
    const w = await open({ 'acme.example': [], 'widgets.example': [] }, undefined, { tokens: TOKENS });
    await w.writeFile('livedns.config.yaml', CONFIG);
    await w.writeZone('acme.example', `account: acme\nautorenew: false\n${ZONE}`);
    await w.writeZone('widgets.example', `account: widgets\n${ZONE}`);
    const env = { ACME_GANDI_TOKEN: 'acme-secret', WIDGETS_GANDI_TOKEN: 'widgets-secret', GANDI_PERSONAL_ACCESS_TOKEN: '' };

    const applied = await w.runWith(env, 'apply', '--yes');
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    for (const entry of w.emulator.journal) {
      const zone = /acme\.example|widgets\.example/.exec(entry.path)?.[0];
      if (zone !== undefined) expect(`${entry.path} ${entry.token}`).toBe(`${entry.path} ${zone.split('.')[0]}`);
      expect(entry.status).toBeLessThan(300);
    }
    // One Domain API list per account, each with its own token (and the widgets sharing_id).
    const lists = w.emulator.journal.filter((e) => e.path === '/v5/domain/domains');
    expect(lists.map((e) => [e.token, e.query])).toEqual(
      expect.arrayContaining([
        ['acme', 'page=1&per_page=100'],
        ['widgets', 'page=1&per_page=100&sharing_id=org-widgets'],
      ]),
    );
    expect(lists).toHaveLength(2);
    expect(w.live('acme.example')).toEqual(LIVE);
    expect(w.live('widgets.example')).toEqual(LIVE);
    expect(w.emulator.state.registrar!['acme.example']!.autorenew).toBe(false);

    const again = await w.runWith(env, 'plan', '--json', '--detailed-exitcode');
    expect(again.code).toBe(0);
    expect(json(again.stdout).summary).toEqual({ create: 0, update: 0, delete: 0, domain: 0 });

    // A rollback through the account restores with that account's token, and its undo command names the account.
    const rolled = await w.runWith(env, 'rollback', 'acme.example', '--last', '--yes', '--account', 'acme');
    expect(rolled.stderr).toBe('');
    expect(rolled.code).toBe(0);
    expect(rolled.stdout).toMatch(/To undo this rollback: livedns rollback acme\.example --snapshot \S+ --account acme/);
  });

  it('import --account writes the account into the file, so that its plan uses the same token and is empty', async () => {
    const w = await open({ 'acme.example': LIVE, 'widgets.example': LIVE }, undefined, { tokens: TOKENS });
    await w.writeFile('livedns.config.yaml', CONFIG);
    const env = { ACME_GANDI_TOKEN: 'acme-secret', WIDGETS_GANDI_TOKEN: 'widgets-secret', GANDI_PERSONAL_ACCESS_TOKEN: '' };
    const imported = await w.runWith(env, 'import', 'widgets.example', '--account', 'widgets');
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const text = await readFile(path.join(w.zonesDir, 'widgets.example.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: .*\naccount: widgets\n/);
    w.emulator.journal.length = 0;
    const planned = await w.runWith(env, 'plan', '--json', '--detailed-exitcode');
    expect(planned.stderr).toBe('');
    expect(planned.code).toBe(0);
    expect(w.emulator.journal.filter((e) => e.path.includes('widgets.example')).map((e) => e.token)).toEqual(['widgets']);
  });

  it('the emulator rejects a zone reached with the other account token, and the message names the zone', async () => {
    const w = await open({ 'acme.example': LIVE, 'widgets.example': LIVE }, undefined, { tokens: TOKENS });
    await w.writeFile('livedns.config.yaml', CONFIG);
    await w.writeZone('acme.example', `account: acme\n${ZONE}`);
    await w.writeZone('widgets.example', `account: widgets\n${ZONE}`);
    const swapped = await w.runWith({ ACME_GANDI_TOKEN: 'widgets-secret', WIDGETS_GANDI_TOKEN: 'widgets-secret' }, 'plan');
    expect(swapped.code).toBe(1);
    expect(swapped.stderr).toMatch(/acme\.example \(zones\/acme\.example\.yaml\): this zone is not on LiveDNS, or the token cannot see it/);
    expect(swapped.stderr).not.toContain('secret');
  });

  it('stops before any request when an account token is missing, or a zone names an unknown account', async () => {
    const w = await open({ 'acme.example': LIVE }, undefined, { tokens: TOKENS });
    await w.writeFile('livedns.config.yaml', CONFIG);
    await w.writeZone('acme.example', `account: acme\n${ZONE}`);
    const missing = await w.runWith({ ACME_GANDI_TOKEN: '' }, 'plan');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('error: account "acme" (livedns.config.yaml:2): its token variable ACME_GANDI_TOKEN is not set.');

    await w.writeZone('acme.example', `account: acmee\n${ZONE}`);
    const unknown = await w.runWith({ ACME_GANDI_TOKEN: 'acme-secret' }, 'plan');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('zones/acme.example.yaml:1:10: error: account "acmee" is not declared in livedns.config.yaml');
    expect(w.emulator.journal).toEqual([]);

    await w.writeFile('livedns.config.yaml', 'accounts:\n  acme:\n    token_env: pat_pasted-token\n');
    const invalid = await w.runWith({}, 'validate');
    expect(invalid.code).toBe(1);
    expect(invalid.stderr + invalid.stdout).toContain('livedns.config.yaml:3:16: error: accounts.acme.token_env must be the NAME of the environment variable');
    expect(invalid.stderr + invalid.stdout).not.toContain('pat_pasted-token');
  });
});

describe('livedns domains', () => {
  it('lists the domains with expiry, auto-renewal, nameservers, status flags and zone files, in one call', async () => {
    const w = await open({ 'example.com': LIVE, 'example.org': LIVE }, undefined, {
      registrar: {
        'example.com': { current: 'livedns', autorenew: true, registry_ends_at: '2031-03-04T05:06:07Z', status: ['clientTransferProhibited'] },
        'example.org': { current: 'other', nameservers: ['ns1.elsewhere.net'], autorenew: false, registry_ends_at: expiringIn(5), status: [] },
        'parked.example': { current: 'classic', autorenew: true, registry_ends_at: '2030-01-01T00:00:00Z', status: ['clientHold'] },
      },
    });
    await w.writeZone('example.com', ZONE);
    await w.writeZone('example.org', ZONE);
    await w.writeZone('gone.example', ZONE);

    const listed = await w.run('domains', '--json');
    expect(listed.code).toBe(0);
    const rows = JSON.parse(listed.stdout) as Record<string, unknown>[];
    expect(rows.map((r) => r.fqdn)).toEqual(['example.com', 'example.org', 'parked.example']);
    expect(rows[0]).toEqual({
      fqdn: 'example.com',
      expires_at: '2031-03-04T05:06:07Z',
      expires_in_days: expect.any(Number),
      autorenew: true,
      nameservers: 'livedns',
      livedns: true,
      status: ['clientTransferProhibited'],
      transfer_locked: true,
      zone_file: 'zones/example.com.yaml',
    });
    expect(rows[1]).toMatchObject({ autorenew: false, nameservers: 'other', livedns: false, expires_in_days: 4, zone_file: 'zones/example.org.yaml' });
    expect(rows[2]).toMatchObject({ livedns: false, status: ['clientHold'], transfer_locked: false, zone_file: null });
    expect(calls(w)).toEqual(['GET /v5/domain/domains']);

    const text = (await w.run('domains')).stdout;
    expect(text.split('\n')[0]).toMatch(/^DOMAIN\s+EXPIRES\s+AUTO-RENEW\s+NAMESERVERS\s+STATUS\s+ZONE FILE$/);
    expect(text).toMatch(/example\.org\s+\d{4}-\d{2}-\d{2} \(in 4 d\) !\s+off\s+other\s+-\s+zones\/example\.org\.yaml/);
    expect(text).toContain('warning: zones/example.org.yaml manages example.org, but the registry delegates it to other nameservers, not LiveDNS');
    expect(text).toContain('note: zones/gone.example.yaml names gone.example, which is not among the domains listed');
  });
});
