/**
 * The request core shared by every Gandi API client (LiveDNS now, the Domain API later): credentials,
 * `sharing_id`, the keep-alive pool and in-flight bound, the rate limiter, timeouts, retries, error
 * mapping, pagination and debug logging. API clients only say which path to call and what it means.
 */
import type * as UndiciModule from 'undici';
import type { Dispatcher } from 'undici';
import { UserError } from '../errors.js';
import { GandiApiError, isJsonMediaType, parseGandiErrorBody, type AuthScheme, type GandiErrorBody } from './errors.js';
import { RateLimiter, systemClock, type Clock } from './limiter.js';
import {
  DEFAULT_MAX_IN_FLIGHT,
  DEFAULT_PER_PAGE,
  DEFAULT_TIMEOUT_MS,
  resolveBaseUrl,
  type ClientOptions,
} from './options.js';
import { DEFAULT_RETRY_POLICY, backoffDelay, isRetryableStatus, isTransientCode, parseRetryAfter, type RetryPolicy } from './retry.js';

/** The API families below the root: `https://api.gandi.net/v5/livedns`, `.../v5/domain`. */
export type GandiApi = 'livedns' | 'domain';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface GandiRequest {
  api: GandiApi;
  method: HttpMethod;
  /** Path below the API family, segments already percent-encoded: `/domains/example.com/records`. */
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** What the caller is doing, for messages: "list the rrsets of zone example.com". */
  action: string;
  /** The zone concerned, if any: it makes 401/403/404 advice specific. */
  zone?: string;
  /** Retry on 429, 5xx, timeouts and resets. Default: yes for GET, PUT and DELETE (idempotent), no otherwise. */
  retry?: boolean;
  /** listAll: items per page, when this collection needs another size than the client's per_page. */
  perPage?: number;
  /**
   * A later page of a listing already under way (listAll sets it): it waits for a slot ahead of requests
   * not yet started. Otherwise a listing that started first (the Domain API's domain list) has its last
   * page queued behind every zone read, and costs a round trip after them.
   */
  continuation?: boolean;
}

export interface GandiResponse {
  status: number;
  headers: Record<string, string | undefined>;
  /** Parsed JSON when the response was JSON, the text otherwise, undefined when empty. */
  data: unknown;
}

type Outcome =
  | { kind: 'response'; status: number; headers: Record<string, string | undefined>; text: string }
  | { kind: 'transport'; failure: 'timeout' | 'network'; code: string; detail?: string };

const USER_AGENT = 'livedns-gitops (+https://github.com/livedns-gitops)';

type Undici = typeof UndiciModule;
let undiciModule: Promise<Undici> | undefined;

/**
 * undici, loaded on the first request: it is the costliest module the CLI loads (about 0.1 s from
 * node_modules, 0.04 s evaluated from the CLI bundle, which keeps it lazy too), and a run that stops at
 * validation (a broken zone file, `livedns validate`) never needs it.
 */
function undici(): Promise<Undici> {
  undiciModule ??= import('undici');
  return undiciModule;
}

/**
 * A counting semaphore: bounds requests in flight regardless of what the dispatcher allows. Waiters are
 * served first come, first served, except that a request marked `first` (the next page of a listing
 * already under way) goes before every request not yet started.
 */
class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];
  private readonly waitingFirst: Array<() => void> = [];
  constructor(size: number) {
    this.free = size;
  }
  async acquire(first = false): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return;
    }
    await new Promise<void>((resolve) => (first ? this.waitingFirst : this.waiting).push(resolve));
  }
  /** Frees a slot; true when it went straight to a waiting request. */
  release(): boolean {
    const next = this.waitingFirst.shift() ?? this.waiting.shift();
    if (next === undefined) this.free += 1;
    else next();
    return next !== undefined;
  }
}

/**
 * Resolves once a request handed a slot has been written. It is dispatched within microtasks, but undici
 * writes a request on a reused keep-alive socket only in the next check phase (it first lets whatever the
 * idle socket received be read), so one turn of the event loop is not enough: this waits two.
 */
const afterNextRequestWritten = (): Promise<void> => new Promise((resolve) => setImmediate(() => setImmediate(resolve)));

function headerRecord(headers: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function transportCode(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { code, name } = error as { code?: unknown; name?: unknown };
    if (typeof code === 'string' && code !== '') return code;
    if (typeof name === 'string' && name !== '') return name;
  }
  return 'unknown error';
}

/** Replaces every occurrence of the secret; used on everything that could end up in a message. */
export function redact(text: string, secret: string): string {
  return secret === '' ? text : text.split(secret).join('***');
}

/**
 * Checks the credential before any request: present, and sendable as a header value. The messages name
 * the variable to set and never echo the value.
 */
function checkToken(token: string | undefined): string {
  if (token === undefined || token.trim() === '') {
    throw new UserError(
      'no Gandi credentials: set GANDI_PERSONAL_ACCESS_TOKEN to a Personal Access Token with the ' +
        '"Manage domain name technical configurations" permission (create one in Gandi\'s admin under ' +
        'Organization > Sharing > Personal Access Tokens)',
    );
  }
  if (!/^[\x21-\x7e]+$/.test(token.trim())) {
    throw new UserError('GANDI_PERSONAL_ACCESS_TOKEN holds spaces or non-printable characters: paste the token again');
  }
  return token.trim();
}

/** Where HTTP goes and how it behaves: built once per client from ClientOptions. */
export class GandiHttp {
  readonly baseUrl: string;
  readonly perPage: number;
  readonly policy: RetryPolicy;
  readonly limiter: RateLimiter;
  readonly clock: Clock;
  readonly random: () => number;
  readonly authScheme: AuthScheme;
  private readonly credentialName: string | undefined;
  private readonly token: string;
  private readonly sharingId: string | undefined;
  private readonly timeoutMs: number;
  private readonly slots: Slots;
  /** The caller's dispatcher, or our keep-alive Agent once the first request has created it. */
  private dispatcher: Dispatcher | undefined;
  private readonly ownsDispatcher: boolean;
  private readonly maxInFlight: number;
  private readonly debug: boolean;
  private readonly log: (line: string) => void;

  constructor(options: ClientOptions) {
    this.token = checkToken(options.token);
    this.authScheme = options.authScheme ?? 'Bearer';
    this.credentialName = options.credentialName;
    try {
      this.baseUrl = resolveBaseUrl(options.baseUrl);
    } catch (error) {
      // The message quotes the URL, and someone may have pasted the token into it.
      if (error instanceof UserError) throw new UserError(redact(error.message, this.token));
      throw error;
    }
    this.sharingId = options.sharingId;
    this.perPage = options.perPage ?? DEFAULT_PER_PAGE;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.policy = {
      maxAttempts: options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts,
      deadlineMs: options.deadlineMs ?? DEFAULT_RETRY_POLICY.deadlineMs,
      baseDelayMs: options.retryBaseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs,
      maxDelayMs: options.retryMaxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs,
    };
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
    const maxInFlight = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
    this.limiter = options.limiter ?? new RateLimiter({ requestsPerMinute: options.rateLimit, clock: this.clock, burst: maxInFlight });
    this.slots = new Slots(maxInFlight);
    this.ownsDispatcher = options.dispatcher === undefined;
    this.dispatcher = options.dispatcher;
    this.maxInFlight = maxInFlight;
    this.debug = options.debug ?? false;
    this.log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
    if (this.authScheme === 'Apikey') {
      this.log(
        'warning: GANDI_API_KEY is deprecated by Gandi (keys cannot be scoped or newly created): ' +
          'create a Personal Access Token and set GANDI_PERSONAL_ACCESS_TOKEN instead',
      );
    }
  }

  /** Writes a line to the log with the credential redacted, whatever the caller put in it. */
  private emit(line: string): void {
    this.log(redact(line, this.token));
  }

  private url(req: GandiRequest): { url: string; shown: string } {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(req.query ?? {})) {
      if (value !== undefined) params.set(name, String(value));
    }
    if (this.sharingId !== undefined) params.set('sharing_id', this.sharingId);
    const path = `/${req.api}${req.path}`;
    const query = params.toString();
    return { url: `${this.baseUrl}${path}${query === '' ? '' : `?${query}`}`, shown: query === '' ? path : `${path}?${query}` };
  }

  private async attempt(req: GandiRequest, url: string): Promise<Outcome> {
    // Loaded before the timer starts: the first load is not the server's time.
    const { Agent, request } = await undici();
    this.dispatcher ??= new Agent({
      connections: this.maxInFlight,
      keepAliveTimeout: 30_000,
      keepAliveMaxTimeout: 120_000,
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
    });
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    try {
      const headers: Record<string, string> = {
        authorization: `${this.authScheme} ${this.token}`,
        accept: 'application/json',
        'user-agent': USER_AGENT,
      };
      let body: string | undefined;
      if (req.body !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(req.body);
      }
      const response = await request(url, {
        dispatcher: this.dispatcher,
        method: req.method,
        headers,
        body,
        signal: controller.signal,
      });
      const text = await response.body.text();
      return { kind: 'response', status: response.statusCode, headers: headerRecord(response.headers), text };
    } catch (error) {
      if (timedOut) return { kind: 'transport', failure: 'timeout', code: 'timeout' };
      const code = transportCode(error);
      const failure = code.includes('TIMEOUT') || code === 'ETIMEDOUT' ? 'timeout' : 'network';
      // Only the code survives, plus a redacted message for codes we do not know: undici's messages
      // (MockAgent's in particular) can quote request headers.
      const detail = isTransientCode(code) || !(error instanceof Error) ? undefined : redact(error.message, this.token);
      return { kind: 'transport', failure, code, detail };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Backoff before attempt `attempt + 1`, honouring a Retry-After. */
  backoff(attempt: number, retryAfterMs?: number): number {
    return backoffDelay(this.policy, attempt, this.random, retryAfterMs);
  }

  /**
   * Sends one request, retrying idempotent ones. Resolves with 2xx responses; throws GandiApiError for
   * anything else, after the retries the policy allows.
   */
  async send(req: GandiRequest): Promise<GandiResponse> {
    const { url, shown } = this.url(req);
    const path = `/${req.api}${req.path}`;
    const retry = req.retry ?? (req.method === 'GET' || req.method === 'PUT' || req.method === 'DELETE');
    let firstStart: number | undefined;
    let earlierAttemptUncertain = false;

    for (let attempt = 1; ; attempt += 1) {
      await this.slots.acquire(req.continuation === true);
      let outcome: Outcome;
      let started: number;
      let admittedAt: number;
      let handedOver = false;
      try {
        admittedAt = await this.limiter.acquire();
        started = performance.now();
        firstStart ??= this.clock.now();
        outcome = await this.attempt(req, url);
      } finally {
        handedOver = this.slots.release();
      }
      // The slot went to a waiting request: let it reach the socket before this answer is parsed and used
      // (JSON, canonical rrsets, planning by the caller), which would otherwise delay it by that much CPU.
      const ms = Math.round(performance.now() - started);
      if (handedOver) await afterNextRequestWritten();
      if (this.debug) {
        const result = outcome.kind === 'response' ? String(outcome.status) : outcome.code;
        this.emit(`livedns: ${req.method} ${shown} ${result} ${ms}ms${attempt > 1 ? ` (attempt ${attempt})` : ''}`);
      }

      let body: GandiErrorBody | undefined;
      let retryAfterMs: number | undefined;
      if (outcome.kind === 'response') {
        const contentType = outcome.headers['content-type'];
        if (outcome.status >= 200 && outcome.status < 300) {
          return { status: outcome.status, headers: outcome.headers, data: this.parseSuccess(outcome.text, contentType) };
        }
        body = parseGandiErrorBody(redact(outcome.text, this.token), contentType);
        if (outcome.status === 429) {
          retryAfterMs = parseRetryAfter(outcome.headers['retry-after'], this.clock.now());
          this.limiter.rateLimited(retryAfterMs, admittedAt);
        }
      }

      const elapsedMs = () => this.clock.now() - (firstStart ?? this.clock.now());
      const fail = (stoppedBy?: 'deadline' | 'retry-after') =>
        new GandiApiError({
          status: outcome.kind === 'response' ? outcome.status : 0,
          method: req.method,
          path,
          action: req.action,
          zone: req.zone,
          body,
          transport:
            outcome.kind === 'transport' ? { failure: outcome.failure, code: outcome.code, detail: outcome.detail, timeoutMs: this.timeoutMs } : undefined,
          attempts: attempt,
          elapsedMs: elapsedMs(),
          stoppedBy,
          authScheme: this.authScheme,
          credentialName: this.credentialName,
          retryAfterMs,
          earlierAttemptUncertain,
        });

      const transient =
        outcome.kind === 'response' ? isRetryableStatus(outcome.status) : outcome.failure === 'timeout' || isTransientCode(outcome.code);
      if (!retry || !transient || attempt >= this.policy.maxAttempts) throw fail();
      const delay = this.backoff(attempt, retryAfterMs);
      if (elapsedMs() + delay > this.policy.deadlineMs) {
        const beyond = retryAfterMs !== undefined && retryAfterMs >= delay;
        throw fail(beyond ? 'retry-after' : 'deadline');
      }
      earlierAttemptUncertain ||= outcome.kind === 'transport' || outcome.status >= 500;
      if (this.debug) this.emit(`livedns: retrying ${req.method} ${shown} in ${delay}ms (attempt ${attempt + 1} of ${this.policy.maxAttempts})`);
      await this.clock.sleep(delay);
    }
  }

  private parseSuccess(text: string, contentType: string | undefined): unknown {
    if (text === '') return undefined;
    if (!isJsonMediaType(contentType)) return text;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }

  /**
   * Every item of a paginated collection, with an explicit per_page. Stops when `Total-Count` items are
   * in, or on a short or empty page. Page numbers are followed rather than `Link` URLs so that the
   * credential only ever goes to the configured root. A zone of at most per_page items costs one GET.
   */
  async listAll(req: GandiRequest): Promise<unknown[]> {
    let perPage = req.perPage ?? this.perPage;
    const items: unknown[] = [];
    for (let page = 1; ; page += 1) {
      const { perPage: _size, ...request } = req;
      const response = await this.send({ ...request, query: { ...req.query, page, per_page: perPage }, ...(page > 1 ? { continuation: true } : {}) });
      if (!Array.isArray(response.data)) {
        throw new UserError(`could not ${req.action}: GET /${req.api}${req.path} did not answer a JSON list`);
      }
      const batch: unknown[] = response.data;
      const total = Number.parseInt(response.headers['total-count'] ?? '', 10);
      const known = Number.isFinite(total);
      if (batch.length === 0) break;
      items.push(...batch);
      if (known ? items.length >= total : batch.length < perPage) break;
      // A first page shorter than asked while more remain: the server caps per_page. Continue with its
      // page size so that the page offsets line up.
      if (page === 1 && batch.length < perPage) perPage = batch.length;
    }
    return items;
  }

  async close(): Promise<void> {
    if (this.ownsDispatcher) await this.dispatcher?.close();
  }
}
