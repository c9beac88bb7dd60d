import { existsSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { UserError } from '../../errors.js';
import { startEmulator, type EmulatorFaults, type FaultRule } from '../../emulator/server.js';
import { parseFaultRule } from '../../emulator/faults.js';
import { loadState, newZoneRrsets, normaliseState, saveState, type EmulatorState } from '../../emulator/state.js';
import { readFile } from 'node:fs/promises';

interface EmulatorCliOptions {
  port: number;
  state?: string;
  token?: string;
  journal?: string;
  zone: string[];
  rate429?: number;
  error5xx?: number;
  reset?: number;
  latency?: number;
  retryAfter?: number;
  limitPerMinute?: number;
  seed?: number;
  failOn: FaultRule[];
  faults?: string;
  maxPerPage?: number;
  htmlForbidden?: boolean;
  verbose?: boolean;
  nameserverReads?: number;
  nameserverDelay?: number;
}

function number(kind: 'ratio' | 'integer' | 'port') {
  return (raw: string): number => {
    const value = Number(raw);
    const ok =
      kind === 'ratio' ? value >= 0 && value <= 1 : kind === 'port' ? Number.isInteger(value) && value >= 0 && value <= 65535 : Number.isInteger(value) && value >= 0;
    if (raw.trim() === '' || !ok) {
      throw new InvalidArgumentError(kind === 'ratio' ? 'expected a ratio between 0 and 1' : kind === 'port' ? 'expected a port, 0..65535' : 'expected an integer >= 0');
    }
    return value;
  };
}

function collectRule(raw: string, previous: FaultRule[]): FaultRule[] {
  try {
    return [...previous, parseFaultRule(raw)];
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
}

async function readFaultsFile(file: string): Promise<EmulatorFaults> {
  try {
    const json: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('expected a JSON object');
    const faults = json as EmulatorFaults;
    for (const rule of faults.rules ?? []) parseFaultRule(JSON.stringify(rule));
    return faults;
  } catch (error) {
    throw new UserError(`cannot use faults file ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function run(opts: EmulatorCliOptions): Promise<void> {
  const state: EmulatorState = opts.state !== undefined && existsSync(opts.state) ? await loadState(opts.state) : normaliseState({ domains: {} });
  for (const fqdn of opts.zone) {
    const key = fqdn.toLowerCase().replace(/\.$/, '');
    state.domains[key] ??= { rrsets: newZoneRrsets(), snapshots: [] };
  }
  const fromFile = opts.faults === undefined ? {} : await readFaultsFile(opts.faults);
  const faults: EmulatorFaults = {
    ...fromFile,
    ...(opts.seed === undefined ? {} : { seed: opts.seed }),
    ...(opts.rate429 === undefined ? {} : { rate429: opts.rate429 }),
    ...(opts.error5xx === undefined ? {} : { error5xx: opts.error5xx }),
    ...(opts.reset === undefined ? {} : { reset: opts.reset }),
    ...(opts.latency === undefined ? {} : { latencyMs: opts.latency }),
    ...(opts.retryAfter === undefined ? {} : { retryAfter: opts.retryAfter }),
    ...(opts.limitPerMinute === undefined ? {} : { limitPerMinute: opts.limitPerMinute }),
    rules: [...(fromFile.rules ?? []), ...opts.failOn],
  };

  let emulator;
  try {
    emulator = await startEmulator({
      port: opts.port,
      state,
      token: opts.token,
      journalFile: opts.journal,
      faults,
      maxPerPage: opts.maxPerPage,
      htmlForbidden: opts.htmlForbidden,
      domainApi: {
        ...(opts.nameserverReads === undefined ? {} : { nameserverReadsUntilVisible: opts.nameserverReads }),
        ...(opts.nameserverDelay === undefined ? {} : { nameserverDelayMs: opts.nameserverDelay }),
      },
      onRequest: opts.verbose === true ? (entry) => process.stderr.write(`${JSON.stringify(entry)}\n`) : undefined,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UserError(`port ${opts.port} is in use: pick another with --port, or --port 0 for a free one`);
    throw error;
  }

  const zones = Object.keys(emulator.state.domains);
  process.stdout.write(
    `LiveDNS emulator listening on ${emulator.url} (${zones.length} zone${zones.length === 1 ? '' : 's'}${zones.length > 0 ? `: ${zones.join(', ')}` : ''})\n` +
      `export GANDI_API_URL=${emulator.url} GANDI_PERSONAL_ACCESS_TOKEN=${emulator.token}\n`,
  );

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  await emulator.close();
  if (opts.state !== undefined) {
    await saveState(opts.state, emulator.state);
    process.stderr.write(`emulator state saved to ${opts.state}\n`);
  }
  process.stderr.write(`emulator stopped (${signal}) after ${emulator.journal.length} requests\n`);
}

export function registerEmulatorCommand(program: Command): void {
  program
    .command('emulator')
    .description('Run a local LiveDNS emulator on 127.0.0.1 (same paths and quirks as Gandi) until Ctrl-C')
    .option('--port <n>', 'TCP port, 0 for a free one', number('port'), 8053)
    .option('--state <file>', 'load the zones from this JSON file if it exists, and save them there on exit')
    .option('--token <token>', 'the token that sees every zone (default livedns-emulator-token)')
    .option('--journal <file>', 'append one JSON line per request to this file')
    .option('--zone <fqdn>', 'add a zone pre-filled like a new Gandi zone (repeatable)', (v: string, p: string[]) => [...p, v], [])
    .option('--rate-429 <ratio>', 'share of requests answered 429 with Retry-After', number('ratio'))
    .option('--retry-after <seconds>', 'Retry-After on injected 429s (0: none)', number('integer'))
    .option('--error-5xx <ratio>', 'share of requests answered 500/502/503/504', number('ratio'))
    .option('--reset <ratio>', 'share of connections destroyed without an answer', number('ratio'))
    .option('--latency <ms>', 'milliseconds added to every answer', number('integer'))
    .option('--limit-per-minute <n>', 'answer 429 beyond this many requests per rolling minute', number('integer'))
    .option('--seed <n>', 'seed for the random faults', number('integer'))
    .option('--fail-on <rule>', 'fail a specific request: PUT#3=503, "DELETE /records/old/A=reset", POST=hang, or JSON (repeatable)', collectRule, [])
    .option('--faults <file>', 'JSON file of fault settings (EmulatorFaults without failOn)')
    .option('--max-per-page <n>', 'cap per_page like a server that silently lowers it', number('integer'))
    .option('--html-forbidden', 'answer 403s with an HTML page instead of JSON')
    .option('--nameserver-reads <n>', 'Domain API: reads of a domain before a nameserver change shows (default 0)', number('integer'))
    .option('--nameserver-delay <ms>', 'Domain API: milliseconds before a nameserver change shows (default 0)', number('integer'))
    .option('--verbose', 'print each request as a JSON line on stderr')
    .action(run);
}
