/**
 * Applying a zone's domain-level changes: auto-renewal (PATCH .../autorenew), then the nameservers
 * (POST .../livedns to return to LiveDNS, PUT .../nameservers for custom hosts). A nameserver change is
 * asynchronous at Gandi (terraform-provider-gandi polls for it too), so the apply polls until it is
 * visible, within a bounded time, and says so when it is not: the request was accepted, the registry has
 * simply not caught up; the next `plan` shows whether it did.
 *
 * LiveDNS snapshots do not cover these settings: `rollback` restores records only.
 */
import { UserError } from '../errors.js';
import { systemClock, type Clock } from '../gandi/limiter.js';
import type { DomainClient } from '../gandi/types.js';
import { LIVEDNS, describeDomainChange, describeNameservers, sameNameservers, type DomainChange, type NameserversSetting } from '../model/domain.js';

/** How long to wait for a nameserver change to show, and how often to look. */
export const DEFAULT_NAMESERVER_WAIT_MS = 120_000;
export const DEFAULT_NAMESERVER_POLL_MS = 5_000;

export interface DomainApplyOptions {
  /** Give up waiting for a nameserver change after this long (default 120 s). */
  readonly nameserverWaitMs?: number;
  /** Between two looks (default 5 s, at most a tenth of the wait). */
  readonly pollIntervalMs?: number;
  readonly clock?: Clock;
}

export interface DomainChangeResult {
  readonly change: DomainChange;
  /** The request was accepted. */
  readonly ok: boolean;
  /** For nameservers: the registry shows the new delegation (false: still pending when the wait ended). */
  readonly visible?: boolean;
  /** Reads made while waiting. */
  readonly polls?: number;
  /** What went wrong, or why it is not confirmed: a message for a person. */
  readonly message?: string;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Applies the changes in order and stops at the first refusal (the next ones are reported as not
 * attempted). Never throws a UserError: failures are in the results.
 */
export async function applyDomainChanges(client: DomainClient, zone: string, changes: readonly DomainChange[], options: DomainApplyOptions = {}): Promise<DomainChangeResult[]> {
  const results: DomainChangeResult[] = [];
  for (const [index, change] of changes.entries()) {
    try {
      if (change.setting === 'autorenew') {
        await client.setAutorenew(zone, change.after);
        results.push({ change, ok: true });
        continue;
      }
      if (change.after === LIVEDNS) await client.enableLiveDns(zone);
      else await client.setNameservers(zone, change.after);
      results.push({ change, ok: true, ...(await waitForNameservers(client, zone, change.after, options)) });
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      results.push({ change, ok: false, message: `${zone}: ${describeDomainChange(change)} failed: ${messageOf(error)}` });
      for (const skipped of changes.slice(index + 1)) {
        results.push({ change: skipped, ok: false, message: `${zone}: ${describeDomainChange(skipped)} not attempted after the failure above` });
      }
      break;
    }
  }
  return results;
}

async function nameserversNow(client: DomainClient, zone: string, wanted: NameserversSetting): Promise<boolean> {
  if (wanted === LIVEDNS) return (await client.getLiveDnsStatus(zone)).current === LIVEDNS;
  return sameNameservers(await client.getNameservers(zone), wanted);
}

/** Reads until the registry shows `wanted`, or the wait is over. Read errors count as "not yet". */
async function waitForNameservers(client: DomainClient, zone: string, wanted: NameserversSetting, options: DomainApplyOptions): Promise<Pick<DomainChangeResult, 'visible' | 'polls' | 'message'>> {
  const clock = options.clock ?? systemClock;
  const waitMs = options.nameserverWaitMs ?? DEFAULT_NAMESERVER_WAIT_MS;
  const interval = Math.max(1, Math.min(options.pollIntervalMs ?? DEFAULT_NAMESERVER_POLL_MS, waitMs / 10));
  const deadline = clock.now() + waitMs;
  let polls = 0;
  let lastError: string | undefined;
  for (;;) {
    polls += 1;
    try {
      if (await nameserversNow(client, zone, wanted)) return { visible: true, polls };
      lastError = undefined;
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      lastError = messageOf(error);
    }
    if (clock.now() + interval > deadline) break;
    await clock.sleep(interval);
  }
  const seconds = Math.round(waitMs / 1000);
  return {
    visible: false,
    polls,
    message:
      `${zone}: the change to ${describeNameservers(wanted)} was accepted but is not visible after ${seconds} s ` +
      `(${polls} reads${lastError === undefined ? '' : `; last read failed: ${lastError}`}). The registry may take longer: ` +
      'run `livedns plan` later to check that it landed.',
  };
}
