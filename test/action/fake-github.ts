/**
 * A fake of the few GitHub REST endpoints the Action calls, with state: issue comments and the pull requests
 * of commits. One handler, two ways to serve it: nock (for run() in this process, whose global fetch nock
 * intercepts) and a loopback HTTP server (for `node dist/action.js` in a child process, which nock cannot see).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
}

export interface FakePull {
  number: number;
  state: string;
  merged_at: string | null;
  merge_commit_sha: string | null;
  html_url: string;
}

export interface Served {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

export interface FakeGitHubOptions {
  readonly repository: string;
  readonly token: string;
  /** Comments per page, small so that tests exercise pagination. */
  readonly perPage?: number;
  /** Makes every comment write answer 403, as GitHub does with a read-only token. */
  readonly readOnly?: boolean;
}

export class FakeGitHub {
  readonly comments = new Map<number, FakeComment[]>();
  readonly pullsByCommit = new Map<string, FakePull[]>();
  readonly requests: { method: string; path: string }[] = [];
  private nextId = 1000;
  constructor(readonly options: FakeGitHubOptions) {}

  commentsOn(issue: number): FakeComment[] {
    return this.comments.get(issue) ?? [];
  }

  addComment(issue: number, body: string, user = { login: 'github-actions[bot]', type: 'Bot' }): FakeComment {
    const id = this.nextId++;
    const comment = { id, body, user, html_url: `https://github.test/${this.options.repository}/pull/${issue}#issuecomment-${id}` };
    this.comments.set(issue, [...this.commentsOn(issue), comment]);
    return comment;
  }

  handle(method: string, url: string, authorization: string | undefined, body: unknown, origin: string): Served {
    const parsed = new URL(url, origin);
    this.requests.push({ method, path: parsed.pathname });
    if (authorization !== `Bearer ${this.options.token}`) return { status: 401, body: { message: 'Bad credentials' } };
    const repo = `/repos/${this.options.repository}`;
    const path = parsed.pathname;
    let match: RegExpExecArray | null;
    if ((match = new RegExp(`^${repo}/issues/(\\d+)/comments$`).exec(path))) {
      const issue = Number(match[1]);
      if (method === 'GET') {
        const perPage = this.options.perPage ?? Number(parsed.searchParams.get('per_page') ?? 30);
        const page = Number(parsed.searchParams.get('page') ?? 1);
        const all = this.commentsOn(issue);
        const headers: Record<string, string> = {};
        if (page * perPage < all.length) {
          headers.link = `<${origin}${path}?per_page=${perPage}&page=${page + 1}>; rel="next"`;
        }
        return { status: 200, body: all.slice((page - 1) * perPage, page * perPage), headers };
      }
      if (method === 'POST') {
        if (this.options.readOnly) return { status: 403, body: { message: 'Resource not accessible by integration' } };
        return { status: 201, body: this.addComment(issue, (body as { body: string }).body) };
      }
    }
    if ((match = new RegExp(`^${repo}/issues/comments/(\\d+)$`).exec(path)) && method === 'PATCH') {
      if (this.options.readOnly) return { status: 403, body: { message: 'Resource not accessible by integration' } };
      const id = Number(match[1]);
      for (const list of this.comments.values()) {
        const comment = list.find((entry) => entry.id === id);
        if (comment) {
          comment.body = (body as { body: string }).body;
          return { status: 200, body: comment };
        }
      }
      return { status: 404, body: { message: 'Not Found' } };
    }
    if ((match = new RegExp(`^${repo}/commits/([^/]+)/pulls$`).exec(path)) && method === 'GET') {
      return { status: 200, body: this.pullsByCommit.get(decodeURIComponent(match[1] ?? '')) ?? [] };
    }
    return { status: 404, body: { message: 'Not Found' } };
  }

  /** Serves this fake at `origin` through nock (persisting until nock.cleanAll()). */
  interceptWithNock(origin: string): void {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fake = this;
    for (const method of ['GET', 'POST', 'PATCH'] as const) {
      nock(origin)
        .persist()
        .intercept(() => true, method)
        .reply(function (uri, requestBody) {
          const authorization = this.req.headers.authorization as string | undefined;
          const body = typeof requestBody === 'string' && requestBody !== '' ? JSON.parse(requestBody) : requestBody || undefined;
          const served = fake.handle(method, uri, authorization, body, origin);
          return [served.status, served.body === undefined ? '' : JSON.stringify(served.body), { 'content-type': 'application/json', ...served.headers }];
        });
    }
  }

  /** Serves this fake on 127.0.0.1 (port 0) for child processes; close() stops it. */
  async listen(): Promise<{ url: string; close(): Promise<void> }> {
    const server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const origin = `http://${request.headers.host}`;
        const served = this.handle(request.method ?? 'GET', request.url ?? '/', request.headers.authorization, text === '' ? undefined : JSON.parse(text), origin);
        response.writeHead(served.status, { 'content-type': 'application/json; charset=utf-8', ...served.headers });
        response.end(served.body === undefined ? '' : JSON.stringify(served.body));
      });
    });
    server.keepAliveTimeout = 100;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    server.unref();
    return {
      url: `http://127.0.0.1:${port}`,
      close: () => new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    };
  }
}
