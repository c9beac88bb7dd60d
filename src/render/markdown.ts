/**
 * A minimal Markdown rendering of a plan, for `livedns plan --markdown`. The GitHub Action's richer
 * PR-comment renderer (issue 5) takes this module's place with the same `renderPlanMarkdown` input.
 *
 * Pure. Record values cannot break the Markdown: every zone's changes sit in a fenced block whose fence
 * is longer than any run of backticks inside it.
 */
import type { ZonePlan } from '../model/types.js';
import { changeLines, countsText } from './text.js';

/** The safety verdict of one zone plan, as apply would judge it. */
export interface ZoneSafety {
  readonly zone: string;
  readonly refused: boolean;
  readonly reason?: string;
  readonly forced?: boolean;
}

export interface PlanMarkdownInput {
  /** Identifies the plan (the zones folder). */
  readonly key: string;
  readonly plans: readonly ZonePlan[];
  readonly checksum: string;
  readonly safety?: readonly ZoneSafety[];
  readonly warnings?: readonly string[];
}

function fenced(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}diff\n${text}\n${fence}`;
}

function inline(text: string): string {
  return text.replace(/[\\`*_{}[\]<>()#+\-.!|]/g, (c) => `\\${c}`);
}

export function renderPlanMarkdown(input: PlanMarkdownInput): string {
  const changed = input.plans.filter((plan) => plan.changes.length > 0);
  const total = input.plans.reduce(
    (sum, { counts }) => ({ create: sum.create + counts.create, update: sum.update + counts.update, delete: sum.delete + counts.delete }),
    { create: 0, update: 0, delete: 0 },
  );
  const lines = [`### livedns plan: ${inline(input.key)}`, ''];
  lines.push(changed.length === 0 ? 'No changes: LiveDNS matches the zone files.' : `**${countsText(total)}**, in ${changed.length} of ${input.plans.length} zones.`, '');
  for (const plan of input.plans) {
    if (plan.changes.length === 0) {
      lines.push(`- \`${plan.zone}\`: no changes`);
      continue;
    }
    lines.push('', `#### ${inline(plan.zone)}: ${countsText(plan.counts)}`, '');
    lines.push(fenced(plan.changes.flatMap((change) => changeLines(change)).map((line) => line.replace(/^ {2}/, '')).join('\n')));
  }
  for (const verdict of input.safety ?? []) {
    if (verdict.refused) lines.push('', `> **Refused by the safety limit** (${inline(verdict.zone)}): ${inline(verdict.reason ?? '')}`);
  }
  for (const warning of input.warnings ?? []) lines.push('', `> warning: ${inline(warning)}`);
  lines.push('', `<sub>plan checksum \`${input.checksum}\`</sub>`, '');
  return `${lines.join('\n')}\n`;
}
