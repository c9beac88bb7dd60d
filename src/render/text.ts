/**
 * Terminal rendering of plans, apply reports and snapshot lists. Pure: the caller decides about colour
 * (only on a TTY) and where the text goes.
 */
import type { Change, ChangeCounts, RecordSet, RecordType, ZonePlan } from '../model/types.js';
import { assertNever } from '../model/types.js';
import { plural } from './issues.js';
import type { ApplyReport } from '../apply/apply.js';
import type { SnapshotSummary } from '../gandi/types.js';
import { describeDomainChange, type DomainChange, type PlanWarning } from '../model/domain.js';

export interface TextOptions {
  /** ANSI colours; the CLI turns them on only when stdout is a TTY and NO_COLOR is unset. */
  readonly color?: boolean;
  /** Delegation, expiry and skipped-check warnings, printed after the zones (renderPlanText). */
  readonly warnings?: readonly PlanWarning[];
}

type Paint = (code: number, text: string) => string;

function painter(options: TextOptions): Paint {
  return options.color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
}

const GREEN = 32;
const YELLOW = 33;
const RED = 31;
const BOLD = 1;
const DIM = 2;

/** A value as a person should read it: TXT/SPF quoted so that spaces and boundaries show. */
export function displayValue(type: RecordType, value: string): string {
  return type === 'TXT' || type === 'SPF' ? JSON.stringify(value) : value;
}

export function countsText(counts: ChangeCounts): string {
  return `${counts.create} to create, ${counts.update} to update, ${counts.delete} to delete`;
}

function valueLines(rrset: RecordSet, sign: string, paint: Paint, code: number): string[] {
  return rrset.values.map((value) => paint(code, `      ${sign} ${displayValue(rrset.type, value)}`));
}

/** The lines for one change: a head line, then one line per value where values matter. */
export function changeLines(change: Change, options: TextOptions = {}): string[] {
  const [head = '', ...rest] = changeLinesOnly(change, options);
  // A change that a template brings says so: one template edit shows up in every zone using it.
  const template = change.after?.template;
  return template === undefined ? [head, ...rest] : [`${head}${painter(options)(DIM, `  (template ${template})`)}`, ...rest];
}

function changeLinesOnly(change: Change, options: TextOptions): string[] {
  const paint = painter(options);
  const label = `${change.name} ${change.type}`;
  switch (change.action) {
    case 'create': {
      const head = paint(GREEN, `  + ${label}  ttl ${change.after.ttl}`);
      return [head, ...valueLines(change.after, '+', paint, GREEN)];
    }
    case 'delete': {
      const head = paint(RED, `  - ${label}  ttl ${change.before.ttl}`);
      return [head, ...valueLines(change.before, '-', paint, RED)];
    }
    case 'update': {
      const { before, after } = change;
      const ttl = before.ttl === after.ttl ? `ttl ${after.ttl}` : `ttl ${before.ttl} -> ${after.ttl}`;
      if (change.ttlOnly) return [paint(YELLOW, `  ~ ${label}  ${ttl} (TTL only; values unchanged)`)];
      const removed = before.values.filter((v) => !after.values.includes(v));
      const added = after.values.filter((v) => !before.values.includes(v));
      const kept = before.values.length - removed.length;
      const head = paint(YELLOW, `  ~ ${label}  ${ttl}${kept > 0 ? `, ${plural(kept, 'value')} unchanged` : ''}`);
      return [
        head,
        ...removed.map((v) => paint(RED, `      - ${displayValue(change.type, v)}`)),
        ...added.map((v) => paint(GREEN, `      + ${displayValue(change.type, v)}`)),
      ];
    }
    default:
      return assertNever(change, 'change');
  }
}

export interface ZonePlanView {
  readonly plan: ZonePlan;
  /** The zone file the plan comes from, named in the notes. */
  readonly file?: string;
  /** What the plan goes towards when it is not a zone file (e.g. `snapshot ID`): no note about zone files. */
  readonly target?: string;
  /** Registrar settings to change (nameservers, auto-renewal), each shown as its own line. */
  readonly domainChanges?: readonly DomainChange[];
}

/** `  ~ nameservers: a, b -> LiveDNS  (registrar)`: one line per registrar setting. */
export function domainChangeLine(change: DomainChange, options: TextOptions = {}): string {
  return painter(options)(YELLOW, `  ~ ${describeDomainChange(change)}  (registrar)`);
}

function domainCountText(n: number): string {
  return plural(n, 'domain setting');
}

/** `warning: ...` / `note: ...` lines, warnings first. */
export function warningLines(warnings: readonly PlanWarning[], options: TextOptions = {}): string[] {
  const paint = painter(options);
  const ordered = [...warnings.filter((w) => w.level === 'warning'), ...warnings.filter((w) => w.level === 'note')];
  return ordered.map((w) => (w.level === 'warning' ? paint(YELLOW, `warning: ${w.message}`) : paint(DIM, `note: ${w.message}`)));
}

/** One zone's section: header, changes, the note about deletes and ignored rrsets, a count line. */
export function renderZonePlan(view: ZonePlanView, options: TextOptions = {}): string {
  const paint = painter(options);
  const { plan, file, target } = view;
  const where = target !== undefined ? ` (to ${target})` : file === undefined ? '' : ` (${file})`;
  const ignored = plan.ignoredCount > 0 ? `; ${plural(plan.ignoredCount, 'live rrset')} left alone by ignore rules` : '';
  const domain = view.domainChanges ?? [];
  if (plan.changes.length === 0 && domain.length === 0) {
    return `${paint(BOLD, plan.zone)}${where}: no changes${ignored}\n`;
  }
  const lines = [`${paint(BOLD, plan.zone)}${where}`];
  for (const change of plan.changes) lines.push(...changeLines(change, options));
  for (const change of domain) lines.push(domainChangeLine(change, options));
  if (plan.counts.delete > 0 && target === undefined) {
    lines.push(
      paint(DIM, `  note: rrsets on LiveDNS that are not in ${file ?? 'the zone file'} are deleted; add an \`ignore\` rule to keep one.`),
    );
  }
  const settings = domain.length > 0 ? `, ${domainCountText(domain.length)} to change` : '';
  lines.push(`  ${countsText(plan.counts)}${settings} (${plural(plan.existingCount, 'live rrset')}${ignored})`);
  return `${lines.join('\n')}\n`;
}

/**
 * Past this many zones without changes, they are summed up in one line rather than one line each: with
 * thousands of zones, the few that change would be lost among the others.
 */
export const UNCHANGED_ZONES_LISTED = 10;

/** The whole plan: every zone's section (or, past UNCHANGED_ZONES_LISTED, one line for the unchanged zones), then one summary line. */
export function renderPlanText(views: readonly ZonePlanView[], options: TextOptions = {}): string {
  const paint = painter(options);
  const isChanged = (view: ZonePlanView) => view.plan.changes.length > 0 || (view.domainChanges?.length ?? 0) > 0;
  const unchanged = views.filter((view) => !isChanged(view));
  const collapse = unchanged.length > UNCHANGED_ZONES_LISTED;
  const sections = (collapse ? views.filter(isChanged) : views).map((view) => renderZonePlan(view, options));
  if (collapse) {
    const ignored = unchanged.reduce((n, view) => n + view.plan.ignoredCount, 0);
    const left = ignored > 0 ? `; ${plural(ignored, 'live rrset')} left alone by ignore rules` : '';
    sections.push(`${plural(unchanged.length, 'zone')} without changes${left} (plan --json lists every zone)\n`);
  }
  const changed = views.length - unchanged.length;
  const settings = views.reduce((n, view) => n + (view.domainChanges?.length ?? 0), 0);
  const total = views.reduce(
    (sum, { plan }) => ({ create: sum.create + plan.counts.create, update: sum.update + plan.counts.update, delete: sum.delete + plan.counts.delete }),
    { create: 0, update: 0, delete: 0 },
  );
  const summary =
    changed === 0
      ? `No changes: LiveDNS matches the zone files (${plural(views.length, 'zone')}).`
      : `Plan: ${countsText(total)}${settings > 0 ? `, ${domainCountText(settings)} to change` : ''}, in ${plural(changed, 'zone')} of ${views.length}.`;
  const warnings = warningLines(options.warnings ?? [], options);
  return `${sections.join('')}${warnings.length > 0 ? `\n${warnings.join('\n')}\n` : ''}\n${paint(BOLD, summary)}\n`;
}

/** `~ www A`: how reports name one change. */
export function changeLabel(change: Pick<Change, 'action' | 'name' | 'type'>): string {
  const sign = change.action === 'create' ? '+' : change.action === 'update' ? '~' : '-';
  return `${sign} ${change.name} ${change.type}`;
}

/** The end of an apply: per zone what happened; for a failure what was written, what was not, how to undo. */
export function renderApplyReport(report: ApplyReport, options: TextOptions = {}): string {
  const paint = painter(options);
  const lines: string[] = [];
  const untouched = (zone: ApplyReport['zones'][number]) => zone.outcome === 'unchanged' && !report.domain?.some((d) => d.zone === zone.zone);
  const untouchedCount = report.zones.filter(untouched).length;
  // As in renderPlanText: past a few, the zones left as they were are one line, not one line each.
  const collapse = untouchedCount > UNCHANGED_ZONES_LISTED;
  for (const zone of report.zones) {
    const snapshot = zone.snapshot ? ` (snapshot ${zone.snapshot.id})` : '';
    switch (zone.outcome) {
      case 'unchanged':
        if (collapse && untouched(zone)) break;
        lines.push(report.domain?.some((d) => d.zone === zone.zone) ? `${zone.zone}: no record changes` : `${zone.zone}: no changes, nothing written`);
        break;
      case 'applied':
        lines.push(paint(GREEN, `${zone.zone}: applied ${plural(zone.written.length, 'change')}, read-back matches${snapshot}`));
        break;
      case 'not-started':
        lines.push(paint(RED, `${zone.zone}: not started (an earlier zone failed); ${plural(zone.notWritten.length, 'change')} not written`));
        break;
      case 'failed':
      case 'mismatch': {
        const what = zone.outcome === 'failed' ? `FAILED: ${zone.failure?.message ?? 'unknown error'}` : 'FAILED: the zone read back differs from the plan';
        lines.push(paint(RED, `${zone.zone}: ${what}${snapshot}`));
        if (zone.failure?.change) {
          const effect = zone.failure.mayHaveTakenEffect ? 'it may or may not have taken effect' : 'LiveDNS refused it: not applied';
          lines.push(`  failed write: ${changeLabel(zone.failure.change)} (${effect})`);
        }
        for (const mismatch of zone.mismatches) lines.push(`  ${mismatch}`);
        lines.push(`  written (${zone.written.length}):${zone.written.length === 0 ? ' none' : ''}`);
        for (const change of zone.written) lines.push(`    ${changeLabel(change)}`);
        lines.push(`  not written (${zone.notWritten.length}):${zone.notWritten.length === 0 ? ' none' : ''}`);
        for (const change of zone.notWritten) lines.push(`    ${changeLabel(change)}`);
        if (zone.rollback?.result) {
          const r = zone.rollback.result;
          const ok = r.outcome === 'applied' || r.outcome === 'unchanged';
          lines.push(
            ok
              ? paint(GREEN, `  rolled back to snapshot ${zone.snapshot?.id ?? '?'} with ${plural(r.written.length, 'write')}${r.snapshot ? ` (the partial state is in snapshot ${r.snapshot.id})` : ''}`)
              : paint(RED, `  the rollback failed too: ${r.failure?.message ?? r.mismatches.join('; ')}`),
          );
        } else if (zone.rollback?.error) {
          lines.push(paint(RED, `  the rollback failed too: ${zone.rollback.error}`));
        }
        if (zone.rollbackCommand) lines.push(`  to restore the zone as it was before this apply, run: ${zone.rollbackCommand}`);
        break;
      }
      default:
        assertNever(zone.outcome, 'outcome');
    }
  }
  if (collapse) lines.push(`${plural(untouchedCount, 'zone')} without changes, nothing written`);
  for (const { zone, results } of report.domain ?? []) {
    for (const result of results) {
      const what = describeDomainChange(result.change);
      if (!result.ok) lines.push(paint(RED, `${result.message ?? `${zone}: ${what} FAILED`}`));
      else if (result.visible === false) lines.push(paint(YELLOW, `warning: ${result.message ?? `${zone}: ${what} not visible yet`}`));
      else lines.push(paint(GREEN, `${zone}: ${what} done${result.visible ? `, visible at the registry${result.polls !== undefined && result.polls > 1 ? ` after ${result.polls} reads` : ''}` : ''}`));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** `livedns snapshots`: newest first, ours marked. */
export function renderSnapshots(zone: string, snapshots: readonly (SnapshotSummary & { readonly ours: boolean })[]): string {
  if (snapshots.length === 0) return `${zone}: no snapshots\n`;
  const rows = snapshots.map((s) => [s.ours ? '*' : ' ', s.id, s.created_at, s.automatic ? 'automatic' : 'manual', s.name]);
  const widths = [1, 2, 3].map((col) => Math.max(...rows.map((row) => row[col]!.length)));
  const lines = rows.map((row) => [row[0], ...[1, 2, 3].map((col, i) => row[col]!.padEnd(widths[i]!)), row[4]].join('  '));
  return `${lines.join('\n')}\n* taken by livedns-gitops\n`;
}
