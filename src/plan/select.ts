/**
 * Which zones a run covers: `--zone` names and globs, then `--shard I/N`.
 *
 * Shards are for large estates split across CI jobs (a job matrix): each job plans or applies a slice,
 * and every zone is in exactly one slice. A zone's shard is a hash of its name, not its position in the
 * sorted list, so that adding or removing a zone never moves the others to another job (a job that
 * applied `example.com` yesterday still owns it today, and concurrent jobs never write the same zone).
 * The price is uneven slices on small estates; on hundreds of zones they even out.
 */
import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';
import { globToRegExp } from '../model/ignore.js';

/** `--shard I/N`: the I-th of N slices, 1-based (as a job matrix counts: 1/4 … 4/4). */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

export interface ZoneSelection {
  /** Zone names or globs (`*` any run of characters, `?` one); absent or empty: every zone. */
  readonly only?: readonly string[];
  readonly shard?: Shard;
}

/** Reads `I/N` (e.g. `2/4`). Throws a UserError for anything else. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new UserError(`--shard "${text}": expected I/N with 1 <= I <= N, e.g. --shard 2/4 for the second of four slices`);
  }
  return { index, count };
}

/**
 * The 1-based shard of a zone among `count`: the first 8 bytes of sha256(zone name) modulo `count`.
 * sha256 because it is the same on every machine and Node version, and spreads similar names evenly.
 */
export function shardOf(zone: string, count: number): number {
  const digest = createHash('sha256').update(zone.toLowerCase(), 'utf8').digest();
  return Number(digest.readBigUInt64BE(0) % BigInt(count)) + 1;
}

function isGlob(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/**
 * The zones a selection covers, in their given order. A name that is no zone, or a glob that matches
 * none, is an error (a typo must not turn into "no changes"); a shard may well be empty.
 */
export function selectZones<T extends { readonly zone: string }>(zones: readonly T[], selection: ZoneSelection, where: string): T[] {
  let selected = [...zones];
  const only = selection.only ?? [];
  if (only.length > 0) {
    const patterns = only.map((raw) => {
      const text = raw.toLowerCase().replace(/\.$/, '');
      return { raw, text, match: isGlob(text) ? ((zone: string) => globToRegExp(text).test(zone)) : (zone: string) => zone === text };
    });
    const unmatched = patterns.filter((pattern) => !zones.some((zone) => pattern.match(zone.zone)));
    if (unmatched.length > 0) {
      const names = unmatched.filter((p) => !isGlob(p.text)).map((p) => p.text);
      const globs = unmatched.filter((p) => isGlob(p.text)).map((p) => `"${p.raw}"`);
      const parts = [...(names.length > 0 ? [`no zone file for ${names.join(', ')}`] : []), ...(globs.length > 0 ? [`no zone matches ${globs.join(', ')}`] : [])];
      throw new UserError(`${parts.join('; ')} in ${where}`);
    }
    selected = selected.filter((zone) => patterns.some((pattern) => pattern.match(zone.zone)));
  }
  const shard = selection.shard;
  if (shard) selected = selected.filter((zone) => shardOf(zone.zone, shard.count) === shard.index);
  return selected;
}
