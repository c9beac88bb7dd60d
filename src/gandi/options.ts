/**
 * Client options and the environment variables that set them. The one place that reads GANDI_* and
 * LIVEDNS_DEBUG; CLI flags (src/cli/client-options.ts) arrive as overrides.
 */
import type { Dispatcher } from 'undici';
import { UserError } from '../errors.js';
import type { AuthScheme } from './errors.js';
import type { Clock, RateLimiter } from './limiter.js';

export const DEFAULT_API_URL = 'https://api.gandi.net/v5';
export const SANDBOX_API_URL = 'https://api.sandbox.gandi.net/v5';

/**
 * Items asked for per page when listing. Gandi documents neither the default nor the maximum per_page;
 * octodns-gandi sends 500 by default since v1.1.0, which shows 500 is accepted, and it reads nearly every
 * zone in one GET. If a server caps it lower, pagination notices the short page and adapts.
 */
export const DEFAULT_PER_PAGE = 500;

/** Requests in flight at once, per client. Gandi is slow per call, so a few in parallel pay off. */
export const DEFAULT_MAX_IN_FLIGHT = 8;

/** Per-request timeout. Gandi can take many seconds on large zones; peers' 5-10 s timeouts fail there. */
export const DEFAULT_TIMEOUT_MS = 60_000;

export interface ClientOptions {
  /** API root, `https://api.gandi.net/v5` by default (GANDI_API_URL); LiveDNS is below it at /livedns. */
  baseUrl?: string;
  /** The credential (GANDI_PERSONAL_ACCESS_TOKEN, or the deprecated GANDI_API_KEY). Required. */
  token?: string;
  /** `Bearer` (a Personal Access Token, the default) or `Apikey` (deprecated API key). */
  authScheme?: AuthScheme;
  /**
   * The environment variable the token came from, when it is not GANDI_PERSONAL_ACCESS_TOKEN (an account of
   * livedns.config.yaml): error messages then name the variable to fix.
   */
  credentialName?: string;
  /** Organization id sent as `sharing_id` (GANDI_SHARING_ID). */
  sharingId?: string;
  /** Ceiling in requests per minute for the limiter this client creates (GANDI_RATE_LIMIT, --rate-limit). */
  rateLimit?: number;
  /** A limiter to share with other clients (one per egress IP); `rateLimit` is then ignored. */
  limiter?: RateLimiter;
  /** Requests in flight at once (GANDI_MAX_IN_FLIGHT). */
  maxInFlight?: number;
  /** Attempts per request, the first included (GANDI_MAX_ATTEMPTS). */
  maxAttempts?: number;
  /** Per-attempt timeout in milliseconds (GANDI_TIMEOUT, in seconds). */
  timeoutMs?: number;
  /** Cap on one request with all its retries, in milliseconds (GANDI_DEADLINE, in seconds). */
  deadlineMs?: number;
  /** Backoff: first cap and largest cap, in milliseconds (GANDI_RETRY_DELAY, GANDI_RETRY_MAX_DELAY, in seconds; tests make them tiny). */
  retryBaseDelayMs?: number;
  retryMaxDelayMs?: number;
  /** per_page for listings (GANDI_PER_PAGE). */
  perPage?: number;
  /** Log method, path, status and milliseconds of each request (LIVEDNS_DEBUG=1). Never headers or bodies. */
  debug?: boolean;
  /** Where debug lines and warnings go; stderr by default. */
  log?: (line: string) => void;
  /** An undici dispatcher to use instead of the client's own keep-alive Agent (tests pass a MockAgent). */
  dispatcher?: Dispatcher;
  /** Time for backoff and for the limiter this client creates (tests inject a fake one). */
  clock?: Clock;
  /** Jitter source, uniform in [0, 1). */
  random?: () => number;
}

type Env = Record<string, string | undefined>;

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** Parses a positive number from an env var or flag, or stops with a message naming it. */
export function positiveNumber(raw: string | undefined, name: string, options: { integer?: boolean } = {}): number | undefined {
  const text = nonEmpty(raw);
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0 || (options.integer === true && !Number.isInteger(value))) {
    const kind = options.integer === true ? 'a positive integer' : 'a positive number';
    throw new UserError(`${name} must be ${kind}, got "${text}"`);
  }
  return value;
}

function isTruthy(value: string | undefined): boolean {
  const text = nonEmpty(value)?.toLowerCase();
  return text !== undefined && !['0', 'false', 'no', 'off'].includes(text);
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * Client options from the environment, with `overrides` (CLI flags) taking precedence. A Personal Access
 * Token wins over the deprecated API key when both are set. Does not require a token: the client does,
 * when it is created, so commands that never call Gandi never ask for one.
 */
export function clientOptionsFromEnv(env: Env = process.env, overrides: Partial<ClientOptions> = {}): ClientOptions {
  const pat = nonEmpty(env.GANDI_PERSONAL_ACCESS_TOKEN);
  const apiKey = nonEmpty(env.GANDI_API_KEY);
  const seconds = (name: string) => {
    const value = positiveNumber(env[name], name);
    return value === undefined ? undefined : value * 1000;
  };
  const fromEnv: ClientOptions = {
    baseUrl: nonEmpty(env.GANDI_API_URL),
    token: pat ?? apiKey,
    authScheme: pat === undefined && apiKey !== undefined ? 'Apikey' : 'Bearer',
    sharingId: nonEmpty(env.GANDI_SHARING_ID),
    rateLimit: positiveNumber(env.GANDI_RATE_LIMIT, 'GANDI_RATE_LIMIT'),
    maxInFlight: positiveNumber(env.GANDI_MAX_IN_FLIGHT, 'GANDI_MAX_IN_FLIGHT', { integer: true }),
    maxAttempts: positiveNumber(env.GANDI_MAX_ATTEMPTS, 'GANDI_MAX_ATTEMPTS', { integer: true }),
    timeoutMs: seconds('GANDI_TIMEOUT'),
    deadlineMs: seconds('GANDI_DEADLINE'),
    retryBaseDelayMs: seconds('GANDI_RETRY_DELAY'),
    retryMaxDelayMs: seconds('GANDI_RETRY_MAX_DELAY'),
    perPage: positiveNumber(env.GANDI_PER_PAGE, 'GANDI_PER_PAGE', { integer: true }),
    debug: isTruthy(env.LIVEDNS_DEBUG),
  };
  return { ...dropUndefined(fromEnv), ...dropUndefined(overrides) };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * The API root as a URL without a trailing slash. Plain http is refused except on loopback (the emulator):
 * the token must never cross a network in clear text.
 */
export function resolveBaseUrl(raw: string | undefined): string {
  const text = (raw ?? DEFAULT_API_URL).replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UserError(`GANDI_API_URL is not a URL: "${text}" (expected e.g. ${DEFAULT_API_URL}, or ${SANDBOX_API_URL} for the sandbox)`);
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') {
    throw new UserError('GANDI_API_URL must be a plain API root, without credentials, query or fragment');
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    throw new UserError(`GANDI_API_URL must use https (plain http only on 127.0.0.1 for the emulator), got "${text}"`);
  }
  return text;
}
