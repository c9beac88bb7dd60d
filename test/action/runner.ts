/**
 * A simulated GitHub Actions runner: what the real runner gives a `node24` action, nothing more.
 * - `INPUT_<NAME>` variables, with action.yml's defaults filled in as the runner does
 *   (`${{ github.token }}` becomes the job's token);
 * - the event payload in a file at GITHUB_EVENT_PATH, GITHUB_EVENT_NAME, GITHUB_REPOSITORY, GITHUB_SHA...;
 * - fresh GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files per step, RUNNER_TEMP, and the workspace as cwd.
 * A step runs either in this process (run() from the source, so nock can serve GitHub) or as
 * `node dist/action.js` in a child process (the committed bundle itself).
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { vi } from 'vitest';
import * as core from '@actions/core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures/github');

export interface RunnerOptions {
  readonly eventName: string;
  /** A payload, or the name of a file in test/fixtures/github. */
  readonly event: object | string;
  readonly inputs: Record<string, string>;
  readonly githubApiUrl: string;
  readonly githubToken: string;
  readonly repository?: string;
  readonly sha?: string;
  readonly ref?: string;
  readonly actor?: string;
  readonly env?: Record<string, string>;
}

export interface StepResult {
  /** The process exit code the runner would see (core.setFailed sets 1). */
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly summary: string;
  readonly outputs: Record<string, string>;
}

export class SimulatedRunner {
  private step = 0;
  private constructor(
    readonly dir: string,
    readonly workspace: string,
    private readonly options: RunnerOptions,
    private readonly eventPath: string,
    private readonly defaults: Record<string, string>,
  ) {}

  static async create(options: RunnerOptions): Promise<SimulatedRunner> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'livedns-action-'));
    const workspace = path.join(dir, 'workspace');
    await mkdir(path.join(dir, 'temp'), { recursive: true });
    await mkdir(path.join(workspace, 'zones'), { recursive: true });
    const payload = typeof options.event === 'string'
      ? JSON.parse(await readFile(path.join(FIXTURES, options.event), 'utf8')) as object
      : options.event;
    const eventPath = path.join(dir, 'event.json');
    await writeFile(eventPath, JSON.stringify(payload));
    return new SimulatedRunner(dir, workspace, options, eventPath, await actionDefaults(options.githubToken));
  }

  async writeZone(file: string, text: string): Promise<void> {
    await writeFile(path.join(this.workspace, 'zones', file), text);
  }

  async removeZone(file: string): Promise<void> {
    await rm(path.join(this.workspace, 'zones', file));
  }

  /** The environment of the next step, with fresh output and summary files. */
  private async stepEnv(inputs: Record<string, string>): Promise<{ env: Record<string, string>; outputFile: string; summaryFile: string }> {
    this.step += 1;
    const outputFile = path.join(this.dir, `output-${this.step}`);
    const summaryFile = path.join(this.dir, `summary-${this.step}`);
    await writeFile(outputFile, '');
    await writeFile(summaryFile, '');
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? this.dir,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: this.options.eventName,
      GITHUB_EVENT_PATH: this.eventPath,
      GITHUB_REPOSITORY: this.options.repository ?? 'octo-org/dns',
      GITHUB_REPOSITORY_OWNER: (this.options.repository ?? 'octo-org/dns').split('/')[0] ?? '',
      GITHUB_SHA: this.options.sha ?? '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      GITHUB_REF: this.options.ref ?? 'refs/pull/7/merge',
      GITHUB_ACTOR: this.options.actor ?? 'octocat',
      GITHUB_API_URL: this.options.githubApiUrl,
      GITHUB_SERVER_URL: 'https://github.test',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKFLOW: 'dns',
      GITHUB_WORKSPACE: this.workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: path.join(this.dir, 'temp'),
      RUNNER_OS: 'Linux',
      ...this.options.env,
    };
    for (const [name, value] of Object.entries({ ...this.defaults, ...this.options.inputs, ...inputs })) {
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    return { env, outputFile, summaryFile };
  }

  /** Runs run() from the source in this process, as one step. */
  async runInProcess(inputs: Record<string, string> = {}): Promise<StepResult> {
    const { env, outputFile, summaryFile } = await this.stepEnv(inputs);
    const savedEnv = { ...process.env };
    const savedCwd = process.cwd();
    const savedExitCode = process.exitCode;
    const stdout: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    });
    let exitCode = 0;
    try {
      for (const name of Object.keys(process.env)) delete process.env[name];
      Object.assign(process.env, env);
      process.chdir(this.workspace);
      process.exitCode = undefined;
      // @actions/core keeps the summary file of the first step it saw; a real runner starts a process per step.
      (core.summary as unknown as { _filePath?: string })._filePath = undefined;
      core.summary.emptyBuffer();
      const { run } = await import('../../src/action/main.js');
      await run();
      exitCode = Number(process.exitCode ?? 0);
    } finally {
      write.mockRestore();
      process.exitCode = savedExitCode;
      process.chdir(savedCwd);
      for (const name of Object.keys(process.env)) delete process.env[name];
      Object.assign(process.env, savedEnv);
    }
    return { exitCode, stdout: stdout.join(''), stderr: '', summary: await readFile(summaryFile, 'utf8'), outputs: parseOutputs(await readFile(outputFile, 'utf8')) };
  }

  /** Runs `node <bundle>` as a child process, as the runner does with `runs.main`. */
  async runBundle(bundle = path.join(ROOT, 'dist/action.js'), inputs: Record<string, string> = {}): Promise<StepResult> {
    const { env, outputFile, summaryFile } = await this.stepEnv(inputs);
    const child = spawn(process.execPath, [bundle], { cwd: this.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const exitCode = await new Promise<number>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolve(code ?? -1));
    });
    return {
      exitCode,
      stdout: Buffer.concat(stdout).toString('utf8'),
      stderr: Buffer.concat(stderr).toString('utf8'),
      summary: await readFile(summaryFile, 'utf8'),
      outputs: parseOutputs(await readFile(outputFile, 'utf8')),
    };
  }

  async dispose(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** The inputs' defaults from action.yml, as the runner fills them in. */
async function actionDefaults(githubToken: string): Promise<Record<string, string>> {
  const action = parseYaml(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    if (input.default === undefined) continue;
    defaults[name] = input.default.replace(/\$\{\{\s*github\.token\s*\}\}/, githubToken);
  }
  return defaults;
}

/**
 * Reads a GITHUB_OUTPUT file: `name<<DELIMITER`, the value's lines, `DELIMITER` (what @actions/core writes),
 * or `name=value`. Throws on anything else, so a malformed file fails the test.
 */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc?.[1] && heredoc[2]) {
      const end = lines.indexOf(heredoc[2], index + 1);
      if (end < 0) throw new Error(`GITHUB_OUTPUT: no closing delimiter for ${heredoc[1]}`);
      outputs[heredoc[1]] = lines.slice(index + 1, end).join('\n');
      index = end;
      continue;
    }
    const simple = /^([^=]+)=(.*)$/.exec(line);
    if (!simple?.[1]) throw new Error(`GITHUB_OUTPUT: unreadable line ${JSON.stringify(line)}`);
    outputs[simple[1]] = simple[2] ?? '';
  }
  return outputs;
}

/** The `::error ...::` and `::warning ...::` workflow commands printed on stdout, with their properties. */
export function workflowCommands(stdout: string, command: 'error' | 'warning' | 'notice'): { properties: Record<string, string>; message: string }[] {
  const found: { properties: Record<string, string>; message: string }[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const match = new RegExp(`^::${command}(?: ([^:]*))?::(.*)$`).exec(line);
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const pair of (match[1] ?? '').split(',')) {
      const [key, ...value] = pair.split('=');
      if (key) properties[key] = decodeCommand(value.join('='));
    }
    found.push({ properties, message: decodeCommand(match[2] ?? '') });
  }
  return found;
}

function decodeCommand(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}
