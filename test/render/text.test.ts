import { describe, expect, it } from 'vitest';
import { renderApplyReport, renderPlanText, renderSnapshots, renderZonePlan } from '../../src/render/text.js';
import { create, remove, rrset, update, zonePlan } from '../helpers/plans.js';

const plan = zonePlan(
  'example.com',
  [
    remove(rrset('old', 'CNAME', ['legacy.example.net.'], 3600)),
    create(rrset('@', 'TXT', ['v=spf1 -all', 'hello world'], 300)),
    update(rrset('www', 'A', ['192.0.2.1'], 3600), rrset('www', 'A', ['192.0.2.1'], 300)),
    update(rrset('@', 'MX', ['10 a.example.net.', '20 b.example.net.'], 300), rrset('@', 'MX', ['10 a.example.net.', '30 c.example.net.'], 300)),
  ],
  8,
  2,
);

describe('renderPlanText', () => {
  it('shows each change with its sign, TTL-only updates, the delete note and a summary', () => {
    const text = renderPlanText([{ plan, file: 'zones/example.com.yaml' }, { plan: zonePlan('example.org', [], 4), file: 'zones/example.org.yaml' }]);
    expect(text).toMatchInlineSnapshot(`
      "example.com (zones/example.com.yaml)
        - old CNAME  ttl 3600
            - legacy.example.net.
        + @ TXT  ttl 300
            + "hello world"
            + "v=spf1 -all"
        ~ www A  ttl 3600 -> 300 (TTL only; values unchanged)
        ~ @ MX  ttl 300, 1 value unchanged
            - 20 b.example.net.
            + 30 c.example.net.
        note: rrsets on LiveDNS that are not in zones/example.com.yaml are deleted; add an \`ignore\` rule to keep one.
        1 to create, 2 to update, 1 to delete (8 live rrsets; 2 live rrsets left alone by ignore rules)
      example.org (zones/example.org.yaml): no changes

      Plan: 1 to create, 2 to update, 1 to delete, in 1 zone of 2.
      "
    `);
  });

  it('leaves out the zone-file note for a plan towards a snapshot', () => {
    const text = renderZonePlan({ plan, target: 'snapshot s1' });
    expect(text.split('\n')[0]).toBe('example.com (to snapshot s1)');
    expect(text).not.toContain('note:');
  });

  it('sums up the zones without changes in one line past ten of them, so that the few that change stand out', () => {
    const quiet = (n: number) => Array.from({ length: n }, (_, i) => ({ plan: zonePlan(`z${i}.example`, [], 5, i % 2), file: `zones/z${i}.example.yaml` }));
    const many = renderPlanText([{ plan, file: 'zones/example.com.yaml' }, ...quiet(11)]);
    expect(many).not.toContain('z0.example');
    expect(many).toContain('example.com (zones/example.com.yaml)\n');
    expect(many).toContain('\n11 zones without changes; 5 live rrsets left alone by ignore rules (plan --json lists every zone)\n');
    expect(many).toMatch(/Plan: 1 to create, 2 to update, 1 to delete, in 1 zone of 12\.\n$/);
    const ten = renderPlanText([{ plan, file: 'zones/example.com.yaml' }, ...quiet(10)]);
    expect(ten).toContain('z9.example (zones/z9.example.yaml): no changes; 1 live rrset left alone by ignore rules\n');
    expect(ten).not.toContain('without changes');
    expect(renderPlanText(quiet(50))).toMatch(/^50 zones without changes; 25 live rrsets left alone by ignore rules \(plan --json lists every zone\)\n\nNo changes: LiveDNS matches the zone files \(50 zones\)\.\n$/);
  });

  it('says so when nothing changes', () => {
    expect(renderPlanText([{ plan: zonePlan('a.com', [], 3) }])).toMatch(/No changes: LiveDNS matches the zone files \(1 zone\)\./);
  });

  it('colours only when asked', () => {
    const escape = '\u001b[';
    expect(renderPlanText([{ plan }])).not.toContain(escape);
    expect(renderPlanText([{ plan }], { color: true })).toContain(`${escape}32m  + @ TXT`);
  });
});

describe('renderApplyReport', () => {
  it('lists written and unwritten rrsets of a failed zone and the rollback command', () => {
    const [d, c, u] = plan.changes;
    const text = renderApplyReport({
      ok: false,
      zones: [
        { zone: 'a.com', outcome: 'applied', snapshot: { id: 's0', name: 'n' }, written: [d!], notWritten: [], mismatches: [] },
        {
          zone: 'example.com',
          outcome: 'failed',
          snapshot: { id: 's1', name: 'n' },
          written: [d!],
          notWritten: [c!, u!],
          failure: { change: c!, message: 'HTTP 500', error: new Error('HTTP 500'), mayHaveTakenEffect: true },
          mismatches: [],
          rollbackCommand: 'livedns rollback example.com --snapshot s1',
        },
        { zone: 'z.com', outcome: 'not-started', written: [], notWritten: [c!], mismatches: [] },
      ],
    });
    expect(text).toContain('a.com: applied 1 change, read-back matches (snapshot s0)');
    expect(text).toContain('example.com: FAILED: HTTP 500 (snapshot s1)');
    expect(text).toContain('  failed write: + @ TXT (it may or may not have taken effect)');
    expect(text).toContain('  written (1):\n    - old CNAME\n  not written (2):\n    + @ TXT\n    ~ www A');
    expect(text).toContain('run: livedns rollback example.com --snapshot s1');
    expect(text).toContain('z.com: not started (an earlier zone failed); 1 change not written');
  });
});

describe('renderApplyReport of many zones', () => {
  it('sums up the zones left as they were in one line past ten of them; changed and failed zones keep theirs', () => {
    const [d] = plan.changes;
    const quiet = (n: number) => Array.from({ length: n }, (_, i) => ({ zone: `z${i}.example`, outcome: 'unchanged' as const, written: [], notWritten: [], mismatches: [] }));
    const applied = { zone: 'a.com', outcome: 'applied' as const, snapshot: { id: 's0', name: 'n' }, written: [d!], notWritten: [], mismatches: [] };
    expect(renderApplyReport({ ok: true, zones: [applied, ...quiet(11)] })).toBe('a.com: applied 1 change, read-back matches (snapshot s0)\n11 zones without changes, nothing written\n');
    const ten = renderApplyReport({ ok: true, zones: [applied, ...quiet(10)] });
    expect(ten).toContain('z9.example: no changes, nothing written\n');
    expect(ten).not.toContain('zones without changes');
  });
});

describe('renderSnapshots', () => {
  it('aligns the columns and marks ours', () => {
    const text = renderSnapshots('a.com', [
      { id: 'id-2', name: 'livedns-gitops 2025-01-02T00:00:00.000Z', created_at: '2025-01-02T00:00:00Z', automatic: false, ours: true },
      { id: 'id-1', name: 'nightly', created_at: '2025-01-01T00:00:00Z', automatic: true, ours: false },
    ]);
    expect(text.split('\n')[0]).toBe('*  id-2  2025-01-02T00:00:00Z  manual     livedns-gitops 2025-01-02T00:00:00.000Z');
    expect(text.split('\n')[1]).toBe('   id-1  2025-01-01T00:00:00Z  automatic  nightly');
  });
});
