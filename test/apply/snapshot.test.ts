import { describe, expect, it } from 'vitest';
import { currentGitSha, isOurSnapshot, newestOurSnapshot, snapshotName } from '../../src/apply/snapshot.js';

describe('snapshot names', () => {
  it('is `livedns-gitops <ISO time>[ <git sha>]`', () => {
    const now = new Date('2025-03-04T05:06:07.089Z');
    expect(snapshotName(now, 'abc1234')).toBe('livedns-gitops 2025-03-04T05:06:07.089Z abc1234');
    expect(snapshotName(now)).toBe('livedns-gitops 2025-03-04T05:06:07.089Z');
    expect(isOurSnapshot({ name: snapshotName(now) })).toBe(true);
    expect(isOurSnapshot({ name: 'livedns-gitopsX' })).toBe(false);
  });

  it('finds the newest of ours, breaking same-second ties by the time in the name', () => {
    const s = (id: string, name: string, created_at: string) => ({ id, name, created_at, automatic: false });
    expect(
      newestOurSnapshot([
        s('1', 'livedns-gitops 2025-01-01T00:00:00.100Z', '2025-01-01T00:00:00Z'),
        s('3', 'livedns-gitops 2025-01-01T00:00:00.900Z', '2025-01-01T00:00:00Z'),
        s('2', 'livedns-gitops 2025-01-01T00:00:00.500Z', '2025-01-01T00:00:00Z'),
        s('4', 'someone else', '2025-06-01T00:00:00Z'),
      ])?.id,
    ).toBe('3');
    expect(newestOurSnapshot([s('4', 'someone else', '2025-06-01T00:00:00Z')])).toBeUndefined();
  });

  it('takes the git sha from GITHUB_SHA first, then from git when in a checkout', () => {
    expect(currentGitSha({ GITHUB_SHA: 'deadbeef' })).toBe('deadbeef');
    expect(currentGitSha({}, process.cwd())).toMatch(/^[0-9a-f]{4,40}$/);
    expect(currentGitSha({}, '/')).toBeUndefined();
  });
});
