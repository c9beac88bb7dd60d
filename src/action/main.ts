/**
 * The GitHub Action: a thin shell over the reconciler (src/reconcile.ts), like the CLI.
 *
 * - `plan` (pull_request): validate, plan every zone, write the plan file to RUNNER_TEMP, put the full plan in
 *   the job summary and keep ONE comment on the pull request current (found by its hidden marker).
 * - `apply` (push to the default branch): apply with a snapshot before each zone's first write; the job summary
 *   says what was written, the snapshot ids and the exact rollback command.
 *
 * The job's status is exact: every failure reaches the single catch in run() and fails the job through
 * core.setFailed, and nothing else does. A pull request from a fork (no secrets) only validates and ends green.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { UserError } from '../errors.js';
import { clientOptionsFromEnv } from '../gandi/client.js';
import { createClientPool } from '../gandi/accounts.js';
import { readConfig } from '../config/read.js';
import type { Issue } from '../model/types.js';
import { serializePlanFile } from '../plan/document.js';
import { rollbackCommand } from '../apply/rollback.js';
import { applyAll, planAll } from '../reconcile.js';
import type { AccountsOption, ApplyRun, PlanResult } from '../reconcile.js';
import { formatIssue } from '../render/issues.js';
import {
  parsePlanComment,
  renderApplyMarkdown,
  renderPlanComment,
  renderPlanMarkdown,
  type PlanMarkdownInput,
  type ZoneSafety,
} from '../render/markdown.js';
import { readZones } from '../zonefile/read.js';
import { readContext, secretsWithheld, type ActionContext } from './context.js';
import { createGitHub, findPlanComment, mergedPullRequestForCommit, upsertPlanComment, type GitHub } from './github.js';
import { planCommentKey, readInputs, type ActionInputs } from './inputs.js';

/** The Action's entry: one funnel for every failure. */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs();
    const context = await readContext();
    if (inputs.command === 'plan') await planStep(inputs, context);
    else await applyStep(inputs, context);
  } catch (error) {
    core.setFailed(failureMessage(error));
  }
}

function failureMessage(error: unknown): string {
  if (error instanceof UserError) return error.message;
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  return `${detail}\nThis is a bug in livedns-gitops, not in your zone files: please report it with this log.`;
}

async function planStep(inputs: ActionInputs, context: ActionContext): Promise<void> {
  if (inputs.gandiToken === '' && secretsWithheld(context)) {
    await validateWithoutToken(inputs, context);
    return;
  }
  const plan = await withAccounts(inputs, 'plan', (accounts) =>
    planAll({ accounts, domainChecks: inputs.domainChecks, paths: inputs.zonePaths, only: inputs.zoneFilter, ...(inputs.shard ? { shard: inputs.shard } : {}) }),
  );
  if (!plan.ok) throw await invalidZoneFiles(plan.issues);
  annotate(plan.issues);
  annotateWarnings(plan);

  const key = planCommentKey(inputs);
  const markdown = planMarkdownInput(key, plan, context.pullRequest?.headSha ?? context.sha);
  const planFile = await writePlanFile(context, key, plan);
  setPlanOutputs(plan, planFile);
  await core.summary.addRaw(jobSummaryPlan(markdown, planFile), true).write();
  core.info(`Plan: ${plan.summary.create} to create, ${plan.summary.update} to update, ${plan.summary.delete} to delete (checksum ${plan.checksum}).`);

  if (!inputs.comment) return;
  if (context.pullRequest === undefined) {
    core.info(`No pull request in this ${context.eventName || 'unknown'} event: the plan is in the job summary only.`);
    return;
  }
  const body = renderPlanComment(markdown, context.runUrl === undefined ? {} : { fullPlanUrl: context.runUrl });
  const { comment, created } = await upsertPlanComment(gitHubFor(inputs, context), context.pullRequest.number, key, body);
  core.info(`${created ? 'Created' : 'Updated'} the plan comment on pull request #${context.pullRequest.number}${comment.html_url ? `: ${comment.html_url}` : ''}.`);
}

async function applyStep(inputs: ActionInputs, context: ActionContext): Promise<void> {
  const key = planCommentKey(inputs);
  const github = inputs.requireReviewedPlan ? gitHubFor(inputs, context) : undefined;
  const reviewed = github === undefined ? undefined : await reviewedPlan(github, context, key);

  const outcome = await withAccounts(inputs, 'apply', (accounts) => applyAll({
    accounts,
    domainChecks: inputs.domainChecks,
    paths: inputs.zonePaths,
    only: inputs.zoneFilter,
    ...(inputs.shard ? { shard: inputs.shard } : {}),
    force: inputs.force,
    ...(reviewed === undefined ? {} : { expectedChecksum: reviewed.checksum }),
  }));
  if (!outcome.ok && !('plan' in outcome)) throw await invalidZoneFiles(outcome.issues);
  annotate(outcome.plan.issues);
  const planFile = await writePlanFile(context, key, outcome.plan);

  if (!('report' in outcome)) {
    setPlanOutputs(outcome.plan, planFile, false);
    core.setOutput('snapshots', '{}');
    if (reviewed !== undefined && github !== undefined && reviewed.checksum !== outcome.plan.checksum) {
      await refuseUnreviewed(github, context, key, reviewed, outcome.plan);
    }
    const reasons = 'refused' in outcome ? outcome.refused : ['the apply was declined'];
    await core.summary.addRaw(renderApplyMarkdown({ ...applyView(outcome.plan, context), refused: reasons }), true).write();
    throw new UserError(`Nothing was applied:\n${reasons.map((reason) => `- ${reason}`).join('\n')}`);
  }

  const snapshots = Object.fromEntries(outcome.report.zones.flatMap((zone) => (zone.snapshot ? [[zone.zone, zone.snapshot.id]] : [])));
  const registrarChanged = (outcome.report.domain ?? []).some(({ results }) => results.some((result) => result.ok));
  setPlanOutputs(outcome.plan, planFile, outcome.report.zones.some((zone) => zone.written.length > 0) || registrarChanged);
  core.setOutput('snapshots', JSON.stringify(snapshots));
  await core.summary
    .addRaw(renderApplyMarkdown({ ...applyView(outcome.plan, context), zones: outcome.report.zones, ...(outcome.report.domain ? { domain: outcome.report.domain } : {}) }), true)
    .write();
  for (const { results } of outcome.report.domain ?? []) {
    for (const result of results) if (result.ok && result.visible === false && result.message !== undefined) core.warning(result.message);
  }
  if (!outcome.ok) throw new UserError(applyFailure(outcome));
  core.info(`Applied: ${outcome.plan.summary.create} created, ${outcome.plan.summary.update} updated, ${outcome.plan.summary.delete} deleted.`);
  for (const [zone, id] of Object.entries(snapshots)) core.info(`Snapshot of ${zone} before the writes: ${id}`);
}

/** The checksum reviewers saw on the pull request this commit merged. */
async function reviewedPlan(github: GitHub, context: ActionContext, key: string): Promise<{ checksum: string; pullRequest: number }> {
  const short = context.sha.slice(0, 12);
  const pull = await mergedPullRequestForCommit(github, context.sha);
  if (pull === undefined) {
    throw new UserError(
      `require-reviewed-plan: commit ${short} was not merged from a pull request (pushed directly?), so there is no reviewed plan ` +
      'to compare with. Nothing was applied. Merge changes through a pull request whose plan job comments, or turn require-reviewed-plan off.',
    );
  }
  const comment = await findPlanComment(github, pull.number, key);
  const checksum = comment === undefined ? undefined : planChecksumOf(comment.body);
  if (checksum === undefined) {
    throw new UserError(
      `require-reviewed-plan: pull request #${pull.number} has no plan comment for zones ${JSON.stringify(key)}, so there is no reviewed plan ` +
      'to compare with. Nothing was applied. The plan job must run on the pull request with `comment: true` and the same `zones` and `comment-id`.',
    );
  }
  return { checksum, pullRequest: pull.number };
}

function planChecksumOf(body: string): string | undefined {
  return parsePlanComment(body)?.checksum;
}

/** Posts the fresh plan on the reviewed pull request, saying why the merge applied nothing. */
async function refuseUnreviewed(
  github: GitHub,
  context: ActionContext,
  key: string,
  reviewed: { checksum: string; pullRequest: number },
  plan: PlanResult,
): Promise<void> {
  const short = context.sha.slice(0, 12);
  const notice =
    `The merge (${short}) applied nothing: the plan computed at merge time differs from the plan reviewed on this pull request ` +
    `(checksum ${plan.checksum}, reviewed ${reviewed.checksum}). Either the live zones changed or the branch was not up to date. ` +
    'Review the fresh plan below, then apply it (re-run the job after a new reviewed change, or run livedns apply).';
  // Its own key, so the reviewed comment stays as it was reviewed and re-runs update this one.
  const refusalKey = `${key}@${short}`;
  const body = renderPlanComment({ ...planMarkdownInput(refusalKey, plan, context.sha), notice }, context.runUrl === undefined ? {} : { fullPlanUrl: context.runUrl });
  await upsertPlanComment(github, reviewed.pullRequest, refusalKey, body);
}

async function validateWithoutToken(inputs: ActionInputs, context: ActionContext): Promise<void> {
  const { zones, issues } = await readZones([...inputs.zonePaths]);
  if (issues.some((issue) => issue.severity === 'error')) throw await invalidZoneFiles(issues);
  annotate(issues);
  const why = context.pullRequest?.fromFork
    ? 'This pull request comes from a fork, and GitHub gives such runs no secrets'
    : 'GitHub gives Dependabot runs no Actions secrets';
  await core.summary
    .addRaw('### DNS plan: not computed\n\n', false)
    .addRaw(`${why}: the \`gandi-token\` input is empty, so the live zones cannot be read and no plan is shown. `, false)
    .addRaw(`The zone files are valid (${zones.length} zone${zones.length === 1 ? '' : 's'} checked).\n\n`, false)
    .addRaw('A maintainer can see the plan by pushing this branch to the repository (its pull request then gets the plan comment) ' +
      'or by running `livedns plan` locally. Merging applies the changes as usual.\n', false)
    .write();
  core.notice(`${why}: zone files validated, no plan computed (no Gandi token).`);
}

function missingToken(command: 'plan' | 'apply'): UserError {
  return new UserError(
    `The \`gandi-token\` input is empty, so ${command} cannot read LiveDNS. Pass your Gandi personal access token from a secret: ` +
    '`gandi-token: ${{ secrets.GANDI_TOKEN }}` (and check that the secret exists in this repository or environment).',
  );
}

async function invalidZoneFiles(issues: readonly Issue[]): Promise<UserError> {
  annotate(issues);
  const errors = issues.filter((issue) => issue.severity === 'error');
  const lines = errors.map((issue) => `- ${formatIssue(issue).replace(/\n/g, '\n  ')}`);
  await core.summary
    .addRaw(`### DNS plan: the zone files are invalid\n\n${errors.length} error${errors.length === 1 ? '' : 's'}; nothing was sent to LiveDNS.\n\n`, false)
    .addCodeBlock(lines.join('\n'))
    .write();
  return new UserError(`${errors.length} error${errors.length === 1 ? '' : 's'} in the zone files (see the annotations); nothing was sent to LiveDNS.`);
}

/** Each issue as an annotation on its YAML line and column. */
function annotate(issues: readonly Issue[]): void {
  for (const issue of issues) {
    const message = issue.hint === undefined ? issue.message : `${issue.message}\nhint: ${issue.hint}`;
    const properties = {
      title: `livedns-gitops: ${issue.rule}`,
      file: issue.file,
      ...(issue.line === undefined ? {} : { startLine: issue.line }),
      ...(issue.line !== undefined && issue.column !== undefined ? { startColumn: issue.column } : {}),
    };
    if (issue.severity === 'error') core.error(message, properties);
    else core.warning(message, properties);
  }
}

function planMarkdownInput(key: string, plan: PlanResult, commit: string): PlanMarkdownInput {
  const safety: ZoneSafety[] = plan.zones.flatMap((zone) => (zone.refusal ? [{ zone: zone.zone, refused: true, reason: zone.refusal.message }] : []));
  return {
    key,
    plans: plan.zones.map((zone) => zone.plan),
    checksum: plan.checksum,
    safety,
    warnings: plan.issues.map((issue) => formatIssue(issue)),
    domainChanges: new Map(plan.zones.map((zone) => [zone.zone, zone.domainChanges])),
    domainWarnings: plan.warnings,
    ...(commit === '' ? {} : { commit }),
  };
}

/** Delegation and expiry warnings as annotations on the zone files they are about. */
function annotateWarnings(plan: PlanResult): void {
  const fileOf = new Map(plan.zones.map((zone) => [zone.zone, zone.file]));
  for (const warning of plan.warnings) {
    const file = warning.zone === undefined ? undefined : fileOf.get(warning.zone);
    const properties = { title: `livedns-gitops: ${warning.code}`, ...(file === undefined ? {} : { file }) };
    if (warning.level === 'warning') core.warning(warning.message, properties);
    else core.notice(warning.message, properties);
  }
}

async function writePlanFile(context: ActionContext, key: string, plan: PlanResult): Promise<string> {
  await mkdir(context.runnerTemp, { recursive: true });
  const file = path.join(context.runnerTemp, `livedns-plan-${key.replace(/[^A-Za-z0-9._-]+/g, '_')}.json`);
  await writeFile(file, serializePlanFile(plan.planFile));
  return file;
}

// The runner drops a step summary over 1 MiB (with only a warning): stay under it, pointing to the plan file.
const JOB_SUMMARY_LIMIT = 1_000_000;

function jobSummaryPlan(markdown: PlanMarkdownInput, planFile: string): string {
  const full = renderPlanMarkdown(markdown);
  if (full.length <= JOB_SUMMARY_LIMIT) return full;
  core.warning(`The plan is too large for the job summary; the full plan is in the plan-file output (${planFile}): upload it as an artifact to keep it.`);
  return renderPlanComment(markdown, { maxLength: JOB_SUMMARY_LIMIT, fullPlanElsewhere: `the JSON plan file (the plan-file output, ${path.basename(planFile)})` });
}

function applyView(plan: PlanResult, context: ActionContext) {
  const accountOf = new Map(plan.zones.map((zone) => [zone.zone, zone.account]));
  return {
    plans: plan.zones.map((zone) => zone.plan),
    checksum: plan.checksum,
    commit: context.sha,
    rollbackCommand: (zone: string, snapshotId: string) => rollbackCommand(zone, snapshotId, accountOf.get(zone)),
  };
}

function setPlanOutputs(plan: PlanResult, planFile: string, hasChanges = plan.hasChanges): void {
  core.setOutput('has-changes', String(hasChanges));
  core.setOutput('summary', JSON.stringify(plan.summary));
  core.setOutput('plan-file', planFile);
  core.setOutput('plan-checksum', plan.checksum);
}

function applyFailure(outcome: Extract<ApplyRun, { report: unknown }>): string {
  const lines = ['The apply failed; see the job summary for every rrset.'];
  for (const zone of outcome.report.zones) {
    if (zone.outcome !== 'failed' && zone.outcome !== 'mismatch') continue;
    lines.push(`${zone.zone}: ${zone.failure?.message ?? zone.mismatches.join('; ')}`);
    lines.push(`  written: ${zone.written.length}, not written: ${zone.notWritten.length}`);
    if (zone.rollbackCommand) lines.push(`  roll back with: ${zone.rollbackCommand}`);
  }
  const notStarted = outcome.report.zones.filter((zone) => zone.outcome === 'not-started').map((zone) => zone.zone);
  if (notStarted.length > 0) lines.push(`Not started: ${notStarted.join(', ')}`);
  for (const { results } of outcome.report.domain ?? []) {
    for (const result of results) if (!result.ok && result.message !== undefined) lines.push(result.message);
  }
  return lines.join('\n');
}

function gitHubFor(inputs: ActionInputs, context: ActionContext): GitHub {
  if (inputs.githubToken === '') {
    throw new UserError('The `github-token` input is empty: leave it at its default (`${{ github.token }}`) or pass a token that may write pull request comments.');
  }
  if (context.repository === '') throw new UserError('GITHUB_REPOSITORY is not set: this step must run in GitHub Actions.');
  return createGitHub({ token: inputs.githubToken, repository: context.repository, apiUrl: context.apiUrl });
}

/**
 * The clients of every account (livedns.config.yaml, tokens through `env:`) and of the `gandi-token` input
 * (zones without `account:`), on one rate limiter. Account tokens are masked before anything can print them.
 */
async function withAccounts<T>(inputs: ActionInputs, command: 'plan' | 'apply', work: (accounts: AccountsOption) => Promise<T>): Promise<T> {
  const { config, issues } = await readConfig(inputs.config === undefined ? {} : { file: inputs.config });
  if (issues.some((issue) => issue.severity === 'error')) {
    annotate(issues);
    throw new UserError(`${inputs.config ?? 'livedns.config.yaml'} is invalid (see the annotations); nothing was sent to Gandi.`);
  }
  for (const account of config?.accounts.values() ?? []) {
    const token = process.env[account.tokenEnv];
    if (token !== undefined && token !== '') core.setSecret(token);
  }
  // Without accounts, the gandi-token input is the only way in: say so before anything else.
  if (inputs.gandiToken === '' && config === undefined) throw missingToken(command);
  const base = clientOptionsFromEnv(process.env, {
    ...(inputs.gandiToken === '' ? {} : { token: inputs.gandiToken }),
    ...(inputs.gandiApiUrl === undefined ? {} : { baseUrl: inputs.gandiApiUrl }),
  });
  const pool = createClientPool(config, base);
  try {
    return await work({ ...(config ? { config } : {}), clients: (account) => pool.get(account), describe: (account) => pool.describe(account) });
  } finally {
    await pool.close();
  }
}
