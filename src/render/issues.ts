/**
 * Issues as compilers print them (`file:line:column: error: message`), so that editors and terminals
 * turn them into links, with the hint on its own indented line.
 *
 * Messages quote what the file says, and a zone file may come from anyone who can open a pull request:
 * what is printed is made safe for a terminal and a log first (see `printable`).
 */
import type { Issue } from '../model/types.js';

/**
 * Characters that must not reach a terminal or log as they are: C0 and C1 controls and DEL (escape
 * sequences recolour, move the cursor or retitle the window; a newline forges a line of output),
 * zero-width and bidirectional controls (make a name read as another), line/paragraph separators, BOM.
 */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** A quoted fragment longer than this is shortened: a 2 MB value makes a useless 2 MB message. */
const MAX_QUOTED = 120;
/** Backstop for everything else. */
const MAX_MESSAGE = 2_000;

/**
 * `text` safe to print: unprintable characters shown as `\uXXXX`, long quoted fragments shortened to
 * their start and end with their length, and the whole capped.
 */
export function printable(text: string): string {
  const escaped = text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const shortened = escaped.replace(
    new RegExp(`"([^"]{${MAX_QUOTED + 1},})"`, 'g'),
    (_m, inner: string) => `"${inner.slice(0, 60)}…${inner.slice(-20)}" (${inner.length.toLocaleString('en')} characters)`,
  );
  return shortened.length <= MAX_MESSAGE ? shortened : `${shortened.slice(0, MAX_MESSAGE)}… (${shortened.length.toLocaleString('en')} characters in all)`;
}

/** `file:line:column: error: message`, then `  hint: ...` when the issue has a hint. */
export function formatIssue(issue: Issue): string {
  const file = printable(issue.file);
  const where = issue.line === undefined ? file : `${file}:${issue.line}:${issue.column ?? 1}`;
  const head = `${where}: ${issue.severity}: ${printable(issue.message)}`;
  return issue.hint === undefined ? head : `${head}\n  hint: ${printable(issue.hint)}`;
}

/** `1 zone`, `2 zones`: a count and its noun. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `2 errors, 1 warning`, for summaries. */
export function countIssues(issues: readonly Issue[]): { errors: number; warnings: number; text: string } {
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  return { errors, warnings, text: `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` };
}
