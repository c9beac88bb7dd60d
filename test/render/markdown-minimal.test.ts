import { describe, expect, it } from 'vitest';
import { renderPlanMarkdown } from '../../src/render/markdown.js';
import { create, remove, rrset, zonePlan } from '../helpers/plans.js';

// What `plan --markdown` relies on, whichever renderer src/render/markdown.ts holds.
describe('renderPlanMarkdown (plan --markdown)', () => {
  it('names each zone, shows the values of changed rrsets safely fenced, and the checksum', () => {
    const plan = zonePlan('example.com', [remove(rrset('old', 'A', ['192.0.2.9'])), create(rrset('@', 'TXT', ['has ``` fences']))], 10);
    const text = renderPlanMarkdown({ key: 'zones/', plans: [plan, zonePlan('example.org', [], 3)], checksum: 'c0ffee' });
    expect(text).toMatch(/example\\?\.com/);
    expect(text).toMatch(/example\\?\.org/);
    expect(text).toContain('192.0.2.9');
    expect(text).toContain('c0ffee');
    // The value's backticks sit inside a fence longer than they are.
    const fence = /^(`{4,})\w*$/m.exec(text)?.[1];
    expect(fence).toBeDefined();
    const block = text.slice(text.indexOf(fence!) + fence!.length, text.lastIndexOf(fence!));
    expect(block).toContain('has ``` fences');
  });
});
