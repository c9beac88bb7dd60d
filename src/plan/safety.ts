/**
 * The safety net against a plan that would wipe a zone: a zone file that lost half its records by
 * mistake (a bad merge, a truncated file) must not be applied silently. A plan is refused when its
 * deletes plus updates exceed a share of the zone's existing rrsets; small zones are exempt, since one
 * change there is already a large share.
 */
import type { SafetySettings, ZonePlan } from '../model/types.js';
import type { ResolvedSafety } from './document.js';

export const DEFAULT_MAX_CHANGE_RATIO = 0.3;
export const DEFAULT_MIN_EXISTING = 10;

/** The limits in force for a zone: its zone file's `safety` key over the defaults. */
export function resolveSafety(settings?: SafetySettings): ResolvedSafety {
  return {
    max_change_ratio: settings?.maxChangeRatio ?? DEFAULT_MAX_CHANGE_RATIO,
    min_existing: settings?.minExisting ?? DEFAULT_MIN_EXISTING,
  };
}

export interface SafetyRefusal {
  readonly zone: string;
  /** Deletes plus updates. */
  readonly risky: number;
  readonly existing: number;
  readonly limit: ResolvedSafety;
  /** For a person: what was refused and which knob to turn. */
  readonly message: string;
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10} %`;
}

/**
 * Returns why the plan must not be applied without `--force`, or undefined when it is within limits.
 * `file` is the zone file to name in the message (where the `safety` key goes).
 */
export function checkSafety(plan: ZonePlan, limit: ResolvedSafety, file: string): SafetyRefusal | undefined {
  const existing = plan.existingCount;
  const risky = plan.counts.delete + plan.counts.update;
  if (existing < limit.min_existing || risky === 0) return undefined;
  if (risky / existing <= limit.max_change_ratio) return undefined;
  const message =
    `${plan.zone}: refusing to apply ${plan.counts.delete} delete(s) and ${plan.counts.update} update(s) to ` +
    `${existing} existing rrsets (${percent(risky / existing)}, above the ${percent(limit.max_change_ratio)} limit). ` +
    `If this is intended, run again with --force, or raise \`safety: {max_change_percent: N}\` ` +
    `(or \`min_existing\`) in ${file}.`;
  return { zone: plan.zone, risky, existing, limit, message };
}
