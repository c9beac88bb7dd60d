/**
 * The snapshots this tool takes before it writes: how they are named, how to find ours again, and the
 * git revision that goes in the name (so a snapshot says which commit's apply it preceded).
 */
import { execFileSync } from 'node:child_process';
import type { SnapshotSummary } from '../gandi/types.js';

/** Every snapshot this tool takes is named `livedns-gitops <ISO time>[ <git sha>]`. */
export const SNAPSHOT_PREFIX = 'livedns-gitops ';

export function snapshotName(now: Date, gitSha?: string): string {
  return `${SNAPSHOT_PREFIX}${now.toISOString()}${gitSha ? ` ${gitSha}` : ''}`;
}

export function isOurSnapshot(snapshot: Pick<SnapshotSummary, 'name'>): boolean {
  return snapshot.name.startsWith(SNAPSHOT_PREFIX);
}

/**
 * The newest snapshot this tool made, or undefined. Ties on `created_at` (Gandi gives whole seconds)
 * fall back to the millisecond time in our names, then to the listing order.
 */
export function newestOurSnapshot(snapshots: readonly SnapshotSummary[]): SnapshotSummary | undefined {
  let best: { snapshot: SnapshotSummary; created: number } | undefined;
  for (const snapshot of snapshots) {
    if (!isOurSnapshot(snapshot)) continue;
    const created = Date.parse(snapshot.created_at);
    if (
      best === undefined ||
      created > best.created ||
      (created === best.created && snapshot.name >= best.snapshot.name)
    ) {
      best = { snapshot, created };
    }
  }
  return best?.snapshot;
}

/**
 * The commit being applied: GITHUB_SHA in Actions, else `git rev-parse --short HEAD` when this is a git
 * checkout, else none (the snapshot name then carries only the time).
 */
export function currentGitSha(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string | undefined {
  const fromEnv = env.GITHUB_SHA?.trim();
  if (fromEnv) return fromEnv;
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
    return /^[0-9a-f]{4,40}$/.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}
