import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('livedns --help', () => {
  it('prints the usage and exits 0 from the built bundle', async () => {
    const { stdout } = await run(process.execPath, ['dist/cli.js', '--help']);
    expect(stdout).toMatch(/^Usage: livedns/);
  });

  it('exits non-zero on an unknown command', async () => {
    await expect(run(process.execPath, ['dist/cli.js', 'no-such-command'])).rejects.toMatchObject({ code: 1 });
  });
});
