/**
 * A small reader of the CommonMark block structure that matters for safety: which lines are inside fenced
 * code blocks (where nothing is interpreted) and which are not. Fences follow the CommonMark rules: an opening
 * fence of 3+ backticks is closed only by a line of at least as many backticks and nothing else.
 */
export interface FencedBlock {
  readonly info: string;
  readonly fence: string;
  readonly lines: string[];
}

export function readBlocks(markdown: string): { outside: string[]; fences: FencedBlock[] } {
  const outside: string[] = [];
  const fences: FencedBlock[] = [];
  let open: FencedBlock | undefined;
  for (const line of markdown.split('\n')) {
    if (open) {
      const close = /^ {0,3}(`+)\s*$/.exec(line);
      if (close?.[1] && close[1].length >= open.fence.length) {
        open = undefined;
      } else {
        open.lines.push(line);
      }
      continue;
    }
    const start = /^ {0,3}(`{3,})([^`]*)$/.exec(line);
    if (start?.[1] !== undefined) {
      open = { fence: start[1], info: (start[2] ?? '').trim(), lines: [] };
      fences.push(open);
      continue;
    }
    outside.push(line);
  }
  if (open) throw new Error('a fenced block is never closed: the rest of the comment would render as code');
  return { outside, fences };
}

/** Cells of a GFM table row, splitting on `|` that is not backslash-escaped. */
export function tableCells(row: string): string[] {
  const cells = row.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/);
  return cells.map((cell) => cell.trim());
}

/** The text of an inline line with code spans removed, so only what Markdown/HTML would interpret is left. */
export function withoutCodeSpans(line: string): string {
  return line.replace(/(?<![\\`])(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, '');
}
