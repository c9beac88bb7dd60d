import { describe, expect, it } from 'vitest';
import {
  GITHUB_COMMENT_LIMIT,
  commentKey,
  commentMarker,
  escapeInline,
  fenced,
  parsePlanComment,
  renderApplyMarkdown,
  renderPlanComment,
  renderPlanMarkdown,
  zoneDiff,
  type PlanMarkdownInput,
} from '../../src/render/markdown.js';
import { create, remove, rrset, update, zonePlan } from './plan-builders.js';
import { readBlocks, tableCells, withoutCodeSpans } from './markdown-structure.js';

const CHECKSUM = 'sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0';

function input(overrides: Partial<PlanMarkdownInput> = {}): PlanMarkdownInput {
  return {
    key: 'zones',
    checksum: CHECKSUM,
    commit: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
    plans: [
      zonePlan('example.com', [
        remove(rrset('old', 'A', ['192.0.2.9'])),
        create(rrset('www', 'CNAME', ['example.com.'], 3600)),
        update(rrset('@', 'A', ['192.0.2.1', '192.0.2.2']), rrset('@', 'A', ['192.0.2.1', '192.0.2.3'])),
        update(rrset('mail', 'MX', ['10 mx.example.net.'], 3600), rrset('mail', 'MX', ['10 mx.example.net.'], 300)),
      ]),
      zonePlan('example.org', []),
    ],
    ...overrides,
  };
}

describe('comment key and marker', () => {
  it('normalises the zones folder so that spellings of one folder share one comment', () => {
    expect(commentKey('zones')).toBe('zones');
    expect(commentKey('./zones/')).toBe('zones');
    expect(commentKey('zones', 'staging')).toBe('zones#staging');
    expect(commentKey('zones/a.yaml, zones/b.yaml')).toBe('zones/a.yaml,zones/b.yaml');
    expect(commentKey('zones', 'a')).not.toBe(commentKey('zones', 'b'));
  });

  it('round-trips key and checksum through the first line, even when the key holds comment-closing text', () => {
    const key = commentKey('dns --> <b>x</b>/zones', 'id with spaces');
    const body = renderPlanComment(input({ key }));
    expect(body.startsWith(commentMarker(key, CHECKSUM))).toBe(true);
    expect(body.split('\n')[0]).not.toContain('--> <b>');
    expect(parsePlanComment(body)).toEqual({ key, checksum: CHECKSUM });
  });

  it('reads nothing from comments it did not write, nor from a marker that is not on the first line', () => {
    expect(parsePlanComment('LGTM')).toBeUndefined();
    expect(parsePlanComment(`hello\n${commentMarker('zones', 'sha256:forged')}`)).toBeUndefined();
  });

  it('ignores a marker forged inside a record value', () => {
    const forged = commentMarker('zones', 'sha256:forged');
    const body = renderPlanComment(input({ plans: [zonePlan('example.com', [create(rrset('x', 'TXT', [`\n${forged}`]))])] }));
    expect(parsePlanComment(body)?.checksum).toBe(CHECKSUM);
    expect(body.split('\n').filter((line) => line.startsWith('<!-- livedns-gitops'))).toHaveLength(1);
  });
});

describe('renderPlanComment', () => {
  it('renders counts per zone, the snapshot list, the safety verdict and the checksum', () => {
    const body = renderPlanComment(input());
    expect(body).toContain('### DNS plan: 1 to create, 2 to update, 1 to delete');
    const rows = body.split('\n').filter((line) => line.startsWith('| example.'));
    expect(rows.map(tableCells)).toEqual([
      ['example.com', '1', '2', '1', 'will apply'],
      ['example.org', '0', '0', '0', 'no changes'],
    ]);
    expect(body).toContain('**Merging would snapshot** `example.com` before the first write to it');
    expect(body).toContain('every zone plan is within its safety limits');
    expect(body).toContain(`Plan checksum: \`${CHECKSUM}\``);
    expect(body).toContain('commit `6dcb09b5b578`');
    // Only zones with changes get a details block.
    expect(body.match(/<details>/g)).toHaveLength(1);
    expect(body).toContain('<details><summary><b>example.com</b>: 1 to create, 2 to update, 1 to delete</summary>');
  });

  it('past twenty zones, lists the zones that change and sums up the others in one row, so that thousands of zones still fit', () => {
    const quiet = (n: number) => Array.from({ length: n }, (_, i) => zonePlan(`z${i}.example`, []));
    const changed = input().plans[0]!;
    const body = renderPlanComment(input({ plans: [changed, ...quiet(24)] }));
    const rows = body.split('\n').filter((line) => /^\| [^Z-]/.test(line) && !line.startsWith('|---'));
    expect(rows.map(tableCells)).toEqual([
      ['example.com', '1', '2', '1', 'will apply'],
      ['*24 other zones*', '0', '0', '0', 'no changes'],
    ]);
    // Twenty zones or fewer: a row each, as always.
    const small = renderPlanComment(input({ plans: [changed, ...quiet(19)] }));
    expect(small).toContain('| z18.example | 0 | 0 | 0 | no changes |');
    // Thousands of zones: the one change is still in the comment, whole.
    const huge = renderPlanComment(input({ plans: [...quiet(1500), changed, ...quiet(1500).map((p) => ({ ...p, zone: `y-${p.zone}` }))] }));
    expect(huge.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(huge).toContain('<details><summary><b>example.com</b>: 1 to create, 2 to update, 1 to delete</summary>');
    expect(huge).toContain('| *3000 other zones* | 0 | 0 | 0 | no changes |');
  });

  it('shows each change as diff lines in zone-file form with TTLs, unchanged values as context', () => {
    const plan = input().plans[0];
    expect(plan).toBeDefined();
    expect(zoneDiff(plan!)).toBe([
      '-old   300 IN A     192.0.2.9',
      '+www  3600 IN CNAME example.com.',
      ' @     300 IN A     192.0.2.1',
      '-@     300 IN A     192.0.2.2',
      '+@     300 IN A     192.0.2.3',
      '-mail 3600 IN MX    10 mx.example.net.',
      '+mail  300 IN MX    10 mx.example.net.',
    ].join('\n'));
    const { fences } = readBlocks(renderPlanComment(input()));
    expect(fences).toHaveLength(1);
    expect(fences[0]?.info).toBe('diff');
    expect(fences[0]?.lines.join('\n')).toBe(zoneDiff(plan!));
  });

  it('quotes TXT text as a zone file would', () => {
    const plan = zonePlan('example.com', [create(rrset('@', 'TXT', ['v=spf1 include:"x" \\ -all']))]);
    expect(zoneDiff(plan)).toBe('+@ 300 IN TXT "v=spf1 include:\\"x\\" \\\\ -all"');
  });

  it('says "no changes" in the same comment when nothing differs', () => {
    const body = renderPlanComment(input({ plans: [zonePlan('example.com', []), zonePlan('example.org', [])] }));
    expect(body).toContain('### DNS plan: no changes');
    expect(body).toContain('No changes: the live zones already match the zone files (2 zones checked). Merging writes nothing.');
    expect(body).not.toContain('<details>');
    expect(parsePlanComment(body)).toEqual({ key: 'zones', checksum: CHECKSUM });
  });

  it('names the zones that the safety check refuses and leaves them out of the snapshot list', () => {
    const body = renderPlanComment(input({
      plans: [
        zonePlan('example.com', [remove(rrset('a', 'A', ['192.0.2.1']))]),
        zonePlan('example.net', [create(rrset('b', 'A', ['192.0.2.2']))]),
      ],
      safety: [{ zone: 'example.com', refused: true, reason: 'deletes and updates touch 5 of 12 rrsets (42% > 30%); raise safety.maxChangeRatio or use force' }],
    }));
    expect(body).toContain('**Safety:** apply will refuse these zone plans unless forced:');
    expect(body).toContain('- `example.com`: deletes and updates touch 5 of 12 rrsets \\(42% &gt; 30%\\); raise safety.maxChangeRatio or use force');
    expect(body).toContain('**Merging would snapshot** `example.net` before');
    expect(body.split('\n').find((line) => line.startsWith('| example.com'))).toContain('refused by the safety check');
  });

  it('lists warnings and a lead notice as escaped text', () => {
    const body = renderPlanComment(input({ warnings: ['zones/x.yaml: @octocat see #12'], notice: 'Fresh plan differs' }));
    expect(body).toContain('> - zones/x.yaml: \\@octocat see \\#12');
    expect(body).toContain('> [!CAUTION]\n> Fresh plan differs');
  });
});

describe('hostile values render inert', () => {
  const hostile = 'a```b ~~~ <script>alert(1)</script> | `tick` ``` <img src=x onerror=alert(2)> @octocat';
  const body = renderPlanComment(input({
    plans: [zonePlan('evil|<i>x</i>.example', [
      create(rrset('x', 'TXT', [hostile])),
      create(rrset('y', 'CNAME', ['```\n</details><script>alert(3)</script>'])),
    ])],
    safety: [{ zone: 'evil|<i>x</i>.example', refused: true, reason: '<script>alert(4)</script> | `x`' }],
    warnings: ['<script>alert(5)</script> ``` | x'],
  }));
  const { outside, fences } = readBlocks(body);

  it('keeps every value inside one diff block that its content cannot close', () => {
    expect(fences).toHaveLength(1);
    expect(fences[0]?.fence.length).toBeGreaterThan(3);
    expect(fences[0]?.info).toBe('diff');
    const content = fences[0]?.lines.join('\n') ?? '';
    expect(content).toContain(hostile);
    // A line break inside a value is shown, not obeyed: the value stays on its own diff line.
    expect(content).toContain('```\\u{000a}</details><script>alert(3)</script>');
    expect(fences[0]?.lines.every((line) => /^[-+ ]/.test(line))).toBe(true);
  });

  it('leaves no HTML outside the diff block but the comment\'s own tags', () => {
    const interpreted = outside.map(withoutCodeSpans).join('\n');
    expect(interpreted.toLowerCase()).not.toContain('<script');
    expect(interpreted.toLowerCase()).not.toContain('<img');
    expect(interpreted.toLowerCase()).not.toContain('<i>');
    const tags = [...interpreted.matchAll(/<\/?([a-z!][a-z0-9-]*)/gi)].map((match) => match[1]?.toLowerCase());
    expect(new Set(tags)).toEqual(new Set(['!--', 'sub', 'details', 'summary', 'b']));
    expect(interpreted).not.toMatch(/(?<!\\)@octocat/);
  });

  it('keeps the table to five cells per row even when the zone name holds a pipe', () => {
    const rows = outside.filter((line) => line.startsWith('|'));
    expect(rows.length).toBe(3);
    for (const row of rows) expect(tableCells(row)).toHaveLength(5);
  });

  it('escapes inline text so that Markdown and HTML read it as text', () => {
    expect(escapeInline('<b>|`x`|</b>')).toBe('&lt;b&gt;\\|\\`x\\`\\|&lt;/b&gt;');
    expect(escapeInline("it's & [link](javascript:x)")).toBe('it&#39;s &amp; \\[link\\]\\(javascript:x\\)');
  });

  it('spells out control, zero-width and bidi characters', () => {
    const plan = zonePlan('example.com', [create(rrset('x', 'TXT', ['safe\u202Eevil\u200Bz\u0007']))]);
    expect(zoneDiff(plan)).toBe('+x 300 IN TXT "safe\\u{202e}evil\\u{200b}z\\u0007"');
  });

  it('fences with more backticks than any run in the content', () => {
    expect(fenced('diff', 'a ````` b')).toBe('``````diff\na ````` b\n``````');
    expect(fenced('diff', 'plain')).toBe('```diff\nplain\n```');
  });
});

describe('plans too large for one comment', () => {
  const big = (zones: number, rrsets: number) => input({
    plans: Array.from({ length: zones }, (_, zone) => zonePlan(`zone${zone}.example`,
      Array.from({ length: rrsets }, (_, index) => create(rrset(`host-${index}`, 'TXT', [`v=${'x'.repeat(200)}-${index}`]))))),
  });

  it('stays under GitHub\'s limit, keeps the summary and the checksum, and points to the job summary', () => {
    const plan = big(8, 100);
    const full = renderPlanMarkdown(plan);
    expect(full.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT);
    const url = 'https://github.com/octo/dns/actions/runs/42';
    const body = renderPlanComment(plan, { fullPlanUrl: url });
    expect(body.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(parsePlanComment(body)).toEqual({ key: 'zones', checksum: CHECKSUM });
    expect(body).toContain('### DNS plan: 800 to create, 0 to update, 0 to delete');
    expect(body.split('\n').filter((line) => line.startsWith('| zone'))).toHaveLength(8);
    expect(body).toContain(`The full plan is in [the job summary of this run](${url}).`);
    const kept = (body.match(/<details>/g) ?? []).length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(8);
    expect(body).toContain(`the details of ${8 - kept} zones are left out`);
    expect(readBlocks(body).fences).toHaveLength(kept);
    // The full rendering holds every change.
    for (let zone = 0; zone < 8; zone += 1) expect(full).toContain(`<b>zone${zone}.example</b>`);
    expect(readBlocks(full).fences.flatMap((block) => block.lines)).toHaveLength(800);
  });

  it('drops a single zone too large to fit rather than cutting a diff in half', () => {
    const body = renderPlanComment(big(1, 400), { maxLength: 20_000 });
    expect(body.length).toBeLessThanOrEqual(20_000);
    expect(body).not.toContain('<details>');
    expect(body).toContain('the details of 1 zone are left out. The full plan is in the job summary of this run.');
    expect(readBlocks(body).fences).toHaveLength(0);
  });

  it('returns the full plan unchanged when it fits', () => {
    const plan = big(2, 5);
    expect(renderPlanComment(plan)).toBe(renderPlanMarkdown(plan));
  });
});

describe('renderApplyMarkdown', () => {
  const www = create(rrset('www', 'A', ['192.0.2.1']));
  const old = remove(rrset('old', 'A', ['192.0.2.9']));
  const mx = update(rrset('@', 'MX', ['10 a.example.net.']), rrset('@', 'MX', ['10 b.example.net.']));
  const rollbackCommand = (zone: string, id: string) => `livedns rollback ${zone} --snapshot ${id}`;
  const plans = [zonePlan('example.com', [old, www, mx]), zonePlan('example.org', [create(rrset('a', 'A', ['192.0.2.5']))]), zonePlan('example.net', [])];

  it('lists what was written per zone with its snapshot id and the commands that undo it', () => {
    const body = renderApplyMarkdown({
      plans,
      checksum: CHECKSUM,
      commit: 'abcdef0123456789',
      rollbackCommand,
      zones: [
        { zone: 'example.com', outcome: 'applied', snapshot: { id: 'snap-1' }, written: [old, www, mx], notWritten: [], mismatches: [] },
        { zone: 'example.org', outcome: 'applied', snapshot: { id: 'snap-2' }, written: plans[1]!.changes, notWritten: [], mismatches: [] },
        { zone: 'example.net', outcome: 'unchanged', written: [], notWritten: [], mismatches: [] },
      ],
    });
    expect(body).toContain('### DNS apply: 2 created, 1 updated, 1 deleted');
    expect(body.split('\n').filter((line) => line.startsWith('| example.')).map(tableCells)).toEqual([
      ['example.com', 'applied', '3', '0', '`snap-1`'],
      ['example.org', 'applied', '1', '0', '`snap-2`'],
    ]);
    const sh = readBlocks(body).fences.find((block) => block.info === 'sh');
    expect(sh?.lines).toEqual(['livedns rollback example.com --snapshot snap-1', 'livedns rollback example.org --snapshot snap-2']);
    expect(readBlocks(body).fences.filter((block) => block.info === 'diff')).toHaveLength(2);
    expect(body).toContain('commit `abcdef012345`');
  });

  it('on a failure says what was written, what was not, and how to roll back', () => {
    const body = renderApplyMarkdown({
      plans,
      checksum: CHECKSUM,
      rollbackCommand,
      zones: [
        {
          zone: 'example.com', outcome: 'failed', snapshot: { id: 'snap-1' }, written: [old], notWritten: [www, mx],
          failure: { message: 'LiveDNS answered 500 on PUT www A', change: www }, mismatches: [],
          rollbackCommand: 'livedns rollback example.com --snapshot snap-1',
        },
        { zone: 'example.org', outcome: 'not-started', written: [], notWritten: plans[1]!.changes, mismatches: [] },
      ],
    });
    expect(body).toContain('### DNS apply: FAILED');
    expect(body).toContain('#### example.com: **FAILED**');
    expect(body).toContain('LiveDNS answered 500 on PUT www A');
    expect(body).toContain('Written (1):');
    expect(body).toContain('Not written (2):');
    expect(body).toContain('#### example.org: not started (an earlier zone failed)');
    const blocks = readBlocks(body).fences;
    expect(blocks.some((block) => block.info === 'diff' && block.lines.join('\n') === '-old 300 IN A 192.0.2.9')).toBe(true);
    expect(blocks.filter((block) => block.info === 'sh').flatMap((block) => block.lines)).toContain('livedns rollback example.com --snapshot snap-1');
  });

  it('says why nothing was written when the apply was refused', () => {
    const body = renderApplyMarkdown({ plans, checksum: CHECKSUM, rollbackCommand, refused: ['example.com: refusing to apply <b>5</b> deletes'] });
    expect(body).toContain('### DNS apply: refused, nothing was written');
    expect(body).toContain('- example.com: refusing to apply &lt;b&gt;5&lt;/b&gt; deletes');
    expect(body).toContain(`Fresh plan checksum: \`${CHECKSUM}\``);
  });

  it('says so when there was nothing to apply', () => {
    const body = renderApplyMarkdown({ plans: [zonePlan('example.net', [])], checksum: CHECKSUM, rollbackCommand, zones: [] });
    expect(body).toContain('### DNS apply: no changes');
    expect(body).toContain('no snapshot was taken');
  });
});

describe('plans too large for the job summary', () => {
  it('can point to another place than the job summary', () => {
    const plan = input({ plans: [zonePlan('a.example', Array.from({ length: 200 }, (_, index) => create(rrset(`h${index}`, 'TXT', ['x'.repeat(100)]))))] });
    const body = renderPlanComment(plan, { maxLength: 5_000, fullPlanElsewhere: 'the JSON plan file (plan.json)' });
    expect(body.length).toBeLessThanOrEqual(5_000);
    expect(body).toContain('This plan is too large for one job summary: the details of 1 zone are left out. The full plan is in the JSON plan file \\(plan.json\\).');
  });
});
