/**
 * When and how long to wait before trying a request again.
 *
 * Idempotent requests (GET, PUT, DELETE) are retried on 429, 5xx, timeouts and dropped connections, with
 * exponential backoff and full jitter (a random wait between 0 and the exponential cap, so that clients
 * that failed together do not retry together), never sooner than a Retry-After the server gave.
 */

export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  maxAttempts: number;
  /** Cap on the whole request, retries and waits included, in milliseconds. */
  deadlineMs: number;
  /** First backoff cap; it doubles on every retry. */
  baseDelayMs: number;
  /** Largest backoff cap. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  // Five attempts ride out a short outage or a rate-limit window without hiding a persistent failure.
  maxAttempts: 5,
  // Gandi is slow (dnscontrol raised its client timeout to 10 minutes): give one request up to 5 minutes.
  deadlineMs: 300_000,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

/** Transport error codes after which the same request can simply be sent again. */
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

export function isTransientCode(code: string): boolean {
  return TRANSIENT_CODES.has(code);
}

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * Full-jitter backoff before attempt `attempt + 1`: uniform in [0, min(max, base * 2^(attempt-1))],
 * and at least `retryAfterMs` when the server asked for a wait.
 */
export function backoffDelay(policy: RetryPolicy, attempt: number, random: () => number, retryAfterMs?: number): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.floor(random() * cap);
  return Math.max(jittered, retryAfterMs ?? 0);
}

/**
 * Retry-After in milliseconds: either delta-seconds or an HTTP date (RFC 9110 10.2.3).
 * Undefined when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}
