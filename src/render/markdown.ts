/**
 * The plan as GitHub-flavoured Markdown: the sticky pull-request comment and the job summary.
 *
 * Pure. Three guarantees the Action relies on:
 * - The first line is a hidden marker holding the comment's key and the plan's checksum, so the Action finds
 *   its own comment again (one per key, i.e. per zones folder and optional id) and `require-reviewed-plan`
 *   reads back the checksum that reviewers saw (parsePlanComment). Nothing a record value contains can reach
 *   the first line, so a value cannot forge a marker.
 * - No value from a zone (names, record values, messages) can break the Markdown or inject HTML: inline text
 *   is escaped, and diff blocks are fenced with more backticks than any run inside them.
 * - renderPlanComment never exceeds GitHub's comment limit: it drops per-zone details that do not fit and
 *   points to the job summary, which gets the uncut renderPlanMarkdown.
 */
import { diffArrays } from 'diff';
import type { Change, ChangeCounts, RecordSet, ZonePlan } from '../model/types.js';
import { assertNever } from '../model/types.js';
import { LIVEDNS, describeDomainChange, type DomainChange, type PlanWarning } from '../model/domain.js';
import { changeLabel, displayValue } from './text.js';

/** GitHub refuses issue comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

const MARKER_PREFIX = '<!-- livedns-gitops:plan';

/** The safety verdict of one zone plan, as the apply would judge it. */
export interface ZoneSafety {
  readonly zone: string;
  /** True when apply would refuse this zone's plan (unless forced). */
  readonly refused: boolean;
  /** Why, and which knob to turn, for a person. */
  readonly reason?: string;
  /** The refusal is overridden by `force`. */
  readonly forced?: boolean;
}

export interface PlanMarkdownInput {
  /** Identifies the comment among others on the pull request: see commentKey(). */
  readonly key: string;
  readonly plans: readonly ZonePlan[];
  /** The plan's checksum (src/plan/document.ts); `require-reviewed-plan` compares it. */
  readonly checksum: string;
  readonly safety?: readonly ZoneSafety[];
  /** Warnings for a person (validation warnings, API notes). Plain text: escaped here. */
  readonly warnings?: readonly string[];
  /** The commit the plan was computed for (shown shortened). */
  readonly commit?: string;
  /** A lead paragraph, plain text (escaped), e.g. why a merge applied nothing. */
  readonly notice?: string;
  /** Registrar settings to change (nameservers, auto-renewal), by zone: shown as their own lines. */
  readonly domainChanges?: ReadonlyMap<string, readonly DomainChange[]>;
  /** Delegation and expiry warnings, and notes about checks that could not run. */
  readonly domainWarnings?: readonly PlanWarning[];
}

export interface CommentOptions {
  /** Defaults to GitHub's limit. */
  readonly maxLength?: number;
  /** Where the full plan is (the run's job summary). */
  readonly fullPlanUrl?: string;
  /** Where the full plan is, as plain text, instead of the job summary (for the job summary itself). */
  readonly fullPlanElsewhere?: string;
}

/**
 * The key of a plan comment: the zones input (normalised, so `./zones/` and `zones` are one key) and an
 * optional id that lets several workflows on the same folder keep separate comments.
 */
export function commentKey(zones: string, id = ''): string {
  const folder = zones
    .split(/[,\n]/)
    .map((part) => part.trim().replace(/^(\.\/)+/, '').replace(/\/+$/, '') || '.')
    .filter((part) => part !== '')
    .join(',');
  const trimmedId = id.trim();
  return trimmedId === '' ? folder : `${folder}#${trimmedId}`;
}

/** The hidden first line of a plan comment. Key and checksum are URI-encoded: they can never close the HTML comment. */
export function commentMarker(key: string, checksum?: string): string {
  const checksumPart = checksum === undefined ? '' : ` checksum=${encodeURIComponent(checksum)}`;
  return `${MARKER_PREFIX} key=${encodeURIComponent(key)}${checksumPart} -->`;
}

/** Reads back the key and checksum of a comment renderPlanComment wrote; undefined for any other comment. */
export function parsePlanComment(body: string): { key: string; checksum?: string } | undefined {
  const firstLine = body.split('\n', 1)[0]?.trimEnd() ?? '';
  const match = /^<!-- livedns-gitops:plan key=(\S+)(?: checksum=(\S+))? -->$/.exec(firstLine);
  if (!match?.[1]) return undefined;
  try {
    const key = decodeURIComponent(match[1]);
    return match[2] === undefined ? { key } : { key, checksum: decodeURIComponent(match[2]) };
  } catch {
    return undefined;
  }
}

/** The complete plan in Markdown, never cut: for the job summary. */
export function renderPlanMarkdown(input: PlanMarkdownInput): string {
  const parts = planParts(input);
  return joinParts([parts.head, ...parts.details, parts.foot]);
}

/**
 * The plan comment: the complete plan when it fits in `maxLength`, otherwise the summary (counts, snapshots,
 * safety, checksum) with as many zones' details as fit and a pointer to the full plan in the job summary.
 */
export function renderPlanComment(input: PlanMarkdownInput, options: CommentOptions = {}): string {
  const maxLength = options.maxLength ?? GITHUB_COMMENT_LIMIT;
  const full = renderPlanMarkdown(input);
  if (full.length <= maxLength) return full;

  const parts = planParts(input);
  let where = options.fullPlanUrl === undefined
    ? 'the job summary of this run'
    : `[the job summary of this run](${escapeUrl(options.fullPlanUrl)})`;
  if (options.fullPlanElsewhere !== undefined) where = escapeInline(options.fullPlanElsewhere);
  const pointer = (omitted: number) =>
    `> [!NOTE]\n> This plan is too large for one ${options.fullPlanElsewhere === undefined ? 'comment' : 'job summary'}: ` +
    `the details of ${omitted} zone${omitted === 1 ? '' : 's'} are left out. The full plan is in ${where}.`;

  const kept: string[] = [];
  let omitted = parts.details.length;
  for (const detail of parts.details) {
    const candidate = joinParts([parts.head, ...kept, detail, pointer(omitted - 1), parts.foot]);
    if (candidate.length <= maxLength) {
      kept.push(detail);
      omitted -= 1;
    }
  }
  const body = joinParts([parts.head, ...kept, pointer(omitted), parts.foot]);
  if (body.length <= maxLength) return body;
  // Even the summary is too long (thousands of zones): keep the marker, the totals and the checksum.
  return joinParts([parts.marker, parts.title, pointer(parts.details.length), parts.foot]).slice(0, maxLength);
}

interface PlanParts {
  readonly marker: string;
  readonly title: string;
  readonly head: string;
  readonly details: readonly string[];
  readonly foot: string;
}

function planParts(input: PlanMarkdownInput): PlanParts {
  const totals = sumCounts(input.plans);
  const domainOf = (zone: string) => input.domainChanges?.get(zone) ?? [];
  const settings = input.plans.reduce((n, plan) => n + domainOf(plan.zone).length, 0);
  const changed = input.plans.filter((plan) => plan.changes.length > 0 || domainOf(plan.zone).length > 0);
  const marker = commentMarker(input.key, input.checksum);
  const settingsText = settings === 0 ? '' : `, ${settings} domain setting${settings === 1 ? '' : 's'} to change`;
  const title = changed.length === 0
    ? '### DNS plan: no changes'
    : `### DNS plan: ${totals.create} to create, ${totals.update} to update, ${totals.delete} to delete${settingsText}`;
  const subtitle = `<sub>Zones: ${inlineCode(input.key)}${input.commit === undefined ? '' : ` · commit ${inlineCode(input.commit.slice(0, 12))}`} · livedns-gitops</sub>`;

  const head: string[] = [marker, title, subtitle];
  if (input.notice !== undefined) head.push(`> [!CAUTION]\n> ${escapeInline(input.notice)}`);

  if (changed.length === 0) {
    const zoneCount = input.plans.length;
    head.push(`No changes: the live zones already match the zone files (${zoneCount} zone${zoneCount === 1 ? '' : 's'} checked). Merging writes nothing.`);
  } else {
    head.push(countsTable(input.plans, input.safety ?? [], settings > 0 ? domainOf : undefined));
    const accepted = changed.filter((plan) => !isRefused(input.safety, plan.zone));
    const snapshotted = accepted.filter((plan) => plan.changes.length > 0).map((plan) => inlineCode(plan.zone));
    const registrar = accepted.filter((plan) => domainOf(plan.zone).length > 0).map((plan) => inlineCode(plan.zone));
    if (accepted.length === 0) head.push('**Merging would write nothing**: every changed zone is refused by the safety check.');
    if (snapshotted.length > 0) {
      head.push(`**Merging would snapshot** ${snapshotted.join(', ')} before the first write to ${snapshotted.length === 1 ? 'it' : 'each'}, then apply the changes below.`);
    }
    if (registrar.length > 0) {
      head.push(
        `**Merging would change registrar settings** of ${registrar.join(', ')} through Gandi's Domain API, after the records ` +
          '(LiveDNS snapshots do not cover them; a nameserver change is polled until the registry shows it).',
      );
    }
    head.push(safetySection(input.safety ?? []));
    if (totals.delete > 0) {
      head.push('Deletes are live rrsets that the zone files do not declare; an `ignore` rule in the zone file leaves such rrsets alone.');
    }
  }
  const domainWarnings = input.domainWarnings ?? [];
  const warnings = [...(input.warnings ?? []), ...domainWarnings.filter((w) => w.level === 'warning').map((w) => w.message)];
  if (warnings.length > 0) {
    head.push(`> [!WARNING]\n${warnings.map((warning) => `> - ${escapeInline(warning)}`).join('\n')}`);
  }
  const notes = domainWarnings.filter((w) => w.level === 'note');
  if (notes.length > 0) head.push(`> [!NOTE]\n${notes.map((note) => `> - ${escapeInline(note.message)}`).join('\n')}`);

  const details = changed.map((plan) => zoneDetails(plan, domainOf(plan.zone)));
  const foot = `<sub>Plan checksum: ${inlineCode(input.checksum)} (an apply with \`require-reviewed-plan\` compares it with the fresh plan).</sub>`;
  return { marker, title, head: head.join('\n\n'), details, foot };
}

/**
 * Past this many zones, the table has rows for the zones that change only, and one row for the others:
 * a row per zone of thousands would push the comment past GitHub's limit and cut away the changes.
 */
export const TABLE_ZONES_LISTED = 20;

/** One row per zone; a Registrar column only when some zone changes registrar settings. */
function countsTable(plans: readonly ZonePlan[], safety: readonly ZoneSafety[], domainOf?: (zone: string) => readonly DomainChange[]): string {
  const isChanged = (plan: ZonePlan) => plan.changes.length > 0 || (domainOf?.(plan.zone).length ?? 0) > 0;
  const listed = plans.length > TABLE_ZONES_LISTED ? plans.filter(isChanged) : plans;
  const others = plans.length - listed.length;
  const rows = listed.map((plan) => {
    const verdict = safety.find((entry) => entry.zone === plan.zone);
    const settings = domainOf?.(plan.zone).length ?? 0;
    let status = plan.changes.length === 0 && settings === 0 ? 'no changes' : 'will apply';
    if (verdict?.refused) status = verdict.forced ? 'forced past the safety check' : 'refused by the safety check';
    const registrar = domainOf === undefined ? '' : ` ${settings} |`;
    return `| ${escapeInline(plan.zone)} | ${plan.counts.create} | ${plan.counts.update} | ${plan.counts.delete} |${registrar} ${status} |`;
  });
  if (others > 0) rows.push(`| *${others} other zone${others === 1 ? '' : 's'}* | 0 | 0 | 0 |${domainOf === undefined ? '' : ' 0 |'} no changes |`);
  const header = domainOf === undefined
    ? ['| Zone | Create | Update | Delete | Status |', '|---|--:|--:|--:|---|']
    : ['| Zone | Create | Update | Delete | Registrar | Status |', '|---|--:|--:|--:|--:|---|'];
  return [...header, ...rows].join('\n');
}

function safetySection(safety: readonly ZoneSafety[]): string {
  const refused = safety.filter((entry) => entry.refused);
  if (refused.length === 0) return '**Safety:** every zone plan is within its safety limits.';
  const lines = refused.map((entry) => {
    const reason = entry.reason === undefined ? '' : `: ${escapeInline(entry.reason)}`;
    return `- ${inlineCode(entry.zone)}${entry.forced ? ' (forced)' : ''}${reason}`;
  });
  const forcedAll = refused.every((entry) => entry.forced);
  const lead = forcedAll
    ? '**Safety:** these zone plans exceed their safety limits and are applied anyway (`force`):'
    : '**Safety:** apply will refuse these zone plans unless forced:';
  return `${lead}\n${lines.join('\n')}`;
}

function isRefused(safety: readonly ZoneSafety[] | undefined, zone: string): boolean {
  const verdict = safety?.find((entry) => entry.zone === zone);
  return verdict !== undefined && verdict.refused && verdict.forced !== true;
}

function zoneDetails(plan: ZonePlan, domain: readonly DomainChange[] = []): string {
  const { create, update, delete: remove } = plan.counts;
  const ignored = plan.ignoredCount > 0 ? `; ${plan.ignoredCount} live rrset${plan.ignoredCount === 1 ? '' : 's'} left alone by ignore rules` : '';
  const settings = domain.length === 0 ? '' : `, ${domain.length} domain setting${domain.length === 1 ? '' : 's'} to change`;
  const templates = changesByTemplate(plan.changes);
  const fromTemplates = templates.size === 0 ? '' : ` · from template${templates.size === 1 ? '' : 's'} ${[...templates.keys()].map(escapeHtml).join(', ')}`;
  const summary = `<b>${escapeHtml(plan.zone)}</b>: ${create} to create, ${update} to update, ${remove} to delete${settings}${ignored}${fromTemplates}`;
  const sources = [...templates].map(([template, changes]) => `From template ${inlineCode(template)}: ${changes.map((change) => inlineCode(changeLabel(change))).join(', ')}`);
  const blocks = [
    ...(plan.changes.length > 0 ? [fenced('diff', zoneDiff(plan)), ...sources] : []),
    ...(domain.length > 0 ? [`Registrar (Gandi Domain API):\n\n${fenced('diff', domainDiff(domain))}`] : []),
  ];
  return `<details><summary>${summary}</summary>\n\n${blocks.join('\n\n')}\n\n</details>`;
}

/**
 * The changes a template brings, by template: a template edit shows up in every zone using it, and the
 * reviewer should see that it is one edit, made in one file.
 */
function changesByTemplate(changes: readonly Change[]): Map<string, Change[]> {
  const byTemplate = new Map<string, Change[]>();
  for (const change of changes) {
    const template = change.after?.template;
    if (template !== undefined) byTemplate.set(template, [...(byTemplate.get(template) ?? []), change]);
  }
  return byTemplate;
}

/** Registrar changes as diff lines: the setting as it is, then as it will be. */
export function domainDiff(changes: readonly DomainChange[]): string {
  const shown = (change: DomainChange, side: 'before' | 'after'): string => {
    const value = change[side];
    if (value === null) return '(unknown)';
    if (change.setting === 'autorenew') return value ? 'on' : 'off';
    return value === LIVEDNS ? 'livedns (Gandi LiveDNS)' : (value as readonly string[]).join(' ');
  };
  const label = (change: DomainChange) => (change.setting === 'autorenew' ? 'autorenew  ' : 'nameservers');
  return changes.flatMap((change) => [`-${label(change)} ${visible(shown(change, 'before'))}`, `+${label(change)} ${visible(shown(change, 'after'))}`]).join('\n');
}

/**
 * The zone's changes as diff lines of rrsets in zone-file form (`name ttl IN TYPE value`), one line per value,
 * change by change in apply order. Within an update, values present on both sides are context lines.
 */
export function zoneDiff(plan: ZonePlan): string {
  const width = columnWidths(plan.changes);
  const lines: string[] = [];
  for (const change of plan.changes) {
    for (const line of changeDiff(change, width)) lines.push(line);
  }
  return lines.join('\n');
}

function changeDiff(change: Change, width: ColumnWidths): string[] {
  switch (change.action) {
    case 'create':
      return zoneFileLines(change.after, width).map((line) => `+${line}`);
    case 'delete':
      return zoneFileLines(change.before, width).map((line) => `-${line}`);
    case 'update': {
      const parts = diffArrays(zoneFileLines(change.before, width), zoneFileLines(change.after, width));
      const lines: string[] = [];
      for (const part of parts) {
        const sign = part.added ? '+' : part.removed ? '-' : ' ';
        for (const line of part.value) lines.push(`${sign}${line}`);
      }
      return lines;
    }
    default:
      return assertNever(change, 'change');
  }
}

interface ColumnWidths {
  readonly name: number;
  readonly ttl: number;
  readonly type: number;
}

function columnWidths(changes: readonly Change[]): ColumnWidths {
  let name = 0;
  let ttl = 0;
  let type = 0;
  for (const change of changes) {
    for (const rrset of [change.before, change.after]) {
      if (rrset === null) continue;
      name = Math.max(name, visible(rrset.name).length);
      ttl = Math.max(ttl, String(rrset.ttl).length);
      type = Math.max(type, rrset.type.length);
    }
  }
  return { name, ttl, type };
}

/** One line per value, in zone-file form; TXT/SPF text is quoted (as the terminal plan shows it). */
export function zoneFileLines(rrset: RecordSet, width?: ColumnWidths): string[] {
  const name = visible(rrset.name).padEnd(width?.name ?? 0);
  const ttl = String(rrset.ttl).padStart(width?.ttl ?? 0);
  const type = rrset.type.padEnd(width?.type ?? 0);
  return rrset.values.map((value) => `${name} ${ttl} IN ${type} ${visible(displayValue(rrset.type, value))}`.trimEnd());
}

// Control characters would break lines or hide text, and bidirectional overrides and zero-width characters
// can make a reviewed value read differently from what is applied: show them all as escapes.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;

/** Text with every control, zero-width and bidi character spelled as a `\u{…}` escape. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (char) => `\\u{${char.codePointAt(0)?.toString(16).padStart(4, '0')}}`);
}

/** A fenced code block whose fence is longer than any backtick run in the content, so the content cannot close it. */
export function fenced(language: string, content: string): string {
  const longestRun = Math.max(0, ...Array.from(content.matchAll(/`+/g), (match) => match[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${content}\n${fence}`;
}

/**
 * Plain text made inert as inline Markdown: HTML-significant characters become entities, Markdown punctuation
 * is backslash-escaped (`|` too, so it cannot split a table cell) and line breaks become spaces.
 */
export function escapeInline(text: string): string {
  return visible(text.replace(/\r\n|[\r\n]/g, ' '))
    // `@` and `#` too: a value must not mention a person or link an issue; `$` starts GitHub's math.
    .replace(/[\\`*_{}[\]()#!|~$@]/g, (char) => `\\${char}`)
    .replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made inert inside HTML (e.g. a <summary>). */
export function escapeHtml(text: string): string {
  return visible(text).replace(/[&<>"'`|*_[\]\\]/g, (char) => HTML_ENTITIES[char] ?? `&#${char.codePointAt(0)};`);
}

/** An inline code span that its content cannot close (HTML inside a code span is inert). Not for table cells. */
export function inlineCode(text: string): string {
  const content = visible(text.replace(/\r\n|[\r\n]/g, ' '));
  const longestRun = Math.max(0, ...Array.from(content.matchAll(/`+/g), (match) => match[0].length));
  const ticks = '`'.repeat(longestRun + 1);
  const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${content}${pad}${ticks}`;
}

function escapeUrl(url: string): string {
  return encodeURI(decodeURISafe(url)).replace(/[()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function decodeURISafe(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

function sumCounts(plans: readonly ZonePlan[]): ChangeCounts {
  let create = 0;
  let update = 0;
  let remove = 0;
  for (const plan of plans) {
    create += plan.counts.create;
    update += plan.counts.update;
    remove += plan.counts.delete;
  }
  return { create, update, delete: remove };
}

function joinParts(parts: readonly string[]): string {
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}

/** One zone's apply outcome, as the apply engine reports it (src/apply/apply.ts ZoneApplyResult fits). */
export interface ZoneApplyView {
  readonly zone: string;
  readonly outcome: 'unchanged' | 'applied' | 'failed' | 'mismatch' | 'not-started';
  readonly snapshot?: { readonly id: string; readonly name?: string };
  readonly written: readonly Change[];
  readonly notWritten: readonly Change[];
  readonly failure?: { readonly message: string; readonly change?: Change };
  readonly mismatches: readonly string[];
  /** Set for a failed zone whose snapshot was not restored automatically. */
  readonly rollbackCommand?: string;
}

export interface ApplyMarkdownInput {
  readonly plans: readonly ZonePlan[];
  readonly checksum: string;
  readonly commit?: string;
  /** Why nothing was applied (safety limits, a plan that differs from the reviewed one). */
  readonly refused?: readonly string[];
  /** What the apply did, zone by zone; absent when it was refused. */
  readonly zones?: readonly ZoneApplyView[];
  /** The command that restores a zone's snapshot (the CLI's rollback). */
  readonly rollbackCommand: (zone: string, snapshotId: string) => string;
  /** Registrar changes made after the records (src/apply/apply.ts ApplyReport.domain fits). */
  readonly domain?: readonly { readonly zone: string; readonly results: readonly DomainResultView[] }[];
}

/** One registrar change as apply reports it (src/apply/domain.ts DomainChangeResult fits). */
export interface DomainResultView {
  readonly change: DomainChange;
  readonly ok: boolean;
  /** For nameservers: whether the registry shows the change yet. */
  readonly visible?: boolean;
  readonly message?: string;
}

const OUTCOME_TEXT: Record<ZoneApplyView['outcome'], string> = {
  unchanged: 'no changes',
  applied: 'applied',
  failed: '**FAILED**',
  mismatch: '**applied, but reads back different**',
  'not-started': 'not started (an earlier zone failed)',
};

/** The job summary of an apply: what was written, the snapshot ids, and the exact commands to roll back. */
export function renderApplyMarkdown(input: ApplyMarkdownInput): string {
  const totals = sumCounts(input.plans);
  const zones = input.zones ?? [];
  const failed = zones.filter((zone) => zone.outcome === 'failed' || zone.outcome === 'mismatch' || zone.outcome === 'not-started');
  const commit = input.commit === undefined || input.commit === '' ? '' : ` · commit ${inlineCode(input.commit.slice(0, 12))}`;
  const parts: string[] = [];

  if (input.refused !== undefined) {
    parts.push('### DNS apply: refused, nothing was written');
    parts.push(input.refused.map((reason) => `- ${escapeInline(reason)}`).join('\n'));
    return joinParts([...parts, `<sub>Fresh plan checksum: ${inlineCode(input.checksum)}${commit}</sub>`]);
  }
  const domainResults = (input.domain ?? []).flatMap(({ zone, results }) => results.map((result) => ({ zone, result })));
  if (totals.create + totals.update + totals.delete === 0 && domainResults.length === 0) {
    parts.push('### DNS apply: no changes', 'The live zones already match the zone files: nothing was written and no snapshot was taken.');
    return joinParts([...parts, `<sub>Plan checksum: ${inlineCode(input.checksum)}${commit}</sub>`]);
  }

  const domainFailed = domainResults.some(({ result }) => !result.ok);
  const settingsText = domainResults.length === 0 ? '' : `, ${domainResults.length} domain setting${domainResults.length === 1 ? '' : 's'} changed`;
  parts.push(failed.length === 0 && !domainFailed
    ? `### DNS apply: ${totals.create} created, ${totals.update} updated, ${totals.delete} deleted${settingsText}`
    : '### DNS apply: FAILED');
  const rows = zones.filter((zone) => zone.outcome !== 'unchanged').map((zone) =>
    `| ${escapeInline(zone.zone)} | ${OUTCOME_TEXT[zone.outcome]} | ${zone.written.length} | ${zone.notWritten.length} | ${zone.snapshot ? inlineCode(zone.snapshot.id) : '—'} |`);
  if (rows.length > 0) parts.push(['| Zone | Outcome | Written | Not written | Snapshot before the writes |', '|---|---|--:|--:|---|', ...rows].join('\n'));

  for (const zone of failed) {
    const lines: string[] = [`#### ${escapeInline(zone.zone)}: ${OUTCOME_TEXT[zone.outcome]}`];
    if (zone.failure) lines.push(`${escapeInline(zone.failure.message)}`);
    for (const mismatch of zone.mismatches) lines.push(`- ${escapeInline(mismatch)}`);
    if (zone.written.length > 0) lines.push(`Written (${zone.written.length}):\n\n${fenced('diff', zoneDiff({ ...planOf(zone.zone, zone.written) }))}`);
    if (zone.notWritten.length > 0) lines.push(`Not written (${zone.notWritten.length}):\n\n${fenced('diff', zoneDiff(planOf(zone.zone, zone.notWritten)))}`);
    if (zone.rollbackCommand) lines.push(`Restore the zone as it was before this apply:\n\n${fenced('sh', zone.rollbackCommand)}`);
    parts.push(lines.join('\n\n'));
  }

  const snapshotted = zones.filter((zone) => zone.snapshot !== undefined && zone.written.length > 0);
  if (snapshotted.length > 0) {
    const commands = snapshotted.map((zone) => input.rollbackCommand(zone.zone, zone.snapshot?.id ?? ''));
    parts.push(`To undo this apply, restore the snapshots taken before the writes (with the Gandi token in \`GANDI_PERSONAL_ACCESS_TOKEN\`):\n\n${fenced('sh', commands.join('\n'))}`);
  }
  if (domainResults.length > 0) {
    const lines = domainResults.map(({ zone, result }) => {
      const what = `${inlineCode(zone)}: ${escapeInline(describeDomainChange(result.change))}`;
      if (!result.ok) return `- ${what}: **FAILED**${result.message === undefined ? '' : `: ${escapeInline(result.message)}`}`;
      if (result.visible === false) return `- ${what}: accepted, **not visible yet** at the registry${result.message === undefined ? '' : `: ${escapeInline(result.message)}`}`;
      return `- ${what}: done${result.visible === true ? ', visible at the registry' : ''}`;
    });
    parts.push(`#### Registrar (Gandi Domain API; not covered by the LiveDNS snapshots)\n\n${lines.join('\n')}`);
  }
  for (const zone of zones.filter((entry) => entry.outcome === 'applied')) {
    const plan = planOf(zone.zone, zone.written);
    parts.push(`<details><summary><b>${escapeHtml(zone.zone)}</b>: ${plan.counts.create} created, ${plan.counts.update} updated, ${plan.counts.delete} deleted</summary>\n\n${fenced('diff', zoneDiff(plan))}\n\n</details>`);
  }
  return joinParts([...parts, `<sub>Plan checksum: ${inlineCode(input.checksum)}${commit}</sub>`]);
}

function planOf(zone: string, changes: readonly Change[]): ZonePlan {
  const count = (action: Change['action']) => changes.filter((change) => change.action === action).length;
  return { zone, changes, counts: { create: count('create'), update: count('update'), delete: count('delete') }, existingCount: 0, ignoredCount: 0 };
}
