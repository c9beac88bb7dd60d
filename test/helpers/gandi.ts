import type { Clock } from '../../src/gandi/limiter.js';
import { createLiveDnsClient, type HttpLiveDnsClient } from '../../src/gandi/client.js';
import type { ClientOptions } from '../../src/gandi/options.js';
import type { Emulator } from '../../src/emulator/server.js';

/** A clock that only moves when someone sleeps on it: sleeps resolve at once and are recorded. */
export interface FakeClock extends Clock {
  readonly sleeps: number[];
  advance(ms: number): void;
}

export function fakeClock(start = 1_700_000_000_000): FakeClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

/** A client pointed at the emulator with instant backoff (fake clock), debug lines captured. */
export function clientFor(
  emulator: Emulator,
  overrides: Partial<ClientOptions> = {},
): { client: HttpLiveDnsClient; clock: FakeClock; logs: string[] } {
  const clock = (overrides.clock as FakeClock | undefined) ?? fakeClock();
  const logs: string[] = [];
  const client = createLiveDnsClient({
    baseUrl: emulator.url,
    token: emulator.token,
    clock,
    random: () => 0.5,
    log: (line) => logs.push(line),
    ...overrides,
  });
  return { client, clock, logs };
}
