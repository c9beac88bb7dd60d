import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const CLI = path.resolve('dist/cli.js');

/** Runs the built CLI; resolves with the exit code instead of rejecting on a non-zero one. */
async function livedns(args: string[], cwd = process.cwd()): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'livedns-validate-'));
  await writeFile(
    path.join(dir, 'broken.example.yaml'),
    `records:
  "@":
    - type: CNAME
      value: web.example.net.
  mail:
    type: MX
    value: "10 mx1.example.net"
`,
  );
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('livedns validate', () => {
  it('validates zones/ by default and exits 0', async () => {
    const { code, stdout } = await livedns(['validate']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ok: 3 zones valid: example\.com \(\d+ rrsets\), example\.net \(\d+ rrsets\), example\.org \(\d+ rrsets\)$/m);
  });

  it('names the valid zones one by one up to ten, and sums up a larger repository in one line', async () => {
    const many = path.join(dir, 'many');
    await mkdir(many);
    for (let i = 0; i < 11; i += 1) await writeFile(path.join(many, `z${i}.example.yaml`), `records:\n  www: { type: A, value: 192.0.2.${i} }\n  mail: { type: A, value: 192.0.2.99 }\n`);
    const eleven = await livedns(['validate', many]);
    expect(eleven.code).toBe(0);
    expect(eleven.stdout).toBe('ok: 11 zones valid, 22 rrsets in all (--format json lists them)\n');
    await rm(path.join(many, 'z10.example.yaml'));
    const ten = await livedns(['validate', many]);
    expect(ten.stdout).toMatch(/^ok: 10 zones valid: z0\.example \(2 rrsets\), z1\.example \(2 rrsets\), .*z9\.example \(2 rrsets\)\n$/);
  });

  it('prints every problem as file:line:column with hints, and exits 1', async () => {
    const file = path.join(dir, 'broken.example.yaml');
    const { code, stdout, stderr } = await livedns(['validate', file]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        `${file}:3:7: error: a CNAME is not allowed at the apex (it would hide the zone's SOA and NS)`,
        '  hint: use type: ALIAS at the apex: Gandi resolves its target to addresses',
        `${file}:7:12: error: MX exchange "mx1.example.net" is not fully qualified: host names must end with a dot`,
        '  hint: write "10 mx1.example.net." (without it, Gandi reads it relative to the zone: "mx1.example.net.broken.example.")',
        'failed: 2 errors, 0 warnings',
        '',
      ].join('\n'),
    );
  });

  it('prints a JSON document with --format json', async () => {
    const { code, stdout } = await livedns(['validate', '--format', 'json', 'zones', path.join(dir, 'broken.example.yaml')]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { version: number; valid: boolean; zones: { zone: string }[]; issues: { rule: string; line: number; column: number }[]; summary: unknown };
    expect(report.version).toBe(1);
    expect(report.valid).toBe(false);
    expect(report.zones.map((z) => z.zone)).toEqual(['example.com', 'example.net', 'example.org']);
    expect(report.issues.map((i) => [i.rule, i.line, i.column])).toEqual([
      ['cname-apex', 3, 7],
      ['target-not-fqdn', 7, 12],
    ]);
    expect(report.summary).toEqual({ errors: 2, warnings: 0 });
  });

  it('reports a missing path as a problem, not a crash', async () => {
    const { code, stdout, stderr } = await livedns(['validate', 'no/such/dir']);
    expect(code).toBe(1);
    expect(stdout).toContain('no/such/dir: error: no such file or directory');
    expect(stderr).not.toContain('    at ');
  });

  it('refuses an unknown format as a usage error', async () => {
    const { code, stderr } = await livedns(['validate', '--format', 'xml']);
    expect(code).toBe(1);
    expect(stderr).toBe('error: unknown --format "xml": use text or json\n');
  });
});
