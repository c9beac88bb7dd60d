/**
 * The client-side rate limiter: one per run (or per egress IP), shared by every request and every client.
 *
 * Gandi's reference documents 1000 requests per minute per source IP, and an older version said 30; how
 * it counts (fixed or sliding window) and what a 429 carries are undocumented. So we pace requests below
 * a ceiling with a token bucket, halve the rate on each 429 (multiplicative decrease) and climb back by a
 * fixed amount per minute (additive increase), so that a run settles under whatever the real limit is.
 *
 * Time comes from an injectable Clock, so tests count admissions against a fake clock instead of
 * measuring wall-clock time.
 */

/** Time source and sleeper; the default uses the real clock, tests inject a fake one. */
export interface Clock {
  /** Milliseconds since the epoch (Date.now() semantics). */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms))),
};

/**
 * Default ceiling, requests per minute: half of Gandi's documented 1000/min per source IP. The limit is
 * per IP, so other jobs behind the same CI egress address spend the same budget, and with an unknown
 * window a burst at the edge of one window plus one at the start of the next could double up. Plans
 * cost one GET per zone, so this ceiling is rarely what bounds a run.
 */
export const DEFAULT_RATE_LIMIT = 500;

export interface RateLimiterOptions {
  /** Ceiling in requests per minute (`GANDI_RATE_LIMIT`, `--rate-limit`). */
  requestsPerMinute?: number;
  /** Requests admitted back to back before pacing starts; default 8 (the default requests in flight). */
  burst?: number;
  /** The rate never drops below this after 429s; default 10 requests per minute. */
  minRequestsPerMinute?: number;
  /** Additive increase after a 429: requests per minute regained per minute; default a tenth of the ceiling. */
  recoveryPerMinute?: number;
  clock?: Clock;
}

/**
 * Token-bucket pacing with AIMD on 429. `acquire()` resolves when a request may start; callers report
 * 429s with `rateLimited()` (and a Retry-After, which pauses every caller until it elapses).
 */
export class RateLimiter {
  readonly ceiling: number;
  private readonly burst: number;
  private readonly floor: number;
  private readonly recoveryPerMinute: number;
  private readonly clock: Clock;

  private tokens: number;
  private refilledAt: number;
  /** Rate right after the last cut, and when it happened: the current rate grows linearly from there. */
  private cutRate: number;
  private cutAt: number;
  private pausedUntil = 0;
  /** When the rate was last halved (cutAt moves to the end of a pause; this does not). */
  private lastCutAt: number | undefined;
  private queue: Promise<void> = Promise.resolve();
  /** Requests admitted so far (for debug output and tests). */
  admitted = 0;

  constructor(options: RateLimiterOptions = {}) {
    const ceiling = options.requestsPerMinute ?? DEFAULT_RATE_LIMIT;
    if (!(ceiling > 0) || !Number.isFinite(ceiling)) throw new RangeError(`rate limit must be a positive number, got ${ceiling}`);
    this.ceiling = ceiling;
    this.burst = Math.max(1, options.burst ?? 8);
    this.floor = Math.min(ceiling, options.minRequestsPerMinute ?? 10);
    this.recoveryPerMinute = options.recoveryPerMinute ?? ceiling / 10;
    this.clock = options.clock ?? systemClock;
    this.tokens = this.burst;
    this.refilledAt = this.clock.now();
    this.cutRate = ceiling;
    this.cutAt = this.refilledAt;
  }

  /** The pace in force now, in requests per minute. */
  currentRate(now = this.clock.now()): number {
    if (this.cutRate >= this.ceiling) return this.ceiling;
    const regained = (this.recoveryPerMinute * Math.max(0, now - this.cutAt)) / 60_000;
    return Math.min(this.ceiling, this.cutRate + regained);
  }

  /** Waits for a slot; admissions are first come, first served. Resolves with the admission time. */
  acquire(): Promise<number> {
    const turn = this.queue.then(() => this.take());
    this.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    return turn;
  }

  /**
   * A 429 arrived: halve the pace, and pause everyone for `retryAfterMs` when Gandi said how long.
   * `admittedAt` (what acquire() resolved with) lets a burst of 429s count once: requests admitted
   * before the last cut were sent at the old pace, so their 429s are the same event, not new ones.
   */
  rateLimited(retryAfterMs?: number, admittedAt?: number): void {
    const now = this.clock.now();
    this.refill(now);
    const sameEvent = admittedAt !== undefined && this.lastCutAt !== undefined && admittedAt < this.lastCutAt;
    if (!sameEvent) {
      this.cutRate = Math.max(this.floor, this.currentRate(now) / 2);
      this.cutAt = now;
      this.lastCutAt = now;
    }
    // Do not let a burst's worth of saved tokens fire straight into the limit again.
    this.tokens = Math.min(this.tokens, 1);
    if (retryAfterMs !== undefined && retryAfterMs > 0) {
      this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs);
      // No credit accrues while paused, and recovery starts when the pause ends: no burst after it.
      this.refilledAt = this.pausedUntil;
      this.cutAt = this.pausedUntil;
    }
  }

  private refill(now: number): void {
    if (now <= this.refilledAt) return;
    const elapsed = now - this.refilledAt;
    // Integrating with the rate at `now` over-credits a little while recovering; the error is bounded
    // by the recovery slope and keeps this O(1).
    this.tokens = Math.min(this.burst, this.tokens + (elapsed * this.currentRate(now)) / 60_000);
    this.refilledAt = now;
  }

  private async take(): Promise<number> {
    for (;;) {
      const now = this.clock.now();
      if (now < this.pausedUntil) {
        await this.clock.sleep(this.pausedUntil - now);
        continue;
      }
      this.refill(now);
      if (this.tokens >= 1) {
        this.tokens -= 1;
        this.admitted += 1;
        return now;
      }
      const perMs = this.currentRate(now) / 60_000;
      await this.clock.sleep(Math.max(1, Math.ceil((1 - this.tokens) / perMs)));
    }
  }
}
