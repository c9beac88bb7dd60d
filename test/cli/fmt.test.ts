import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const CLI = path.resolve('dist/cli.js');

/** Runs the built CLI; resolves with the exit code instead of rejecting on a non-zero one. */
async function livedns(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
const at = (...parts: string[]) => path.join(dir, ...parts);
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'livedns-fmt-'));
  await cp(path.resolve('test/fixtures/fmt'), at('zones'), { recursive: true });
  await writeFile(at('zones', 'tidy.example.org.yaml'), 'records:\n  www:\n    type: A\n    value: 192.0.2.1\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('livedns fmt', () => {
  it('--check lists the zone files and templates that would change and exits 1, writing nothing', async () => {
    const before = await readFile(at('zones', 'messy.example.com.yaml'), 'utf8');
    const checked = await livedns(['fmt', '--check'], dir);
    expect(checked.code).toBe(1);
    expect(checked.stdout.split('\n').filter(Boolean)).toEqual([path.join('zones', '_templates', 'caa.yaml'), path.join('zones', '_templates', 'mail.yaml'), path.join('zones', 'messy.example.com.yaml')]);
    expect(checked.stderr).toContain('3 files are not formatted: run `livedns fmt zones/` to fix them');
    expect(await readFile(at('zones', 'messy.example.com.yaml'), 'utf8')).toBe(before);
  });

  it('rewrites what is not formatted, then --check passes and a second run changes nothing', async () => {
    const tidy = await stat(at('zones', 'tidy.example.org.yaml'));
    const formatted = await livedns(['fmt', 'zones'], dir);
    expect(formatted).toMatchObject({ code: 0, stderr: '' });
    expect(formatted.stdout.split('\n').filter(Boolean)).toHaveLength(3);
    expect(await readFile(at('zones', 'messy.example.com.yaml'), 'utf8')).toMatch(/^# A zone written by hand.*\nttl: 3600\n\ntemplates:\n {2}- caa\n {2}- mail\n/s);
    // An already formatted file is not even rewritten.
    expect((await stat(at('zones', 'tidy.example.org.yaml'))).mtimeMs).toBe(tidy.mtimeMs);
    expect(await livedns(['fmt', '--check', 'zones'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    const snapshot = await Promise.all((await readdir(at('zones'))).filter((f) => f.endsWith('.yaml')).map((f) => readFile(at('zones', f), 'utf8')));
    expect(await livedns(['fmt', 'zones'], dir)).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await Promise.all((await readdir(at('zones'))).filter((f) => f.endsWith('.yaml')).map((f) => readFile(at('zones', f), 'utf8')))).toEqual(snapshot);
    // Formatting changed no plan input: validate still sees the same zone.
    const validated = await livedns(['validate', 'zones', '--format', 'json'], dir);
    expect(JSON.parse(validated.stdout)).toMatchObject({ valid: true, zones: [{ zone: 'messy.example.com', rrsets: 10 }, { zone: 'tidy.example.org', rrsets: 1 }] });
  });

  it('refuses a file with errors: exit 1, the file untouched, the errors printed; other files are still formatted', async () => {
    const broken = 'records:\n  www: { type: A, value: 300.1.1.1 }\n  "@": {type: TXT, value: x}\n';
    await writeFile(at('zones', 'broken.example.net.yaml'), broken);
    const result = await livedns(['fmt', 'zones'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${path.join('zones', 'broken.example.net.yaml')}:2:26: error: A value "300.1.1.1" is not an IPv4 address`);
    expect(result.stderr).toContain(`${path.join('zones', 'broken.example.net.yaml')}: not formatted: fix the errors above first`);
    expect(await readFile(at('zones', 'broken.example.net.yaml'), 'utf8')).toBe(broken);
    expect(result.stdout).toContain(path.join('zones', 'messy.example.com.yaml'));
    expect((await livedns(['fmt', '--check', 'zones'], dir)).code).toBe(1);
  });

  it('formats a single template or zone file named directly, and says when a path does not exist', async () => {
    const one = await livedns(['fmt', path.join('zones', '_templates', 'caa.yaml')], dir);
    expect(one).toMatchObject({ code: 0, stdout: `${path.join('zones', '_templates', 'caa.yaml')}\n` });
    expect(await readFile(at('zones', '_templates', 'caa.yaml'), 'utf8')).toBe(
      'records:\n  "@":\n    type: CAA\n    values:\n      - 0 iodef "mailto:security@{zone}"\n      - { flags: 0, tag: issue, value: letsencrypt.org }\n',
    );
    const missing = await livedns(['fmt', 'nowhere'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nowhere: error: no such file or directory');
  });
});
