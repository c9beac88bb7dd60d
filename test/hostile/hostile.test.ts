/**
 * The hostile-input corpus: every file of test/fixtures/hostile/, plus the cases that can only be built
 * at test time (a 50 MB file, links out of the tree, a FIFO, file names with a backslash or a newline,
 * absolute and `../` paths), goes through `livedns validate` and `livedns plan`, each the built CLI as a
 * child process. Each run must stop with exit 1 and a message naming the file (and line where there is
 * one), print no stack trace, send no request (a fresh emulator's journal stays empty), and write no file
 * anywhere in the sandbox: working tree, HOME and TMPDIR are all inside it and compared before and after.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/server.js';
import { printable } from '../../src/render/issues.js';
import { readZones } from '../../src/zonefile/read.js';
import { CORPUS, type Expected } from './corpus.js';
import { readBlocks } from '../render/markdown-structure.js';

const CLI = path.resolve('dist/cli.js');
const FIXTURES = path.resolve('test/fixtures/hostile');

interface Case {
  /** What the CLI is given, relative to the working tree or absolute. */
  readonly arg: string;
  readonly expected: Expected & { readonly anyLine?: boolean };
}

let root: string;
let work: string;
let env: Record<string, string>;
let before: string[];

/** Every path below the sandbox root, links not followed. */
async function listing(): Promise<string[]> {
  return (await readdir(root, { recursive: true })).map(String).sort();
}

function hasMkfifo(): boolean {
  return spawnSync('mkfifo', ['--version'], { stdio: 'ignore' }).status === 0;
}

const line = '  host: { type: A, value: 192.0.2.1 }\n';
const small = 'records:\n  www: { type: A, value: 192.0.2.1 }\n';

/** Cases that cannot be committed, each built in the sandbox's `zones/` (or beside it) before the runs. */
const GENERATED: (Case & { readonly build: (zones: string) => Promise<unknown> })[] = [
  {
    // 50 MB of plausible YAML: refused by its size, before it is read.
    arg: 'zones/huge-50mb.example.com.yaml',
    expected: { message: /the file is 50\.0 MiB; zone files are limited to 16 MiB/ },
    build: (zones) => writeFile(path.join(zones, 'huge-50mb.example.com.yaml'), Buffer.alloc(50 * 1024 * 1024, `records:\n${line}`)),
  },
  {
    // Block mappings 1,500 deep: 2 MB, too big to commit.
    arg: 'zones/deep-block-mappings.example.com.yaml',
    expected: { anyLine: true, message: /the document is nested too deeply to be read/ },
    build: (zones) => writeFile(path.join(zones, 'deep-block-mappings.example.com.yaml'), `records:\n${Array.from({ length: 1500 }, (_, i) => `${'  '.repeat(i + 1)}a:\n`).join('')}`),
  },
  // Names that git on Windows and most tools cannot hold: a backslash, a newline.
  {
    arg: 'zones/..\\..\\evil.example.com.yaml',
    expected: { message: /the file name contains a backslash/ },
    build: (zones) => writeFile(path.join(zones, '..\\..\\evil.example.com.yaml'), small),
  },
  {
    arg: 'zones/evil\n.example.com.yaml',
    expected: { message: /zone name "evil\\u000a\.example\.com" contains "\\u000a"/ },
    build: (zones) => writeFile(path.join(zones, 'evil\n.example.com.yaml'), small),
  },
  // Links out of the tree: an absolute target, a `../` target, a device, a loop.
  {
    arg: 'zones/link-absolute.example.com.yaml',
    expected: { message: /symbolic link to \/etc\/passwd, outside its directory and the working directory/ },
    build: (zones) => symlink('/etc/passwd', path.join(zones, 'link-absolute.example.com.yaml')),
  },
  {
    arg: 'zones/link-parent.example.com.yaml',
    expected: { message: /symbolic link to .*outside\.example\.com\.yaml, outside its directory/ },
    build: async (zones) => {
      await writeFile(path.join(zones, '..', '..', 'outside.example.com.yaml'), small);
      await symlink('../../outside.example.com.yaml', path.join(zones, 'link-parent.example.com.yaml'));
    },
  },
  {
    arg: 'zones/link-dev-zero.example.com.yaml',
    expected: { message: /symbolic link to \/dev\/zero, outside/ },
    build: (zones) => symlink('/dev/zero', path.join(zones, 'link-dev-zero.example.com.yaml')),
  },
  {
    arg: 'zones/link-loop.example.com.yaml',
    expected: { message: /ELOOP|too many (levels of )?symbolic links/i },
    build: (zones) => symlink('link-loop.example.com.yaml', path.join(zones, 'link-loop.example.com.yaml')),
  },
  ...(hasMkfifo()
    ? [
        {
          arg: 'zones/fifo.example.com.yaml',
          expected: { message: /not a regular file/ },
          build: async (zones: string) => spawnSync('mkfifo', [path.join(zones, 'fifo.example.com.yaml')]),
        },
      ]
    : []),
  // Templates (zones/_templates/) are read like zone files: a link out of the tree, an alias bomb.
  {
    arg: 'templated/uses-evil-template.example.com.yaml',
    expected: { line: 1, message: /template "evil" has errors \(reported in templated\/_templates\/evil\.yaml\)/ },
    build: async (zones) => {
      const dir = path.join(zones, '..', 'templated', '_templates');
      await mkdir(dir, { recursive: true });
      await symlink('/etc/passwd', path.join(dir, 'evil.yaml'));
      await writeFile(path.join(dir, '..', 'uses-evil-template.example.com.yaml'), `templates: [evil]\n${small}`);
    },
  },
  {
    arg: 'templated/uses-bomb-template.example.com.yaml',
    expected: { line: 1, message: /template "bomb" has errors \(reported in templated\/_templates\/bomb\.yaml\)/ },
    build: async (zones) => {
      const dir = path.join(zones, '..', 'templated', '_templates');
      await mkdir(dir, { recursive: true });
      await cp(path.join(FIXTURES, 'alias-billion-laughs.example.com.yaml'), path.join(dir, 'bomb.yaml'));
      await writeFile(path.join(dir, '..', 'uses-bomb-template.example.com.yaml'), `templates: [bomb]\n${small}`);
    },
  },
  // Paths given through `../`, and absolute (made absolute once the sandbox exists).
  { arg: '../work/zones/unknown-record-key.example.com.yaml', expected: CORPUS['unknown-record-key.example.com.yaml']!, build: async () => undefined },
  { arg: '<absolute>/zones/type-root-list.example.com.yaml', expected: CORPUS['type-root-list.example.com.yaml']!, build: async () => undefined },
];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'livedns-hostile-'));
  work = path.join(root, 'work');
  const zones = path.join(work, 'zones');
  await mkdir(zones, { recursive: true });
  await mkdir(path.join(root, 'home'));
  await mkdir(path.join(root, 'tmp'));
  await cp(FIXTURES, zones, { recursive: true });
  for (const hostile of GENERATED) await hostile.build(zones);
  env = { PATH: process.env.PATH ?? '', HOME: path.join(root, 'home'), TMPDIR: path.join(root, 'tmp'), NO_COLOR: '1' };
  before = await listing();
}, 60_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Run {
  readonly code: number;
  readonly output: string;
}

function cli(args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: work, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Exit 1, no stack trace nor runtime warning, and a line naming the file (and line) with the message. */
function expectClearFailure(run: Run, { arg, expected }: Case): void {
  expect(run.code, run.output).toBe(1);
  expect(run.output).not.toMatch(/internal error|^\s+at .*:\d+:\d+\)?$|\(node:\d+\)|Error:/m);
  const label = escapeRegExp(printable(arg));
  const where = expected.anyLine ? `${label}:\\d+:\\d+` : expected.line === undefined ? label : `${label}:${expected.line}:\\d+`;
  const lines = run.output.split('\n').filter((line) => new RegExp(`^${where}: error: `).test(line));
  expect(lines.length, `no "${where}: error:" line in:\n${run.output.slice(0, 3000)}`).toBeGreaterThan(0);
  expect(lines.some((line) => expected.message.test(line)), `${expected.message} in:\n${lines.join('\n').slice(0, 3000)}`).toBe(true);
}

const committed: Case[] = Object.entries(CORPUS).map(([name, expected]) => ({ arg: `zones/${name}`, expected }));
const cases = [...committed, ...GENERATED.map(({ arg, expected }) => ({ arg, expected }))];

/** The argument as given to the CLI, once the sandbox exists. */
function argument(hostile: Case): Case {
  return hostile.arg.startsWith('<absolute>/') ? { ...hostile, arg: path.join(work, hostile.arg.slice('<absolute>/'.length)) } : hostile;
}

describe('the hostile corpus', () => {
  it('has at least 50 committed files, each with its expectation', async () => {
    const files = (await readdir(FIXTURES)).sort();
    expect(files.length).toBeGreaterThanOrEqual(50);
    expect(files).toEqual(Object.keys(CORPUS).sort());
  });

  it('states a NUL in a path as such (a NUL cannot reach the CLI: argv cannot carry one)', async () => {
    const { zones, issues } = await readZones(['zones/evil\u0000.example.com.yaml']);
    expect(zones).toEqual([]);
    expect(issues).toMatchObject([{ severity: 'error', message: 'the path contains a NUL character' }]);
  });
});

describe.concurrent('every hostile input stops validate and plan with a clear message, no request and no file written', () => {
  it.each(cases.map((c) => [printable(c.arg), c] as const))('%s', async (_label, given) => {
    const hostile = argument(given);
    const emulator = await startEmulator({ state: { domains: { 'example.com': { rrsets: [] } } } });
    try {
      const validate = await cli(['validate', hostile.arg]);
      expectClearFailure(validate, hostile);
      const plan = await cli(['plan', '--zones', hostile.arg], emulator.env);
      expectClearFailure(plan, hostile);
      expect(plan.output).toContain('nothing was sent to LiveDNS');
      expect(emulator.journal).toEqual([]);
    } finally {
      await emulator.close();
    }
  });
});

describe('Markdown and HTML in valid TXT values', () => {
  it('stay inert in the plan as a PR comment: inside a code fence longer than any backtick run they hold', async () => {
    const payloads = ['<script>alert(1)</script>', '</details>', '<!-- hide', '```', '[click](https://evil.example)', '<img src=x onerror=alert(1)>', '@everyone'].map(
      (payload, i) => `${payload} payload-${i}`,
    );
    const file = path.join(work, 'markup.example.com.yaml');
    await writeFile(file, `records:\n${payloads.map((p, i) => `  t${i}: { type: TXT, value: ${JSON.stringify(`${p} | a | b |`)} }\n`).join('')}`);
    const emulator = await startEmulator({ state: { domains: { 'markup.example.com': { rrsets: [] } } } });
    try {
      const plan = await cli(['plan', '--markdown', '--zones', file], emulator.env);
      expect(plan.code, plan.output).toBe(0);
      const { outside, fences } = readBlocks(plan.output);
      expect(outside.join('\n')).not.toContain('payload-');
      for (const payload of payloads) {
        expect(fences.some((fence) => fence.lines.some((line) => line.includes(payload)))).toBe(true);
      }
    } finally {
      await emulator.close();
      await rm(file);
    }
  });
});

describe('after every run', () => {
  it('no file was written anywhere in the sandbox (working tree, HOME, TMPDIR)', async () => {
    // Runs last in this file: vitest runs the describe blocks of a file in order.
    expect(await listing()).toEqual(before);
  });
});
