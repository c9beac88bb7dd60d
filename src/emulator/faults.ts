/**
 * Fault injection: what makes the emulator misbehave on purpose, deterministically.
 *
 * Random faults (429s, 5xx, resets) draw from a seeded generator, the same number of draws per request,
 * so a given seed and request sequence always fail the same requests. Targeted faults fail one specific
 * request: rules (JSON, usable from the CLI) such as "the 3rd PUT", "the write of www/A", or a `failOn`
 * hook for anything else.
 */
import { UserError } from '../errors.js';

/** What the emulator knows of a request when deciding to fail it. */
export interface FaultRequest {
  /** 1-based position among every request the emulator has received. */
  index: number;
  method: string;
  /** Decoded path, e.g. `/v5/livedns/domains/example.com/records/@/A`. */
  path: string;
  query: URLSearchParams;
  /** Parsed JSON body, when there was one. */
  body: unknown;
}

/**
 * - a number: answer that status with Gandi's error body for it;
 * - `reset`: destroy the connection without answering (nothing is done);
 * - `drop-response`: do the request (state changes), then destroy the connection instead of answering;
 * - `hang`: never answer (until the emulator closes), e.g. to kill a client between two writes;
 * - an object: answer exactly this.
 */
export type FaultAction =
  | number
  | 'reset'
  | 'drop-response'
  | 'hang'
  | { status: number; body?: unknown; text?: string; contentType?: string; headers?: Record<string, string> };

/** A targeted fault in JSON: fail the nth request matching method and path. */
export interface FaultRule {
  method?: string;
  /** Glob (`*` = any characters) matched against the end of the decoded path: `/records/www/A`, `/snapshots`, `example.com/records/*`. */
  path?: string;
  /** Which matching request fails first, 1-based; default 1. */
  nth?: number;
  /** How many consecutive matching requests fail from the nth on; default 1; 0 = every one. */
  times?: number;
  action: FaultAction;
  /** Seconds sent in Retry-After when the action is 429. */
  retryAfter?: number;
}

export interface EmulatorFaults {
  /** Seed of the generator behind the ratios; default 1. */
  seed?: number;
  /** Share of requests (0..1) answered 429 with Retry-After. */
  rate429?: number;
  /** Seconds in Retry-After on injected 429s; default 1. Set to 0 to send none (Gandi documents none). */
  retryAfter?: number;
  /** Share of requests answered 500/502/503/504 (the 502 as a plain-text proxy page). */
  error5xx?: number;
  /** Share of requests whose connection is destroyed without an answer. */
  reset?: number;
  /** Milliseconds added before each answer. */
  latencyMs?: number;
  /** Emulates a server-side rate limit: requests beyond this many per rolling minute get a 429. */
  limitPerMinute?: number;
  rules?: FaultRule[];
  /** Called for every request; return an action to fail it, undefined to let it through. */
  failOn?: (request: FaultRequest) => FaultAction | undefined;
}

/** Mulberry32: a tiny seeded PRNG, plenty for picking which requests fail. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`(?:^|/)${body.startsWith('/') ? body.slice(1) : body}$`);
}

const SERVER_ERRORS = [500, 502, 503, 504];

/** A decision for one request, with the Retry-After to send when it is a 429. */
export interface FaultDecision {
  action: FaultAction;
  retryAfter?: number;
  /** Which fault fired, for the journal: `rule`, `failOn`, `rate429`, `error5xx`, `reset`, `limit`. */
  source: string;
}

/** The running side of EmulatorFaults: counters per rule, the generator, the rolling-minute window. */
export class FaultInjector {
  private readonly random: () => number;
  private readonly matched: number[];
  private readonly compiled: Array<{ rule: FaultRule; path?: RegExp }>;
  private readonly window: number[] = [];

  constructor(readonly faults: EmulatorFaults = {}) {
    this.random = seededRandom(faults.seed ?? 1);
    this.compiled = (faults.rules ?? []).map((rule) => ({ rule, path: rule.path === undefined ? undefined : globToRegExp(rule.path) }));
    this.matched = this.compiled.map(() => 0);
  }

  decide(request: FaultRequest, now: number): FaultDecision | undefined {
    // Always draw the same number of values so that one request's outcome never shifts the next one's.
    const [resetDraw, limitDraw, errorDraw, pick] = [this.random(), this.random(), this.random(), this.random()];

    for (const [i, { rule, path }] of this.compiled.entries()) {
      if (rule.method !== undefined && rule.method.toUpperCase() !== request.method) continue;
      if (path !== undefined && !path.test(request.path)) continue;
      this.matched[i]! += 1;
      const nth = rule.nth ?? 1;
      const times = rule.times ?? 1;
      const seen = this.matched[i]!;
      if (seen >= nth && (times === 0 || seen < nth + times)) return { action: rule.action, retryAfter: rule.retryAfter, source: 'rule' };
    }
    const hooked = this.faults.failOn?.(request);
    if (hooked !== undefined) return { action: hooked, source: 'failOn' };

    if (this.faults.limitPerMinute !== undefined) {
      while (this.window.length > 0 && this.window[0]! <= now - 60_000) this.window.shift();
      if (this.window.length >= this.faults.limitPerMinute) {
        const retryAfter = Math.max(1, Math.ceil((this.window[0]! + 60_000 - now) / 1000));
        return { action: 429, retryAfter, source: 'limit' };
      }
      this.window.push(now);
    }
    if (resetDraw < (this.faults.reset ?? 0)) return { action: 'reset', source: 'reset' };
    if (limitDraw < (this.faults.rate429 ?? 0)) return { action: 429, retryAfter: this.faults.retryAfter ?? 1, source: 'rate429' };
    if (errorDraw < (this.faults.error5xx ?? 0)) {
      return { action: SERVER_ERRORS[Math.floor(pick * SERVER_ERRORS.length)]!, source: 'error5xx' };
    }
    return undefined;
  }
}

const NAMED_ACTIONS = new Set(['reset', 'drop-response', 'hang']);

function checkRule(value: unknown, text: string): FaultRule {
  const rule = value as FaultRule;
  const action = rule?.action;
  const validAction =
    (typeof action === 'number' && action >= 100 && action <= 599) ||
    (typeof action === 'string' && NAMED_ACTIONS.has(action)) ||
    (typeof action === 'object' && action !== null && typeof action.status === 'number');
  if (typeof value !== 'object' || value === null || !validAction) {
    throw new UserError(`fault rule "${text}": needs an action (an HTTP status, "reset", "drop-response" or "hang")`);
  }
  return rule;
}

/**
 * Parses a fault rule from the CLI: JSON (`{"method":"PUT","nth":3,"action":503}`) or the short form
 * `[METHOD] [PATH][#N][xTIMES][=ACTION]`, e.g. `PUT#3=503`, `DELETE /records/old/A=reset`, `POST /snapshots=hang`.
 * The action defaults to 500.
 */
export function parseFaultRule(text: string): FaultRule {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch (error) {
      throw new UserError(`fault rule "${text}" is not valid JSON: ${(error as Error).message}`);
    }
    return checkRule(json, text);
  }
  const match = /^(?:(GET|POST|PUT|PATCH|DELETE)\b\s*)?([^#=\s]*)(?:#(\d+))?(?:x(\d+))?(?:=(\S+))?$/i.exec(trimmed);
  if (match === null || (match[1] === undefined && match[2] === '')) {
    throw new UserError(`fault rule "${text}": expected e.g. PUT#3=503, "DELETE /records/old/A=reset" or JSON`);
  }
  const [, method, path, nth, times, actionText] = match;
  const action: FaultAction = actionText === undefined ? 500 : /^\d+$/.test(actionText) ? Number(actionText) : (actionText as FaultAction);
  const rule: FaultRule = { action };
  if (method !== undefined) rule.method = method.toUpperCase();
  if (path !== undefined && path !== '') rule.path = path;
  if (nth !== undefined) rule.nth = Number(nth);
  if (times !== undefined) rule.times = Number(times);
  return checkRule(rule, text);
}
