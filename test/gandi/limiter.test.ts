import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/gandi/limiter.js';
import { startEmulator } from '../../src/emulator/server.js';
import { clientFor, fakeClock } from '../helpers/gandi.js';

/** Admits `count` requests one after another and returns the fake time of each admission. */
async function admissions(limiter: RateLimiter, clock: { now(): number }, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i += 1) {
    await limiter.acquire();
    times.push(clock.now());
  }
  return times;
}

/** The most admissions found in any window of `windowMs`. */
function busiestWindow(times: number[], windowMs: number): number {
  let most = 0;
  for (const [i, start] of times.entries()) most = Math.max(most, times.slice(i).filter((t) => t < start + windowMs).length);
  return most;
}

describe('RateLimiter (counted on a fake clock)', () => {
  it('admits a burst, then paces to the ceiling', async () => {
    const clock = fakeClock(0);
    const limiter = new RateLimiter({ requestsPerMinute: 60, burst: 5, clock });
    const times = await admissions(limiter, clock, 125);
    expect(times.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(times.slice(5, 8)).toEqual([1000, 2000, 3000]);
    // Any minute holds at most the ceiling plus the burst.
    expect(busiestWindow(times, 60_000)).toBeLessThanOrEqual(65);
    expect(busiestWindow(times.slice(5), 60_000)).toBe(60);
  });

  it('halves the pace on each 429, down to the floor', () => {
    const clock = fakeClock(0);
    const limiter = new RateLimiter({ requestsPerMinute: 400, minRequestsPerMinute: 30, clock });
    const rates = [1, 2, 3, 4, 5].map(() => {
      limiter.rateLimited();
      return limiter.currentRate();
    });
    expect(rates).toEqual([200, 100, 50, 30, 30]);
  });

  it('counts a burst of 429s from requests admitted before the cut as one event', async () => {
    const clock = fakeClock(0);
    const limiter = new RateLimiter({ requestsPerMinute: 600, burst: 8, clock });
    const admitted = await Promise.all([1, 2, 3, 4].map(() => limiter.acquire()));
    clock.advance(50);
    for (const at of admitted) limiter.rateLimited(undefined, at);
    expect(limiter.currentRate()).toBe(300);
    // A request admitted after the cut that still gets a 429: the halved pace is still too fast.
    const later = await limiter.acquire();
    clock.advance(50);
    limiter.rateLimited(undefined, later);
    expect(limiter.currentRate()).toBeCloseTo(150, 1);
  });

  it('recovers additively: a tenth of the ceiling per minute', () => {
    const clock = fakeClock(0);
    const limiter = new RateLimiter({ requestsPerMinute: 500, clock });
    limiter.rateLimited();
    const rates: number[] = [];
    for (let minute = 0; minute <= 6; minute += 1) {
      rates.push(limiter.currentRate());
      clock.advance(60_000);
    }
    expect(rates).toEqual([250, 300, 350, 400, 450, 500, 500]);
  });

  it('spaces requests twice as far apart after a 429', async () => {
    const clock = fakeClock(0);
    const limiter = new RateLimiter({ requestsPerMinute: 120, burst: 1, recoveryPerMinute: 0.000001, clock });
    const before = await admissions(limiter, clock, 3);
    limiter.rateLimited();
    const after = await admissions(limiter, clock, 3);
    const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps(before)).toEqual([500, 500]);
    expect(gaps(after).map(Math.round)).toEqual([1000, 1000]);
  });

  it('pauses everyone for a Retry-After, without a burst at the end of the pause', async () => {
    const clock = fakeClock(0);
    const limiter = new RateLimiter({ requestsPerMinute: 600, burst: 8, clock });
    await limiter.acquire();
    limiter.rateLimited(5000);
    const times = await admissions(limiter, clock, 3);
    expect(times[0]).toBe(5000);
    // Paced at the halved rate (300/min, 200 ms apart) right after the pause.
    expect(times.slice(1).map((t) => Math.round(t))).toEqual([5200, 5400]);
  });

  it('admits waiting callers first come, first served', async () => {
    const clock = fakeClock(0);
    const limiter = new RateLimiter({ requestsPerMinute: 60, burst: 1, clock });
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4].map((n) => limiter.acquire().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3, 4]);
    expect(limiter.admitted).toBe(4);
  });

  it('rejects a ceiling that is not a positive number', () => {
    expect(() => new RateLimiter({ requestsPerMinute: 0 })).toThrow(/positive/);
    expect(() => new RateLimiter({ requestsPerMinute: Number.NaN })).toThrow(/positive/);
  });

  it('is shared by every client given the same limiter (one per egress IP)', async () => {
    const emulator = await startEmulator({ state: { domains: { 'a.example': { rrsets: [] }, 'b.example': { rrsets: [] } } } });
    const clock = fakeClock(0);
    const limiter = new RateLimiter({ requestsPerMinute: 60, burst: 1, clock });
    const first = clientFor(emulator, { limiter, clock }).client;
    const second = clientFor(emulator, { limiter, clock }).client;
    try {
      await Promise.all([first.listRecords('a.example'), second.listRecords('b.example'), first.listDomains()]);
      expect(limiter.admitted).toBe(3);
      expect(emulator.journal).toHaveLength(3);
      // Three requests at 60/min with no burst to spare: the last one waited two seconds of (fake) time.
      expect(clock.now()).toBe(2000);
    } finally {
      await first.close();
      await second.close();
      await emulator.close();
    }
  });
});
