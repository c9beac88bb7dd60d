// Cases the emulator cannot show (or should not be trusted to show): recorded Gandi and proxy bodies served
// by undici's MockAgent. Bodies follow /work/shared/livedns-examples.json and the fact sheet.
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLiveDnsClient, type HttpLiveDnsClient } from '../../src/gandi/client.js';
import { GandiApiError, parseGandiErrorBody } from '../../src/gandi/errors.js';
import { UserError } from '../../src/errors.js';
import { fakeClock } from '../helpers/gandi.js';

const origin = 'https://api.gandi.net';
const zone = 'example.com';
const jsonUtf8 = { 'content-type': 'application/json; charset=utf-8' };
const jsonError = { 'content-type': 'application/json; charset=UTF-8' };

let agent: MockAgent;
let client: HttpLiveDnsClient;

function intercept(method: string, pathPrefix: string) {
  return agent.get(origin).intercept({ method, path: (path: string) => path.startsWith(pathPrefix) });
}

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  client = createLiveDnsClient({ token: 'pat_abc-123', dispatcher: agent, clock: fakeClock(), random: () => 0, log: () => undefined });
});

afterEach(async () => {
  await client.close();
  await agent.close();
});

describe('recorded success bodies', () => {
  it('reads the fixture record list (lower-case total-count) in one request', async () => {
    const body = [
      { rrset_name: '@', rrset_type: 'A', rrset_ttl: 3600, rrset_values: ['192.0.2.10'], rrset_href: `${origin}/v5/livedns/domains/${zone}/records/%40/A` },
      { rrset_name: 'www', rrset_type: 'CNAME', rrset_ttl: 3600, rrset_values: ['web.example.net.'] },
    ];
    intercept('GET', `/v5/livedns/domains/${zone}/records?`).reply(200, body, { headers: { ...jsonUtf8, 'total-count': '2' } });
    expect(await client.listRecords(zone)).toEqual(body);
    agent.assertNoPendingInterceptors();
  });

  it('stops at an empty page when there is no Total-Count', async () => {
    const item = { rrset_name: 'a', rrset_type: 'A', rrset_ttl: 300, rrset_values: ['192.0.2.1'] };
    const paged = createLiveDnsClient({ token: 'pat_abc-123', dispatcher: agent, perPage: 1, log: () => undefined });
    try {
      intercept('GET', `/v5/livedns/domains/${zone}/records?page=1&`).reply(200, [item], { headers: jsonUtf8 });
      intercept('GET', `/v5/livedns/domains/${zone}/records?page=2&`).reply(200, [{ ...item, rrset_name: 'b' }], { headers: jsonUtf8 });
      intercept('GET', `/v5/livedns/domains/${zone}/records?page=3&`).reply(200, [], { headers: jsonUtf8 });
      expect((await paged.listRecords(zone)).map((r) => r.rrset_name)).toEqual(['a', 'b']);
      agent.assertNoPendingInterceptors();
    } finally {
      await paged.close();
    }
  });

  it('accepts snapshot_href (go-gandi\'s name) for a snapshot\'s link', async () => {
    intercept('GET', `/v5/livedns/domains/${zone}/snapshots/abc`).reply(
      200,
      { id: 'abc', name: 'n', created_at: '2024-05-02T10:15:01Z', automatic: false, snapshot_href: `${origin}/x/abc`, zone_data: [] },
      { headers: jsonUtf8 },
    );
    expect(await client.getSnapshot(zone, 'abc')).toEqual({ id: 'abc', name: 'n', created_at: '2024-05-02T10:15:01Z', automatic: false, href: `${origin}/x/abc`, zone_data: [] });
  });

  it('finds a snapshot by name when the POST answer carries no id', async () => {
    intercept('POST', `/v5/livedns/domains/${zone}/snapshots`).reply(201, { message: 'Snapshot Created' }, { headers: jsonUtf8 });
    intercept('GET', `/v5/livedns/domains/${zone}/snapshots?`).reply(
      200,
      [
        { id: 'old', name: 'run 1', created_at: '2024-05-01T00:00:00Z', automatic: false },
        { id: 'new', name: 'run 1', created_at: '2024-05-02T00:00:00Z', automatic: false },
      ],
      { headers: { ...jsonUtf8, 'total-count': '2' } },
    );
    expect(await client.createSnapshot(zone, 'run 1')).toEqual({ id: 'new' });
  });

  it('refuses an answer of the wrong shape with a message, not a crash', async () => {
    intercept('GET', `/v5/livedns/domains/${zone}/records?`).reply(200, '<html>maintenance</html>', { headers: { 'content-type': 'text/html' } });
    const error = await client.listRecords(zone).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(`could not list the rrsets of zone ${zone}: GET /livedns/domains/${zone}/records did not answer a JSON list`);
  });
});

describe('recorded error bodies', () => {
  it('survives a 403 that is an HTML page', async () => {
    intercept('PUT', `/v5/livedns/domains/${zone}/records/www/A`).reply(
      403,
      '<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body><center><h1>403 Forbidden</h1></center></body>\r\n</html>',
      { headers: { 'content-type': 'text/html' } },
    );
    const error = (await client.putRrset(zone, 'www', 'A', 300, ['192.0.2.1']).catch((e: unknown) => e)) as GandiApiError;
    expect(error).toBeInstanceOf(GandiApiError);
    expect(error).toMatchObject({ status: 403, object: undefined, bodyText: '403 Forbidden 403 Forbidden', attempts: 1 });
    expect(error.message).toBe(
      `could not write rrset www A in zone ${zone}: PUT /livedns/domains/${zone}/records/www/A answered 403 (403 Forbidden 403 Forbidden). ` +
        'The token is expired, revoked, or lacks "Manage domain name technical configurations" for example.com: create a new ' +
        'Personal Access Token with that permission (Gandi admin > Organization > Sharing > Personal Access Tokens) and set GANDI_PERSONAL_ACCESS_TOKEN.',
    );
  });

  it('survives a 502 plain-text page from a proxy, retrying it', async () => {
    intercept('GET', `/v5/livedns/domains/${zone}`).reply(502, '502 Bad Gateway', { headers: { 'content-type': 'text/plain' } }).times(5);
    const error = (await client.getDomain(zone).catch((e: unknown) => e)) as GandiApiError;
    expect(error).toMatchObject({ status: 502, attempts: 5, bodyText: '502 Bad Gateway' });
    expect(error.message).toMatch(/^could not read LiveDNS domain example\.com: GET \/livedns\/domains\/example\.com answered 502 \(502 Bad Gateway\) \(5 attempts/);
  });

  it('lists the field errors of the validation shape', async () => {
    intercept('PUT', `/v5/livedns/domains/${zone}/records`).reply(
      400,
      { status: 'error', errors: [{ location: 'body', name: 'items', description: "'198.51.100.53': invalid hostname" }] },
      { headers: jsonError },
    );
    const error = (await client.replaceZone(zone, [{ rrset_name: 'lab', rrset_type: 'NS', rrset_ttl: 3600, rrset_values: ['198.51.100.53'] }]).catch((e: unknown) => e)) as GandiApiError;
    expect(error.errors).toEqual([{ location: 'body', name: 'items', description: "'198.51.100.53': invalid hostname" }]);
    expect(error.message).toBe(
      `could not replace the rrsets of zone ${zone}: PUT /livedns/domains/${zone}/records answered 400. Gandi rejected these fields:\n` +
        "  - body items: '198.51.100.53': invalid hostname",
    );
  });

  it('reads the documented shape with a charset-suffixed content type', async () => {
    intercept('GET', `/v5/livedns/domains/${zone}/snapshots/x`).reply(
      401,
      { code: 401, message: 'The server could not verify that you authorized to access the document you requested.', object: 'HTTPUnauthorized', cause: 'Unauthorized' },
      { headers: jsonError },
    );
    const error = (await client.getSnapshot(zone, 'x').catch((e: unknown) => e)) as GandiApiError;
    expect(error).toMatchObject({ status: 401, object: 'HTTPUnauthorized', cause: 'Unauthorized', gandiMessage: expect.stringMatching(/^The server could not verify/) });
  });

  it('says a 409 as Gandi said it', async () => {
    intercept('DELETE', `/v5/livedns/domains/${zone}/snapshots/s1`).reply(409, { code: 409, message: 'This record already exists', object: 'dns-record', cause: 'Conflict' }, { headers: jsonError });
    await expect(client.deleteSnapshot(zone, 's1')).rejects.toThrow(
      `could not delete snapshot s1 of zone ${zone}: DELETE /livedns/domains/${zone}/snapshots/s1 answered 409 dns-record (This record already exists).`,
    );
  });
});

describe('parseGandiErrorBody', () => {
  it.each([
    ['documented shape', '{"code":404,"message":"m","object":"HTTPNotFound","cause":"Not Found"}', 'application/json; charset=UTF-8', { code: 404, message: 'm', object: 'HTTPNotFound', cause: 'Not Found', errors: [] }],
    ['validation shape', '{"status":"error","errors":[{"location":"body","name":"rrset_ttl","description":"too low"}]}', 'application/json', { errors: [{ location: 'body', name: 'rrset_ttl', description: 'too low' }] }],
    ['JSON without a JSON content type', '{"message":"m"}', 'text/plain', { message: 'm', errors: [] }],
    ['a JSON content type on a broken body', '{"message":', 'application/json', { errors: [], text: '{"message":' }],
    ['a plain-text body', 'upstream connect error', 'text/plain', { errors: [], text: 'upstream connect error' }],
    ['an empty body', '', undefined, { errors: [] }],
    ['a JSON array', '["x"]', 'application/json', { errors: [], text: '["x"]' }],
  ])('reads %s', (_name, text, contentType, expected) => {
    expect(parseGandiErrorBody(text, contentType)).toEqual(expect.objectContaining(expected));
  });

  it('keeps a long page to a short excerpt', () => {
    const parsed = parseGandiErrorBody(`<html><style>p{}</style><p>${'x'.repeat(500)}</p></html>`, 'text/html');
    expect(parsed.text).toBe(`${'x'.repeat(200)}...`);
  });
});
