import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkZoneAccounts, parseConfig } from '../../src/config/parse.js';
import { readConfig } from '../../src/config/read.js';
import { createClientPool } from '../../src/gandi/accounts.js';
import type { GandiApiError } from '../../src/gandi/errors.js';
import { formatIssue } from '../../src/render/issues.js';
import { parseZoneFile } from '../../src/zonefile/parse.js';
import { startEmulator, type Emulator } from '../../src/emulator/server.js';

const FILE = 'livedns.config.yaml';
const lines = (issues: Parameters<typeof formatIssue>[0][]) => issues.map(formatIssue).join('\n').split('\n');
const shown = (text: string) => lines(parseConfig(text, FILE).issues);

describe('livedns.config.yaml', () => {
  it('reads accounts with their token variable, sharing_id and place', () => {
    const { config, issues } = parseConfig('accounts:\n  acme:\n    token_env: ACME_TOKEN\n    sharing_id: org-1\n  widgets:\n    token_env: WIDGETS_TOKEN\n', FILE);
    expect(issues).toEqual([]);
    expect([...config!.accounts.values()]).toEqual([
      { name: 'acme', tokenEnv: 'ACME_TOKEN', sharingId: 'org-1', source: { file: FILE, line: 2, column: 3 } },
      { name: 'widgets', tokenEnv: 'WIDGETS_TOKEN', source: { file: FILE, line: 5, column: 3 } },
    ]);
  });

  it('locates unknown keys with a suggestion, and missing ones', () => {
    expect(shown('accounts:\n  acme:\n    token_env: A\n    sharingid: x\n')).toEqual([
      'livedns.config.yaml:4:5: error: unknown key "sharingid" in accounts.acme',
      '  hint: did you mean "sharing_id"? allowed keys: token_env, sharing_id',
    ]);
    expect(shown('accounts:\n  acme: {}\n')).toEqual(['livedns.config.yaml:2:9: error: accounts.acme is missing "token_env"']);
    expect(shown('acounts: {}\n')[0]).toBe('livedns.config.yaml:1:1: error: unknown key "acounts" in the configuration');
  });

  it('refuses a token pasted where the variable name goes, without echoing it', () => {
    const secret = 'pat_0123456789abcdef-SECRET';
    const lines = shown(`accounts:\n  acme:\n    token_env: ${secret}\n`);
    expect(lines[0]).toBe(
      'livedns.config.yaml:3:16: error: accounts.acme.token_env must be the NAME of the environment variable that holds the token (letters, digits, "_"), never the token itself',
    );
    expect(lines.join('\n')).not.toContain(secret);
  });

  it('reports YAML syntax errors and bad account names, located', () => {
    expect(shown('accounts:\n  acme: [\n')[0]).toMatch(/^livedns\.config\.yaml:\d+:\d+: error: /);
    expect(shown('accounts:\n  "a b":\n    token_env: X\n')).toEqual(['livedns.config.yaml:2:3: error: account name "a b" is not usable', '  hint: account names use letters, digits, ".", "-" and "_"']);
  });

  it("checks each zone's account against the configuration, located in the zone file", () => {
    const zone = parseZoneFile('account: acmee\nrecords: {}\n', 'zones/example.com.yaml').zone!;
    const { config } = parseConfig('accounts:\n  acme:\n    token_env: A\n', FILE);
    expect(lines(checkZoneAccounts([zone], config))).toEqual([
      'zones/example.com.yaml:1:10: error: account "acmee" is not declared in livedns.config.yaml',
      '  hint: declared accounts: acme',
    ]);
    expect(checkZoneAccounts([zone], undefined)[0]!.message).toBe('account "acmee" is named, but there is no livedns.config.yaml');
  });
});

describe('readConfig', () => {
  let dir: string;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('no file: the single-token setup; a named file that is missing: an error', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'livedns-config-'));
    expect(await readConfig({ cwd: dir })).toEqual({ issues: [] });
    expect((await readConfig({ file: path.join(dir, 'nope.yaml') })).issues[0]).toMatchObject({ severity: 'error', message: 'no such file' });
    await writeFile(path.join(dir, FILE), 'accounts:\n  acme:\n    token_env: ACME\n');
    expect((await readConfig({ cwd: dir })).config?.accounts.get('acme')?.tokenEnv).toBe('ACME');
  });
});

describe('client pool', () => {
  let emulator: Emulator;
  afterEach(async () => {
    await emulator?.close();
  });

  it('gives each account its own token and sharing_id, one shared limiter, and the emulator refuses the other token', async () => {
    emulator = await startEmulator({
      state: { domains: { 'acme.example': { rrsets: [] }, 'widgets.example': { rrsets: [] } } },
      tokens: [
        { token: 'acme-secret', zones: ['acme.example'] },
        { token: 'widgets-secret', zones: ['widgets.example'] },
      ],
    });
    const { config } = parseConfig('accounts:\n  acme:\n    token_env: ACME_TOKEN\n    sharing_id: org-acme\n  widgets:\n    token_env: WIDGETS_TOKEN\n', FILE);
    const pool = createClientPool(config, { baseUrl: emulator.url, log: () => {} }, { ACME_TOKEN: 'acme-secret', WIDGETS_TOKEN: 'widgets-secret' });
    try {
      expect(await pool.get('acme').livedns.listRecords('acme.example')).toEqual([]);
      expect(await pool.get('widgets').livedns.listRecords('widgets.example')).toEqual([]);
      const crossed = (await pool.get('acme').livedns.listRecords('widgets.example').catch((e: unknown) => e)) as GandiApiError;
      expect(crossed.status).toBe(404);
      expect(emulator.journal.map((e) => `${e.path}?${e.query ?? ''} ${e.status}`)).toEqual([
        '/v5/livedns/domains/acme.example/records?page=1&per_page=500&sharing_id=org-acme 200',
        '/v5/livedns/domains/widgets.example/records?page=1&per_page=500 200',
        '/v5/livedns/domains/widgets.example/records?page=1&per_page=500&sharing_id=org-acme 404',
      ]);
      expect(pool.used).toEqual(['acme', 'widgets']);
      // One limiter for both accounts: the budget is per source IP.
      expect(pool.limiter).toBeDefined();
    } finally {
      await pool.close();
    }
  });

  it('names the variable to set when an account has no token, before any request', async () => {
    const { config } = parseConfig('accounts:\n  acme:\n    token_env: ACME_TOKEN\n', FILE);
    const pool = createClientPool(config, { baseUrl: 'http://127.0.0.1:9/v5' }, {});
    expect(() => pool.get('acme')).toThrow(/account "acme" \(livedns\.config\.yaml:2\): its token variable ACME_TOKEN is not set/);
    expect(() => pool.get('other')).toThrow(/account "other" is not declared in livedns\.config\.yaml \(declared: acme\)/);
    await pool.close();
  });
});
