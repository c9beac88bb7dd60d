import { Command } from 'commander';
import { MockAgent } from 'undici';
import { describe, expect, it } from 'vitest';
import { addClientOptions, clientOptionsFromCli } from '../../src/cli/client-options.js';
import { createLiveDnsClient, clientOptionsFromEnv } from '../../src/gandi/client.js';
import { resolveBaseUrl } from '../../src/gandi/options.js';
import { UserError } from '../../src/errors.js';

describe('clientOptionsFromEnv', () => {
  it('reads every variable', () => {
    expect(
      clientOptionsFromEnv({
        GANDI_API_URL: 'https://api.sandbox.gandi.net/v5',
        GANDI_PERSONAL_ACCESS_TOKEN: ' pat_abc ',
        GANDI_SHARING_ID: 'org-1',
        GANDI_RATE_LIMIT: '120',
        GANDI_TIMEOUT: '90',
        GANDI_DEADLINE: '600',
        GANDI_RETRY_DELAY: '0.25',
        GANDI_RETRY_MAX_DELAY: '10',
        GANDI_MAX_ATTEMPTS: '3',
        GANDI_MAX_IN_FLIGHT: '4',
        GANDI_PER_PAGE: '100',
        LIVEDNS_DEBUG: '1',
      }),
    ).toEqual({
      baseUrl: 'https://api.sandbox.gandi.net/v5',
      token: 'pat_abc',
      authScheme: 'Bearer',
      sharingId: 'org-1',
      rateLimit: 120,
      timeoutMs: 90_000,
      deadlineMs: 600_000,
      retryBaseDelayMs: 250,
      retryMaxDelayMs: 10_000,
      maxAttempts: 3,
      maxInFlight: 4,
      perPage: 100,
      debug: true,
    });
  });

  it('prefers a Personal Access Token over the deprecated API key, and falls back to the key as Apikey', () => {
    expect(clientOptionsFromEnv({ GANDI_PERSONAL_ACCESS_TOKEN: 'pat', GANDI_API_KEY: 'key' })).toMatchObject({ token: 'pat', authScheme: 'Bearer' });
    expect(clientOptionsFromEnv({ GANDI_API_KEY: 'key' })).toMatchObject({ token: 'key', authScheme: 'Apikey' });
    expect(clientOptionsFromEnv({ GANDI_PERSONAL_ACCESS_TOKEN: '', GANDI_API_KEY: '' }).token).toBeUndefined();
  });

  it('treats LIVEDNS_DEBUG=0 and empty values as off', () => {
    expect(clientOptionsFromEnv({ LIVEDNS_DEBUG: '0' }).debug).toBe(false);
    expect(clientOptionsFromEnv({ LIVEDNS_DEBUG: 'false' }).debug).toBe(false);
    expect(clientOptionsFromEnv({}).debug).toBe(false);
    expect(clientOptionsFromEnv({ LIVEDNS_DEBUG: 'yes' }).debug).toBe(true);
  });

  it('lets overrides (CLI flags) win over the environment', () => {
    expect(clientOptionsFromEnv({ GANDI_RATE_LIMIT: '120' }, { rateLimit: 30, timeoutMs: undefined })).toMatchObject({ rateLimit: 30 });
  });

  it.each([
    ['GANDI_RATE_LIMIT', 'fast', /GANDI_RATE_LIMIT must be a positive number, got "fast"/],
    ['GANDI_RATE_LIMIT', '-5', /GANDI_RATE_LIMIT must be a positive number/],
    ['GANDI_MAX_ATTEMPTS', '2.5', /GANDI_MAX_ATTEMPTS must be a positive integer/],
    ['GANDI_TIMEOUT', '0', /GANDI_TIMEOUT must be a positive number/],
  ])('refuses %s=%s, naming the variable', (name, value, message) => {
    expect(() => clientOptionsFromEnv({ [name]: value })).toThrow(message);
  });
});

describe('createLiveDnsClient', () => {
  it('stops before any request when no token is set, saying which variable to set', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    const attempt = () => createLiveDnsClient({ ...clientOptionsFromEnv({}), dispatcher: agent });
    expect(attempt).toThrow(UserError);
    expect(attempt).toThrow(/^no Gandi credentials: set GANDI_PERSONAL_ACCESS_TOKEN to a Personal Access Token/);
    await agent.close();
  });

  it('sends a PAT as Bearer and an API key as Apikey, and sharing_id as a query parameter', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    const seen: Array<{ authorization: unknown; path: string }> = [];
    const pool = agent.get('https://api.gandi.net');
    for (let i = 0; i < 2; i += 1) {
      pool
        .intercept({ method: 'GET', path: () => true })
        .reply(200, (options) => {
          seen.push({ authorization: (options.headers as Record<string, string>).authorization, path: options.path });
          return [];
        }, { headers: { 'content-type': 'application/json' } });
    }
    const warnings: string[] = [];
    const pat = createLiveDnsClient({ ...clientOptionsFromEnv({ GANDI_PERSONAL_ACCESS_TOKEN: 'pat_1', GANDI_SHARING_ID: 'org 9' }), dispatcher: agent, log: (l) => warnings.push(l) });
    const key = createLiveDnsClient({ ...clientOptionsFromEnv({ GANDI_API_KEY: 'key_1' }), dispatcher: agent, log: (l) => warnings.push(l) });
    await pat.listDomains();
    await key.listDomains();
    expect(seen).toEqual([
      { authorization: 'Bearer pat_1', path: '/v5/livedns/domains?page=1&per_page=500&sharing_id=org+9' },
      { authorization: 'Apikey key_1', path: '/v5/livedns/domains?page=1&per_page=500' },
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^warning: GANDI_API_KEY is deprecated .* set GANDI_PERSONAL_ACCESS_TOKEN instead$/);
    await pat.close();
    await key.close();
    await agent.close();
  });
});

describe('resolveBaseUrl', () => {
  it('defaults to production and trims a trailing slash', () => {
    expect(resolveBaseUrl(undefined)).toBe('https://api.gandi.net/v5');
    expect(resolveBaseUrl('https://api.sandbox.gandi.net/v5/')).toBe('https://api.sandbox.gandi.net/v5');
    expect(resolveBaseUrl('http://127.0.0.1:8053/v5')).toBe('http://127.0.0.1:8053/v5');
  });

  it('refuses plain http off loopback, and URLs carrying credentials', () => {
    expect(() => resolveBaseUrl('http://api.gandi.net/v5')).toThrow(/must use https/);
    expect(() => resolveBaseUrl('https://user:secret@api.gandi.net/v5')).toThrow(/^GANDI_API_URL must be a plain API root, without credentials/);
    expect(() => resolveBaseUrl('not a url')).toThrow(/GANDI_API_URL is not a URL/);
  });
});

describe('addClientOptions / clientOptionsFromCli', () => {
  function parse(args: string[]) {
    const command = addClientOptions(new Command('plan').exitOverride().configureOutput({ writeErr: () => undefined }));
    command.action(() => undefined);
    command.parse(args, { from: 'user' });
    return command.opts();
  }

  it('adds --rate-limit, --timeout and --max-attempts, which override the environment', () => {
    const opts = parse(['--rate-limit', '120', '--timeout', '30', '--max-attempts', '2']);
    expect(opts).toEqual({ rateLimit: 120, timeout: 30, maxAttempts: 2 });
    expect(clientOptionsFromCli(opts, { GANDI_RATE_LIMIT: '600', GANDI_TIMEOUT: '90' })).toMatchObject({ rateLimit: 120, timeoutMs: 30_000, maxAttempts: 2 });
    expect(clientOptionsFromCli({}, { GANDI_RATE_LIMIT: '600' })).toMatchObject({ rateLimit: 600 });
  });

  it('rejects a bad value with the flag named', () => {
    expect(() => parse(['--rate-limit', 'lots'])).toThrow(/--rate-limit must be a positive number, got "lots"/);
    expect(() => parse(['--max-attempts', '1.5'])).toThrow(/--max-attempts must be a positive integer/);
  });
});
