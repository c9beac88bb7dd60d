import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  GitHubApiError,
  createGitHub,
  findPlanComment,
  mergedPullRequestForCommit,
  upsertPlanComment,
} from '../../src/action/github.js';
import { commentMarker } from '../../src/render/markdown.js';

const API = 'https://github.api.test';
const TOKEN = 'ghs_secretTokenValue123';
const github = createGitHub({ token: TOKEN, repository: 'octo-org/dns', apiUrl: `${API}/` });

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});
afterAll(() => nock.enableNetConnect());

const comment = (id: number, body: string, type = 'Bot') => ({ id, body, user: { login: type === 'Bot' ? 'github-actions[bot]' : 'someone', type } });

describe('GitHub adapter', () => {
  it('follows every page of comments, sending the token and the API version', async () => {
    nock(API, { reqheaders: { authorization: `Bearer ${TOKEN}`, 'x-github-api-version': '2022-11-28' } })
      .get('/repos/octo-org/dns/issues/7/comments').query({ per_page: '100' })
      .reply(200, [comment(1, 'first')], { link: `<${API}/repos/octo-org/dns/issues/7/comments?per_page=100&page=2>; rel="next", <${API}/x?page=3>; rel="last"` })
      .get('/repos/octo-org/dns/issues/7/comments').query({ per_page: '100', page: '2' })
      .reply(200, [comment(2, 'second')], { link: `<${API}/repos/octo-org/dns/issues/7/comments?per_page=100&page=1>; rel="prev"` });
    const comments = await github.listIssueComments(7);
    expect(comments.map((entry) => entry.id)).toEqual([1, 2]);
  });

  it('refuses to follow a pagination link to another host (the token would go with it)', async () => {
    nock(API).get('/repos/octo-org/dns/issues/7/comments').query(true)
      .reply(200, [], { link: '<https://evil.test/steal?page=2>; rel="next"' });
    const error = await github.listIssueComments(7).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect(String(error)).toContain('outside https://github.api.test');
  });

  it('finds our comment by its key among others and updates it in place', async () => {
    const ours = `${commentMarker('zones', 'sha256:old')}\n\nold plan`;
    nock(API)
      .get('/repos/octo-org/dns/issues/7/comments').query(true)
      .reply(200, [
        comment(1, 'LGTM', 'User'),
        comment(2, `${commentMarker('zones#staging', 'sha256:x')}\nother workflow`),
        comment(3, ours),
      ])
      .patch('/repos/octo-org/dns/issues/comments/3', { body: 'new plan' })
      .reply(200, comment(3, 'new plan'));
    const result = await upsertPlanComment(github, 7, 'zones', 'new plan');
    expect(result).toEqual({ comment: comment(3, 'new plan'), created: false });
  });

  it('creates the comment when none carries the key', async () => {
    nock(API)
      .get('/repos/octo-org/dns/issues/7/comments').query(true)
      .reply(200, [comment(2, `${commentMarker('zones#staging')}\nother workflow`)])
      .post('/repos/octo-org/dns/issues/7/comments', { body: 'plan' })
      .reply(201, comment(9, 'plan'));
    const result = await upsertPlanComment(github, 7, 'zones', 'plan');
    expect(result.created).toBe(true);
    expect(result.comment.id).toBe(9);
  });

  it('prefers the comment a bot wrote over a copy a person pasted', async () => {
    nock(API).get('/repos/octo-org/dns/issues/7/comments').query(true)
      .reply(200, [comment(1, commentMarker('zones', 'sha256:pasted'), 'User'), comment(2, commentMarker('zones', 'sha256:real'))]);
    expect((await findPlanComment(github, 7, 'zones'))?.id).toBe(2);
  });

  it('finds the merged pull request of a commit by its merge commit', async () => {
    nock(API).get('/repos/octo-org/dns/commits/abc123/pulls').reply(200, [
      { number: 3, state: 'open', merged_at: null },
      { number: 5, state: 'closed', merged_at: '2026-01-01T00:00:00Z', merge_commit_sha: 'other' },
      { number: 4, state: 'closed', merged_at: '2026-01-02T00:00:00Z', merge_commit_sha: 'abc123' },
    ]);
    expect((await mergedPullRequestForCommit(github, 'abc123'))?.number).toBe(4);
  });

  it('finds no pull request for a commit pushed directly', async () => {
    nock(API).get('/repos/octo-org/dns/commits/abc123/pulls').reply(200, []);
    expect(await mergedPullRequestForCommit(github, 'abc123')).toBeUndefined();
  });

  it.each([
    [403, { message: 'Resource not accessible by integration' }, {}, /\(403: "Resource not accessible by integration"\)\. The token lacks permission: give the job `permissions: \{ contents: read, pull-requests: write \}`/],
    [403, { message: 'API rate limit exceeded' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1767225600' }, /rate limit is exhausted until 2026-01-01T00:00:00.000Z/],
    [401, { message: 'Bad credentials' }, {}, /GitHub rejected the token \(401: "Bad credentials"\)\. Check the `github-token` input/],
    [404, { message: 'Not Found' }, {}, /GitHub answered 404: "Not Found" from https:\/\/github.api.test\..*contents: read/],
    [422, { message: 'Validation Failed', errors: [{ message: 'body is too long (maximum is 65536 characters)' }] }, {}, /\(422: "Validation Failed: body is too long \(maximum is 65536 characters\)"\)/],
    [502, 'bad gateway', {}, /GitHub answered 502\. GitHub may be having trouble/],
  ])('explains a %i for a person, without the token', async (status, body, headers, expected) => {
    nock(API).post('/repos/octo-org/dns/issues/7/comments').reply(status, body as never, headers);
    const error = await github.createIssueComment(7, 'x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(status);
    expect((error as GitHubApiError).message).toMatch(/^Could not comment on pull request #7: /);
    expect((error as GitHubApiError).message).toMatch(expected);
    expect((error as GitHubApiError).message).not.toContain(TOKEN);
  });

  it('explains a network failure', async () => {
    nock(API).get('/repos/octo-org/dns/commits/abc/pulls').replyWithError('socket hang up');
    const error = await github.pullRequestsForCommit('abc').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(0);
    expect((error as GitHubApiError).message).toContain('Could not find the pull request merged by commit abc: the GitHub API at https://github.api.test did not answer');
    expect((error as GitHubApiError).message).toContain('socket hang up');
  });
});
