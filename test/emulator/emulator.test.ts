import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/server.js';
import { loadState, parseQuotedStrings, storeTxtValue } from '../../src/emulator/state.js';
import { parseFaultRule } from '../../src/emulator/faults.js';

const zone = 'example.com';
let emulator: Emulator;

async function restart(options: EmulatorOptions = {}): Promise<void> {
  await emulator?.close();
  emulator = await startEmulator({
    state: {
      domains: {
        [zone]: {
          rrsets: [
            { rrset_name: '@', rrset_type: 'SOA', rrset_ttl: 10800, rrset_values: ['ns1.gandi.net. hostmaster.gandi.net. 1 10800 3600 604800 10800'] },
            { rrset_name: '@', rrset_type: 'NS', rrset_ttl: 10800, rrset_values: ['ns-1-a.gandi.net.'] },
            { rrset_name: '@', rrset_type: 'A', rrset_ttl: 3600, rrset_values: ['192.0.2.10'] },
            { rrset_name: 'Mixed', rrset_type: 'A', rrset_ttl: 3600, rrset_values: ['192.0.2.20'] },
            { rrset_name: 'www', rrset_type: 'CNAME', rrset_ttl: 3600, rrset_values: ['web.example.net.'] },
          ],
        },
      },
    },
    ...options,
  });
}

beforeEach(async () => {
  emulator = undefined as unknown as Emulator;
  await restart();
});

afterEach(async () => {
  await emulator.close();
});

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

async function api(method: string, route: string, body?: unknown, auth: string | null = `Bearer ${emulator.token}`): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (auth !== null) headers.authorization = auth;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${emulator.url}/livedns${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

const records = `/domains/${zone}/records`;

describe('records', () => {
  it('lists rrsets with hrefs, pagination headers, and without apex NS or SOA', async () => {
    const page1 = await api('GET', `${records}?per_page=2`);
    expect(page1.status).toBe(200);
    expect(page1.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(page1.headers.get('total-count')).toBe('3');
    expect(page1.headers.get('filtered-count')).toBe('2');
    expect(page1.headers.get('link')).toBe(
      `<${emulator.url}/livedns${records}?per_page=2&page=2>; rel="next", <${emulator.url}/livedns${records}?per_page=2&page=2>; rel="last"`,
    );
    expect(page1.json).toEqual([
      { rrset_name: '@', rrset_type: 'A', rrset_ttl: 3600, rrset_values: ['192.0.2.10'], rrset_href: `${emulator.url}/livedns${records}/%40/A` },
      { rrset_name: 'Mixed', rrset_type: 'A', rrset_ttl: 3600, rrset_values: ['192.0.2.20'], rrset_href: `${emulator.url}/livedns${records}/Mixed/A` },
    ]);
    expect(((await api('GET', `${records}?per_page=2&page=2`)).json as unknown[]).length).toBe(1);
    const past = await api('GET', `${records}?per_page=2&page=9`);
    expect([past.status, past.json, past.headers.get('total-count')]).toEqual([200, [], '3']);
  });

  it('refuses a bad page number in the validation shape', async () => {
    const answer = await api('GET', `${records}?page=0`);
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ status: 'error', errors: [{ location: 'querystring', name: 'page', description: "'0' is not an integer >= 1" }] });
  });

  it('PUT is an upsert answering 201 with a location; without rrset_ttl the TTL becomes 10800', async () => {
    const put = await api('PUT', `${records}/%40/A`, { rrset_values: ['192.0.2.11'] });
    expect(put.status).toBe(201);
    expect(put.json).toEqual({ message: 'DNS Record Created' });
    expect(put.headers.get('location')).toBe(`${emulator.url}/livedns${records}/%40/A`);
    expect((await api('GET', `${records}/@/A`)).json).toMatchObject({ rrset_ttl: 10800, rrset_values: ['192.0.2.11'] });
  });

  it('POST creates (201) and refuses an existing rrset with 409', async () => {
    expect((await api('POST', records, { rrset_name: 'mail', rrset_type: 'AAAA', rrset_values: ['2001:db8::25'], rrset_ttl: 3600 })).status).toBe(201);
    const again = await api('POST', records, { rrset_name: 'mail', rrset_type: 'AAAA', rrset_values: ['2001:db8::26'] });
    expect([again.status, again.json]).toEqual([409, { code: 409, message: 'This record already exists', object: 'dns-record', cause: 'Conflict' }]);
    expect((await api('POST', `${records}/mail/AAAA`, { rrset_values: ['2001:db8::27'] })).status).toBe(409);
  });

  it('DELETE answers 204, then 404 dns-record', async () => {
    const first = await api('DELETE', `${records}/www/CNAME`);
    expect([first.status, first.text]).toEqual([204, '']);
    const second = await api('DELETE', `${records}/www/CNAME`);
    expect([second.status, second.json]).toEqual([
      404,
      { code: 404, message: "Can't find the DNS record www/CNAME in the zone", object: 'dns-record', cause: 'Not Found' },
    ]);
    expect(second.headers.get('content-type')).toBe('application/json; charset=UTF-8');
  });

  it('refuses a TTL outside 300..2592000 with the errors[] shape', async () => {
    for (const ttl of [299, 2_592_001, 3.5]) {
      const answer = await api('PUT', `${records}/x/A`, { rrset_values: ['192.0.2.1'], rrset_ttl: ttl });
      expect(answer.status).toBe(400);
      expect(answer.json).toEqual({ status: 'error', errors: [{ location: 'body', name: 'rrset_ttl', description: `${ttl} is not an integer between 300 and 2592000` }] });
    }
    expect((await api('PUT', `${records}/x/A`, { rrset_values: ['192.0.2.1'], rrset_ttl: 2_592_000 })).status).toBe(201);
  });

  it('stores TXT quoted and split at 255 bytes, from bare or quoted input', async () => {
    const long = `v=DKIM1; p=${'A'.repeat(400)}`;
    await api('PUT', `${records}/bare/TXT`, { rrset_values: ['hello "world"', long], rrset_ttl: 300 });
    await api('PUT', `${records}/quoted/TXT`, { rrset_values: ['"already quoted"', `"${'b'.repeat(300)}"`], rrset_ttl: 300 });
    expect(((await api('GET', `${records}/bare/TXT`)).json as { rrset_values: string[] }).rrset_values).toEqual([
      '"hello \\"world\\""',
      `"${long.slice(0, 255)}" "${long.slice(255)}"`,
    ]);
    expect(((await api('GET', `${records}/quoted/TXT`)).json as { rrset_values: string[] }).rrset_values).toEqual([
      '"already quoted"',
      `"${'b'.repeat(255)}" "${'b'.repeat(45)}"`,
    ]);
  });

  it('is case-sensitive on names: wrong-case GET and DELETE are 404, a wrong-case update is 500 as on Gandi', async () => {
    expect((await api('GET', `${records}/mixed/A`)).status).toBe(404);
    expect((await api('DELETE', `${records}/mixed/A`)).status).toBe(404);
    const update = await api('PUT', `${records}/mixed/A`, { rrset_values: ['192.0.2.21'], rrset_ttl: 300 });
    expect([update.status, update.json]).toEqual([
      500,
      { code: 500, message: 'The server has either erred or is incapable of performing the requested operation.', object: 'HTTPInternalServerError', cause: 'Internal Server Error' },
    ]);
    expect((await api('PUT', `${records}/Mixed/A`, { rrset_values: ['192.0.2.21'], rrset_ttl: 300 })).status).toBe(201);
  });

  it('stores values as sent: a relative target stays relative', async () => {
    await api('PUT', `${records}/docs/CNAME`, { rrset_values: ['docs.example.com'], rrset_ttl: 300 });
    expect(((await api('GET', `${records}/docs/CNAME`)).json as { rrset_values: string[] }).rrset_values).toEqual(['docs.example.com']);
  });

  it('refuses what Gandi refuses: apex NS, apex CNAME, CNAME beside other data, NS to an IP, unknown types', async () => {
    const refused = async (route: string, values: string[]) => (await api('PUT', `${records}/${route}`, { rrset_values: values, rrset_ttl: 300 })).status;
    expect(await refused('%40/NS', ['ns1.example.net.'])).toBe(400);
    expect(await refused('%40/CNAME', ['x.example.net.'])).toBe(400);
    expect(await refused('www/A', ['192.0.2.1'])).toBe(400);
    expect(await refused('lab/NS', ['198.51.100.53'])).toBe(400);
    expect(await refused('x/BOGUS', ['1'])).toBe(400);
    expect((await api('PUT', `${records}/x/A`, { rrset_values: [], rrset_ttl: 300 })).status).toBe(400);
  });

  it('replaces the whole zone with PUT /records, keeping apex NS and SOA', async () => {
    const answer = await api('PUT', records, { items: [{ rrset_name: 'only', rrset_type: 'A', rrset_ttl: 300, rrset_values: ['192.0.2.1'] }] });
    expect(answer.status).toBe(201);
    expect(((await api('GET', records)).json as Array<{ rrset_name: string }>).map((r) => r.rrset_name)).toEqual(['only']);
    expect(emulator.state.domains[zone]!.rrsets.map((r) => r.rrset_type).sort()).toEqual(['A', 'NS', 'SOA']);
    // All or nothing: one bad item leaves the zone as it was.
    const bad = await api('PUT', records, { items: [{ rrset_name: 'a', rrset_type: 'A', rrset_values: ['192.0.2.1'] }, { rrset_name: 'b', rrset_type: 'A', rrset_ttl: 5, rrset_values: ['192.0.2.2'] }] });
    expect(bad.status).toBe(400);
    expect(((await api('GET', records)).json as Array<{ rrset_name: string }>).map((r) => r.rrset_name)).toEqual(['only']);
  });

  it('serves the rrsets of one name, and replaces or deletes them together', async () => {
    expect(((await api('GET', `${records}/%40`)).json as Array<{ rrset_type: string }>).map((r) => r.rrset_type)).toEqual(['A']);
    await api('PUT', `${records}/multi`, { items: [{ rrset_type: 'A', rrset_values: ['192.0.2.1'], rrset_ttl: 300 }, { rrset_type: 'AAAA', rrset_values: ['2001:db8::1'] }] });
    expect(((await api('GET', `${records}/multi`)).json as Array<{ rrset_type: string; rrset_ttl: number }>).map((r) => [r.rrset_type, r.rrset_ttl])).toEqual([
      ['A', 300],
      ['AAAA', 10800],
    ]);
    expect((await api('DELETE', `${records}/multi`)).status).toBe(204);
    expect((await api('GET', `${records}/multi`)).json).toEqual([]);
  });

  it('PATCH adds and removes values and returns the rrset', async () => {
    const answer = await api('PATCH', `${records}/%40/A`, { add_rrset_values: ['192.0.2.12'], remove_rrset_values: ['192.0.2.10'] });
    expect([answer.status, (answer.json as { rrset_values: string[] }).rrset_values]).toEqual([200, ['192.0.2.12']]);
  });
});

describe('domains', () => {
  it('lists domains and serves one', async () => {
    const list = await api('GET', '/domains');
    expect(list.json).toEqual([{ fqdn: zone, domain_href: `${emulator.url}/livedns/domains/${zone}`, domain_records_href: `${emulator.url}/livedns/domains/${zone}/records` }]);
    expect(list.headers.get('total-count')).toBe('1');
    expect((await api('GET', `/domains/${zone}`)).json).toMatchObject({ fqdn: zone, automatic_snapshots: false });
    expect((await api('GET', '/domains/missing.example')).json).toEqual({ code: 404, message: 'The resource could not be found.', object: 'HTTPNotFound', cause: 'Not Found' });
    expect((await api('GET', `/domains/missing.example/records`)).status).toBe(404);
  });

  it('answers 404 on unknown paths and 405 on a wrong method', async () => {
    expect((await api('GET', '/nowhere')).status).toBe(404);
    expect((await api('POST', `/domains/${zone}`, {})).status).toBe(405);
  });
});

describe('snapshots', () => {
  it('creates (named or defaulted), lists, reads with zone_data, and deletes', async () => {
    const named = await api('POST', `/domains/${zone}/snapshots`, { name: 'before run 1' });
    expect(named.status).toBe(201);
    const id = (named.json as { id: string }).id;
    expect(named.headers.get('location')).toBe(`${emulator.url}/livedns/domains/${zone}/snapshots/${id}`);
    const unnamed = await api('POST', `/domains/${zone}/snapshots`);
    expect(unnamed.status).toBe(201);

    const list = (await api('GET', `/domains/${zone}/snapshots`)).json as Array<{ name: string; automatic: boolean; href: string }>;
    expect(list.map((s) => s.name)).toEqual(['before run 1', `${new Date().toISOString().slice(0, 10)} #1`]);
    expect(list[0]!.href).toBe(`${emulator.url}/livedns/domains/${zone}/snapshots/${id}`);

    const full = (await api('GET', `/domains/${zone}/snapshots/${id}`)).json as { zone_data: Array<Record<string, unknown>> };
    expect(full.zone_data).toEqual([
      { rrset_name: '@', rrset_type: 'A', rrset_ttl: 3600, rrset_values: ['192.0.2.10'] },
      { rrset_name: 'Mixed', rrset_type: 'A', rrset_ttl: 3600, rrset_values: ['192.0.2.20'] },
      { rrset_name: 'www', rrset_type: 'CNAME', rrset_ttl: 3600, rrset_values: ['web.example.net.'] },
    ]);
    expect((await api('DELETE', `/domains/${zone}/snapshots/${id}`)).status).toBe(204);
    expect((await api('GET', `/domains/${zone}/snapshots/${id}`)).status).toBe(404);
  });
});

describe('credentials', () => {
  it('answers 401 without, or with an unknown, credential', async () => {
    for (const auth of [null, 'Bearer nope', `Apikey ${emulator.token}`, 'Basic x']) {
      const answer = await api('GET', '/domains', undefined, auth);
      expect(answer.status).toBe(401);
      expect(answer.json).toMatchObject({ code: 401, object: 'HTTPUnauthorized', cause: 'Unauthorized' });
    }
  });

  it('hides zones outside a scoped token (404), refuses writes to a read-only one (403, JSON or HTML), and expires', async () => {
    await restart({
      tokens: [
        { token: 'scoped', zones: ['other.example'] },
        { token: 'viewer', readOnly: true },
        { token: 'html', readOnly: true, htmlForbidden: true },
        { token: 'old', expired: true },
        { token: 'legacy', scheme: 'Apikey' },
      ],
    });
    expect((await api('GET', '/domains', undefined, 'Bearer scoped')).json).toEqual([]);
    expect((await api('GET', records, undefined, 'Bearer scoped')).status).toBe(404);
    expect((await api('GET', records, undefined, 'Bearer viewer')).status).toBe(200);
    const denied = await api('PUT', `${records}/x/A`, { rrset_values: ['192.0.2.1'] }, 'Bearer viewer');
    expect([denied.status, denied.json]).toEqual([403, { code: 403, message: 'Access was denied to this resource.', object: 'HTTPForbidden', cause: 'Forbidden' }]);
    const html = await api('DELETE', `${records}/www/CNAME`, undefined, 'Bearer html');
    expect([html.status, html.headers.get('content-type'), html.json]).toEqual([403, 'text/html', undefined]);
    expect(html.text).toContain('<h1>403 Forbidden</h1>');
    expect((await api('GET', records, undefined, 'Bearer old')).status).toBe(401);
    expect((await api('GET', records, undefined, 'Apikey legacy')).status).toBe(200);
    expect((await api('GET', records, undefined, 'Bearer legacy')).status).toBe(401);
    // No default token is added when tokens are configured explicitly; the first one is `emulator.token`.
    expect((await api('GET', records, undefined, 'Bearer livedns-emulator-token')).status).toBe(401);
    expect(emulator.token).toBe('scoped');
  });
});

describe('faults', () => {
  async function statusesOf(count: number): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < count; i += 1) {
      statuses.push(await api('GET', records).then((a) => a.status, () => 0));
    }
    return statuses;
  }

  it('injects 429 (with Retry-After) and 5xx at the configured ratios, the same way for the same seed', async () => {
    emulator.faults = { seed: 7, rate429: 0.3, error5xx: 0.3, retryAfter: 4 };
    const first = await statusesOf(40);
    emulator.faults = { seed: 7, rate429: 0.3, error5xx: 0.3, retryAfter: 4 };
    const second = await statusesOf(40);
    expect(second).toEqual(first);
    expect(first.filter((s) => s === 429).length).toBeGreaterThan(3);
    expect(first.filter((s) => s >= 500).length).toBeGreaterThan(3);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(3);
    emulator.faults = { seed: 8, rate429: 0.3, error5xx: 0.3, retryAfter: 4 };
    expect(await statusesOf(40)).not.toEqual(first);
    emulator.faults = { rate429: 1, retryAfter: 4 };
    const limited = await api('GET', records);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '4']);
    expect(emulator.journal.at(-1)).toMatchObject({ status: 429, fault: 'rate429' });
  });

  it('resets connections, and adds latency', async () => {
    emulator.faults = { reset: 1 };
    await expect(api('GET', records)).rejects.toThrow();
    expect(emulator.journal.at(-1)).toMatchObject({ method: 'GET', status: 0, fault: 'reset' });
    emulator.faults = { latencyMs: 120 };
    await api('GET', records);
    expect(emulator.journal.at(-1)!.ms).toBeGreaterThanOrEqual(100);
  });

  it('fails exactly the nth matching request of a rule, and a failOn hook', async () => {
    emulator.faults = { rules: [parseFaultRule('PUT#2=503')], failOn: (r) => (r.method === 'DELETE' && r.path.endsWith('/www/CNAME') ? 418 : undefined) };
    const puts = [];
    for (const name of ['a', 'b', 'c']) puts.push((await api('PUT', `${records}/${name}/A`, { rrset_values: ['192.0.2.1'], rrset_ttl: 300 })).status);
    expect(puts).toEqual([201, 503, 201]);
    expect(emulator.state.domains[zone]!.rrsets.some((r) => r.rrset_name === 'b')).toBe(false);
    expect((await api('DELETE', `${records}/www/CNAME`)).status).toBe(418);
  });

  it('drop-response performs the write but never answers', async () => {
    emulator.faults = { rules: [{ method: 'PUT', path: '/records/@/A', action: 'drop-response' }] };
    await expect(api('PUT', `${records}/%40/A`, { rrset_values: ['192.0.2.99'], rrset_ttl: 300 })).rejects.toThrow();
    expect(emulator.state.domains[zone]!.rrsets.find((r) => r.rrset_name === '@' && r.rrset_type === 'A')!.rrset_values).toEqual(['192.0.2.99']);
  });

  it('hang holds a request until the emulator closes; waitForRequest sees it arrive', async () => {
    emulator.faults = { rules: [{ method: 'PUT', nth: 2, action: 'hang' }] };
    await api('PUT', `${records}/one/A`, { rrset_values: ['192.0.2.1'], rrset_ttl: 300 });
    const pending = api('PUT', `${records}/two/A`, { rrset_values: ['192.0.2.2'], rrset_ttl: 300 }).catch((e: unknown) => e);
    const seen = await emulator.waitForRequest((r) => r.method === 'PUT' && r.path.endsWith('/two/A'));
    expect(seen).toMatchObject({ index: 2, body: { rrset_values: ['192.0.2.2'], rrset_ttl: 300 } });
    await emulator.close();
    expect(await pending).toBeInstanceOf(Error);
    expect(emulator.state.domains[zone]!.rrsets.some((r) => r.rrset_name === 'two')).toBe(false);
  });

  it('emulates a server-side limit per rolling minute', async () => {
    emulator.faults = { limitPerMinute: 3 };
    expect(await statusesOf(5)).toEqual([200, 200, 200, 429, 429]);
    expect(emulator.journal.at(-1)).toMatchObject({ fault: 'limit' });
  });

  it('parses the short and JSON rule forms', () => {
    expect(parseFaultRule('PUT#3=503')).toEqual({ method: 'PUT', nth: 3, action: 503 });
    expect(parseFaultRule('DELETE /records/old/A=reset')).toEqual({ method: 'DELETE', path: '/records/old/A', action: 'reset' });
    expect(parseFaultRule('POST /snapshots#2x3=hang')).toEqual({ method: 'POST', path: '/snapshots', nth: 2, times: 3, action: 'hang' });
    expect(parseFaultRule('GET')).toEqual({ method: 'GET', action: 500 });
    expect(parseFaultRule('{"method":"PUT","action":"drop-response"}')).toEqual({ method: 'PUT', action: 'drop-response' });
    expect(() => parseFaultRule('PUT=explode')).toThrow(/needs an action/);
    expect(() => parseFaultRule('{broken')).toThrow(/not valid JSON/);
  });
});

describe('journal and state files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'livedns-emulator-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('appends one JSON line per request to the journal file', async () => {
    const file = path.join(dir, 'journal.jsonl');
    await restart({ journalFile: file });
    await api('GET', records);
    await api('GET', '/domains/nope.example');
    await emulator.close();
    const lines = (await readFile(file, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => [l.method, l.path, l.status])).toEqual([
      ['GET', `/v5/livedns${records}`, 200],
      ['GET', '/v5/livedns/domains/nope.example', 404],
    ]);
    expect(lines[0]).toEqual({ method: 'GET', path: `/v5/livedns${records}`, status: 200, ms: expect.any(Number), at: expect.stringMatching(/Z$/) });
  });

  it('saves the state as plain JSON that loads back the same', async () => {
    await api('PUT', `${records}/saved/TXT`, { rrset_values: ['kept'], rrset_ttl: 600 });
    await api('POST', `/domains/${zone}/snapshots`, { name: 's' });
    const file = path.join(dir, 'state.json');
    await emulator.saveState(file);
    const loaded = await loadState(file);
    expect(loaded).toEqual(JSON.parse(JSON.stringify(emulator.state)));
    expect(loaded.domains[zone]!.rrsets.find((r) => r.rrset_name === 'saved')!.rrset_values).toEqual(['"kept"']);
  });
});

describe('TXT helpers', () => {
  it('parses quoted strings and re-stores them idempotently', () => {
    expect(parseQuotedStrings('"a" "b\\"c" "d\\\\e" "\\065"')).toEqual(['a', 'b"c', 'd\\e', 'A']);
    expect(parseQuotedStrings('"unterminated')).toBeUndefined();
    expect(parseQuotedStrings('bare')).toBeUndefined();
    const stored = storeTxtValue(`x${'y'.repeat(600)}`);
    expect(stored.split('" "')).toHaveLength(3);
    expect(storeTxtValue(stored)).toBe(stored);
    expect(storeTxtValue('')).toBe('""');
  });
});
