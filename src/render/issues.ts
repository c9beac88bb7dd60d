/**
 * Issues as compilers print them (`file:line:column: error: message`), so that editors and terminals
 * turn them into links, with the hint on its own indented line.
 */
import type { Issue } from '../model/types.js';

/** `file:line:column: error: message`, then `  hint: ...` when the issue has a hint. */
export function formatIssue(issue: Issue): string {
  const where = issue.line === undefined ? issue.file : `${issue.file}:${issue.line}:${issue.column ?? 1}`;
  const head = `${where}: ${issue.severity}: ${issue.message}`;
  return issue.hint === undefined ? head : `${head}\n  hint: ${issue.hint}`;
}

/** `2 errors, 1 warning`, for summaries. */
export function countIssues(issues: readonly Issue[]): { errors: number; warnings: number; text: string } {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return { errors, warnings, text: `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` };
}
