/**
 * The few GitHub REST calls the Action makes, on the global `fetch` (so tests serve them with nock or a
 * loopback server): the pull request's comments (to keep ONE plan comment per key up to date) and the pull
 * request a pushed commit was merged from (for `require-reviewed-plan`).
 *
 * Failures are GitHubApiError values whose message tells a person what was refused and what to change,
 * e.g. the missing `pull-requests: write` permission. The token never appears in any message.
 */
import { UserError } from '../errors.js';
import { redact } from '../gandi/http.js';
import { parsePlanComment } from '../render/markdown.js';

export interface GitHubOptions {
  readonly token: string;
  /** `owner/name`. */
  readonly repository: string;
  /** The REST API root, GITHUB_API_URL on a runner (GitHub Enterprise Server differs). */
  readonly apiUrl?: string;
}

export interface IssueComment {
  readonly id: number;
  readonly body: string;
  readonly html_url?: string;
  readonly user?: { readonly login: string; readonly type?: string } | null;
}

export interface PullRequestSummary {
  readonly number: number;
  readonly state: string;
  readonly html_url?: string;
  readonly merged_at: string | null;
  readonly merge_commit_sha?: string | null;
  readonly base?: { readonly ref: string };
}

export interface GitHub {
  /** Every comment of an issue or pull request, all pages followed. */
  listIssueComments(issueNumber: number): Promise<IssueComment[]>;
  createIssueComment(issueNumber: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<IssueComment>;
  /** The pull requests associated with a commit (GET /repos/{owner}/{repo}/commits/{sha}/pulls). */
  pullRequestsForCommit(sha: string): Promise<PullRequestSummary[]>;
}

/** A refused or failed GitHub API call. `status` is 0 when no HTTP response arrived. */
export class GitHubApiError extends UserError {
  readonly status: number;
  readonly method: string;
  readonly path: string;
  constructor(message: string, details: { status: number; method: string; path: string; cause?: unknown }) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.status = details.status;
    this.method = details.method;
    this.path = details.path;
  }
}

const DEFAULT_API_URL = 'https://api.github.com';
const PER_PAGE = 100;
// A pull request with more than 10,000 comments is not one we can keep a sticky comment on sensibly anyway.
const MAX_PAGES = 100;

export function createGitHub(options: GitHubOptions): GitHub {
  const base = (options.apiUrl?.trim() || DEFAULT_API_URL).replace(/\/+$/, '');
  const repoPath = `/repos/${options.repository.split('/').map(encodeURIComponent).join('/')}`;

  async function call<T>(method: string, path: string, what: string, body?: unknown): Promise<{ data: T; next?: string }> {
    const url = path.startsWith('http') ? path : `${base}${path}`;
    // Pagination links come from the response: never send the token anywhere but the configured API.
    if (!url.startsWith(`${base}/`)) {
      throw new GitHubApiError(`Could not ${what}: GitHub pointed to ${url}, outside ${base}.`, { status: 0, method, path: url });
    }
    const shownPath = url.slice(base.length);
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${options.token}`,
          'x-github-api-version': '2022-11-28',
          'user-agent': 'livedns-gitops-action',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      throw new GitHubApiError(
        `Could not ${what}: the GitHub API at ${base} did not answer (${redact(describeCause(cause), options.token)}).`,
        { status: 0, method, path: shownPath, cause },
      );
    }
    const text = await response.text();
    if (!response.ok) {
      // GitHub's words are quoted in the message, and a proxy or a confused server may echo the request back.
      throw new GitHubApiError(refusalMessage(what, response, redact(text, options.token), base), { status: response.status, method, path: shownPath });
    }
    let data: T;
    try {
      data = (text === '' ? undefined : JSON.parse(text)) as T;
    } catch (cause) {
      throw new GitHubApiError(`Could not ${what}: GitHub answered ${response.status} with a body that is not JSON.`, { status: response.status, method, path: shownPath, cause });
    }
    return { data, next: nextLink(response.headers.get('link')) };
  }

  return {
    async listIssueComments(issueNumber) {
      const what = `list the comments of pull request #${issueNumber}`;
      const comments: IssueComment[] = [];
      let next: string | undefined = `${repoPath}/issues/${issueNumber}/comments?per_page=${PER_PAGE}`;
      for (let page = 0; next !== undefined && page < MAX_PAGES; page += 1) {
        const result: { data: IssueComment[]; next?: string } = await call<IssueComment[]>('GET', next, what);
        comments.push(...result.data);
        next = result.next;
      }
      return comments;
    },
    async createIssueComment(issueNumber, body) {
      return (await call<IssueComment>('POST', `${repoPath}/issues/${issueNumber}/comments`, `comment on pull request #${issueNumber}`, { body })).data;
    },
    async updateIssueComment(commentId, body) {
      return (await call<IssueComment>('PATCH', `${repoPath}/issues/comments/${commentId}`, `update the plan comment ${commentId}`, { body })).data;
    },
    async pullRequestsForCommit(sha) {
      const what = `find the pull request merged by commit ${sha.slice(0, 12)}`;
      return (await call<PullRequestSummary[]>('GET', `${repoPath}/commits/${encodeURIComponent(sha)}/pulls`, what)).data;
    },
  };
}

/**
 * The plan comment with this key, if any. When several carry the key (e.g. one was copied by hand), the one a
 * bot wrote wins, then the oldest: updates always land on the same comment.
 */
export async function findPlanComment(github: GitHub, issueNumber: number, key: string): Promise<IssueComment | undefined> {
  const ours = (await github.listIssueComments(issueNumber)).filter((comment) => parsePlanComment(comment.body ?? '')?.key === key);
  return ours.find((comment) => comment.user?.type === 'Bot') ?? ours[0];
}

/** Creates the plan comment with this key, or updates it in place: one comment per key, always current. */
export async function upsertPlanComment(
  github: GitHub,
  issueNumber: number,
  key: string,
  body: string,
): Promise<{ comment: IssueComment; created: boolean }> {
  const existing = await findPlanComment(github, issueNumber, key);
  if (existing === undefined) return { comment: await github.createIssueComment(issueNumber, body), created: true };
  if (existing.body === body) return { comment: existing, created: false };
  return { comment: await github.updateIssueComment(existing.id, body), created: false };
}

/**
 * The pull request whose merge produced `sha`: the merged one whose merge commit is `sha`, else the only merged
 * one associated with it. Undefined when the commit was pushed directly.
 */
export async function mergedPullRequestForCommit(github: GitHub, sha: string): Promise<PullRequestSummary | undefined> {
  const merged = (await github.pullRequestsForCommit(sha)).filter((pull) => pull.merged_at !== null && pull.merged_at !== undefined);
  return merged.find((pull) => pull.merge_commit_sha === sha) ?? (merged.length === 1 ? merged[0] : undefined);
}

function refusalMessage(what: string, response: Response, text: string, base: string): string {
  const status = response.status;
  const said = githubMessage(text);
  const quoted = said === undefined ? '' : `: "${said}"`;
  if (status === 401) {
    return `Could not ${what}: GitHub rejected the token (401${quoted}). Check the \`github-token\` input; the default \`\${{ github.token }}\` works.`;
  }
  if ((status === 403 || status === 429) && (response.headers.get('x-ratelimit-remaining') === '0' || /rate limit/i.test(said ?? ''))) {
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : '';
    return `Could not ${what}: GitHub's API rate limit is exhausted${when} (${status}${quoted}). Re-run the job later.`;
  }
  if (status === 403) {
    return `Could not ${what}: GitHub refused it (403${quoted}). The token lacks permission: give the job ` +
      '`permissions: { contents: read, pull-requests: write }`. On pull requests from forks the GITHUB_TOKEN is ' +
      'read-only: set the `comment` input to false there (the plan is in the job summary).';
  }
  if (status === 404) {
    return `Could not ${what}: GitHub answered 404${quoted} from ${base}. Check GITHUB_REPOSITORY and that the token may read ` +
      'this repository and its pull requests (`contents: read`, `pull-requests: read`).';
  }
  if (status === 422) {
    return `Could not ${what}: GitHub refused the request as invalid (422${quoted}).`;
  }
  return `Could not ${what}: GitHub answered ${status}${quoted}.${status >= 500 ? ' GitHub may be having trouble: re-run the job.' : ''}`;
}

function githubMessage(text: string): string | undefined {
  try {
    const parsed = JSON.parse(text) as { message?: unknown; errors?: unknown };
    if (typeof parsed.message !== 'string') return undefined;
    const details = Array.isArray(parsed.errors)
      ? parsed.errors.map((error) => (typeof error === 'string' ? error : (error as { message?: unknown })?.message)).filter((entry): entry is string => typeof entry === 'string')
      : [];
    return [parsed.message, ...details].join(': ').slice(0, 300);
  } catch {
    return undefined;
  }
}

function nextLink(header: string | null): string | undefined {
  if (header === null) return undefined;
  for (const part of header.split(',')) {
    const match = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (match?.[1]) return match[1];
  }
  return undefined;
}

function describeCause(cause: unknown): string {
  if (cause instanceof Error) {
    const inner = cause.cause instanceof Error ? `: ${cause.cause.message}` : '';
    return `${cause.message}${inner}`;
  }
  return String(cause);
}
