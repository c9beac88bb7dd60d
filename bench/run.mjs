// `npm run bench`: the end-to-end figures of the reconciler against the emulator. Prints figures,
// asserts nothing (except that each scenario did what it says, so that a figure is never of a failure).
//
//   node bench/run.mjs [--zones 200] [--records 50] [--latency 50] [--changed 0.1]
//                      [--concurrency 8] [--rate-limit 100000] [--no-apply] [--json-only] [--cpu-prof DIR]
//
// What runs: the built CLI (`node dist/cli.js plan|apply`), one child process per scenario, against the
// emulator started in this process with `latencyMs` added to every answer. Running the real CLI means
// the figures include what a user waits for: Node's start, reading and validating every zone file,
// reading the live zones, planning and printing. The child measures its own CPU time and peak memory
// (bench/measure.mjs), so the emulator's work is not counted. API calls come from the emulator's journal.
//
// Scenarios: `validate` of the zone files (no request: what every plan does before its first request),
// `plan` with no changes, `plan` with about `--changed` of the rrsets changed (edits, TTL changes,
// deletions, additions, spread over every zone), and `apply` of those changes; then a check that a new
// plan is empty (not timed). Last, bench/plan.mjs's 100,000-rrset planning figure.
//
// The minimum number of calls is the issue's: one read per zone, plus per changed zone one snapshot,
// one write per changed rrset and one read-back; plus, since plan and apply check delegation and expiry
// by default, the Domain API's domain list (one call per 100 domains).
//
// The rate limit is passed explicitly (--rate-limit) and printed: the client's default, 500 requests a
// minute (half of Gandi's documented 1000/min per IP), would bound these runs far more than latency
// does, which is what it is for on the real API but would hide the client's own overheads here.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitZoneFile, fromGandiRrset, startEmulator } from '../dist/index.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(HERE);
const CLI = path.join(ROOT, 'dist/cli.js');
const MEASURE = path.join(HERE, 'measure.mjs');
/** What the client asks per page (src/gandi/options.ts DEFAULT_PER_PAGE): a zone up to this size is one GET. */
const PER_PAGE = 500;
/** Domains per page of the Domain API's list (src/gandi/domain.ts DOMAIN_LIST_PER_PAGE). */
const DOMAIN_PER_PAGE = 100;
const DEFAULT_RATE_LIMIT = 500;
const DEFAULT_TTL = 3600;

function parseArgs(argv) {
  const options = { zones: 200, records: 50, latency: 50, changed: 0.1, concurrency: 8, rateLimit: 100_000, jsonOnly: false, apply: true, cpuProf: undefined };
  const numeric = { '--zones': 'zones', '--records': 'records', '--latency': 'latency', '--changed': 'changed', '--concurrency': 'concurrency', '--rate-limit': 'rateLimit' };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const [flag, inline] = arg.split('=', 2);
    if (flag === '--json-only') options.jsonOnly = true;
    // The apply writes zone after zone: at high latencies it is by far the longest scenario.
    else if (flag === '--no-apply') options.apply = false;
    // Where each CLI run writes a V8 CPU profile (open it in Chrome DevTools), to find where time goes.
    else if (flag === '--cpu-prof') options.cpuProf = path.resolve(inline ?? argv[(i += 1)]);
    else if (flag in numeric) {
      const raw = inline ?? argv[(i += 1)];
      const value = Number(raw);
      if (raw === undefined || !Number.isFinite(value) || value < 0) throw new Error(`${flag} needs a non-negative number, got ${raw}`);
      options[numeric[flag]] = value;
    } else if (flag === '--help' || flag === '-h') {
      console.log('node bench/run.mjs [--zones 200] [--records 50] [--latency 50] [--changed 0.1] [--concurrency 8] [--rate-limit 100000] [--no-apply] [--json-only] [--cpu-prof DIR]');
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (try --help)`);
  }
  if (options.zones < 1 || options.records < 1 || !Number.isInteger(options.zones) || !Number.isInteger(options.records)) {
    throw new Error('--zones and --records need positive integers');
  }
  if (options.concurrency < 1 || !Number.isInteger(options.concurrency)) throw new Error('--concurrency needs a positive integer');
  if (options.changed > 1) throw new Error('--changed is a share between 0 and 1');
  if (!(options.rateLimit > 0)) throw new Error('--rate-limit needs a positive number');
  return options;
}

const zoneName = (i, zones) => `zone-${String(i).padStart(String(zones - 1).length, '0')}.example`;

/** The live rrsets of one zone, in Gandi's wire form: a mix of the common types, some TXT split and quoted. */
function liveZone(zone, records) {
  const rrsets = [];
  for (let i = 0; i < records; i += 1) {
    const name = i === 0 ? '@' : `host-${i}`;
    const ttl = DEFAULT_TTL;
    switch (i % 6) {
      case 0:
      case 1:
        rrsets.push({ rrset_name: name, rrset_type: 'A', rrset_ttl: ttl, rrset_values: [`198.51.${(i >> 8) & 255}.${i & 255}`] });
        break;
      case 2:
        rrsets.push({ rrset_name: name, rrset_type: 'AAAA', rrset_ttl: ttl, rrset_values: [`2001:db8::${i.toString(16)}`] });
        break;
      case 3:
        rrsets.push({ rrset_name: name, rrset_type: 'MX', rrset_ttl: ttl, rrset_values: [`10 mx1.${zone}.`, '20 mx2.example.net.'] });
        break;
      case 4:
        rrsets.push({ rrset_name: name, rrset_type: 'TXT', rrset_ttl: 300, rrset_values: [`"v=spf1 ip4:198.51.100.${i & 255} -all"`] });
        break;
      default:
        rrsets.push({ rrset_name: name, rrset_type: 'CNAME', rrset_ttl: ttl, rrset_values: [`web-${i % 7}.${zone}.`] });
    }
  }
  return rrsets;
}

/** A different value of the same type, so that the rrset is an update. */
function editedValues(rrset) {
  const [first] = rrset.rrset_values;
  switch (rrset.rrset_type) {
    case 'A':
      return ['203.0.113.7'];
    case 'AAAA':
      return ['2001:db8:ffff::7'];
    case 'MX':
      return ['5 mx-new.example.net.'];
    case 'TXT':
      return [`${first.slice(0, -1)} changed"`];
    default:
      return ['moved.example.net.'];
  }
}

/**
 * The desired rrsets of one zone: the live ones with `changes` of them changed, spread evenly; they
 * cycle through a value edit, a TTL change, a deletion and an addition.
 */
function desiredZone(live, changes) {
  const desired = live.map((rrset) => ({ ...rrset }));
  const added = [];
  const deleted = new Set();
  const step = changes === 0 ? 0 : live.length / changes;
  for (let c = 0; c < changes; c += 1) {
    const index = Math.min(live.length - 1, Math.floor(c * step + step / 2));
    const rrset = desired[index];
    switch (c % 4) {
      case 0:
        rrset.rrset_values = editedValues(rrset);
        break;
      case 1:
        rrset.rrset_ttl = rrset.rrset_ttl === 300 ? 600 : 300;
        break;
      case 2:
        deleted.add(index);
        break;
      default:
        added.push({ rrset_name: `new-${c}`, rrset_type: 'A', rrset_ttl: DEFAULT_TTL, rrset_values: [`192.0.2.${c % 250}`] });
    }
  }
  return [...desired.filter((_, i) => !deleted.has(i)), ...added];
}

function zoneFile(zone, wire) {
  return emitZoneFile(zone, wire.map((rrset) => fromGandiRrset(zone, rrset)), { defaultTtl: DEFAULT_TTL });
}

/** Runs the CLI in a child process; resolves with its output, wall time, CPU time and peak memory. */
function runCli(args, { cwd, env, cpuProf }) {
  const usageFile = path.join(cwd, `usage-${process.hrtime.bigint()}.json`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // The journal's times are wall-clock (Date); the child's start on the same clock places them in the run.
    const startedAt = Date.now();
    const profile = cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${cpuProf}`] : [];
    const child = spawn(process.execPath, [...profile, '--import', MEASURE, CLI, ...args], {
      cwd,
      env: { ...env, BENCH_USAGE_FILE: usageFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', async (code) => {
      const wallMs = performance.now() - started;
      try {
        const usage = JSON.parse(await readFile(usageFile, 'utf8'));
        await rm(usageFile, { force: true });
        resolve({ code, stdout, stderr, wallMs, startedAt, endedAt: startedAt + wallMs, ...usage });
      } catch (error) {
        reject(new Error(`livedns ${args.join(' ')} left no usage figures (exit ${code}): ${stderr || error.message}`));
      }
    });
  });
}

/**
 * The run around its requests, in ms: from the start to the first request's arrival (Node's start, loading,
 * validating every zone file), from there to the last answer (the API phase: the part that waits on the
 * API), and from the last answer to the exit (planning what was not planned yet, printing).
 */
function phases(journal, { startedAt, endedAt }) {
  if (journal.length === 0) return {};
  const first = Math.min(...journal.map((entry) => Date.parse(entry.at)));
  const last = Math.max(...journal.map((entry) => Date.parse(entry.at) + entry.ms));
  return { firstRequestMs: first - startedAt, apiMs: last - first, afterLastAnswerMs: endedAt - last };
}

/** The journal's requests, by what they are. */
function countCalls(journal) {
  const calls = { total: journal.length, reads: 0, snapshots: 0, writes: 0, domainApi: 0, other: 0, failed: 0 };
  for (const entry of journal) {
    if (entry.status < 200 || entry.status >= 300) calls.failed += 1;
    if (entry.path.startsWith('/v5/domain/')) calls.domainApi += 1;
    else if (entry.method === 'GET' && /\/records$/.test(entry.path)) calls.reads += 1;
    else if (entry.method === 'POST' && /\/snapshots$/.test(entry.path)) calls.snapshots += 1;
    else if ((entry.method === 'PUT' || entry.method === 'DELETE') && /\/records\/[^/]+\/[^/]+$/.test(entry.path)) calls.writes += 1;
    else calls.other += 1;
  }
  return calls;
}

const pages = (rrsets) => Math.max(1, Math.ceil(rrsets / PER_PAGE));
const domainPagesOf = (zones) => Math.ceil(zones / DOMAIN_PER_PAGE);

function expectOk(result, what) {
  if (result.code !== 0) throw new Error(`${what} exited ${result.code}:\n${result.stderr}\n${result.stdout.slice(-2000)}`);
}

function summaryOf(stdout) {
  return JSON.parse(stdout).summary;
}

async function bigZonePlanning() {
  const output = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', path.join(HERE, 'plan.mjs'), 'big-zone', '--json'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`bench/plan.mjs big-zone exited ${code}`))));
  });
  return JSON.parse(output);
}

const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const fmtMb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`;

function table(rows) {
  const headers = ['scenario', 'API calls', 'minimum', 'wall', 'API phase', 'model', 'target (wall)', 'CPU', 'peak RSS'];
  const cells = rows.map((row) => [
    row.scenario,
    String(row.calls.total),
    String(row.minimum),
    fmtMs(row.wallMs),
    row.apiMs === undefined ? '-' : fmtMs(row.apiMs),
    row.modelMs === undefined ? '-' : fmtMs(row.modelMs),
    row.targetMs === undefined ? '-' : `${fmtMs(row.targetMs)} ${row.wallMs <= row.targetMs ? 'ok' : 'MISSED'}`,
    row.cpuMs === undefined ? '-' : fmtMs(row.cpuMs),
    row.peakRssBytes === undefined ? '-' : fmtMb(row.peakRssBytes),
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (values) => `| ${values.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join(' | ')} |`;
  return [line(headers), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...cells.map(line)].join('\n');
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const log = options.jsonOnly ? () => undefined : (line) => console.log(line);
  const { zones, records, latency, concurrency, rateLimit } = options;
  const changesPerZone = Math.round(records * options.changed);

  const names = Array.from({ length: zones }, (_, i) => zoneName(i, zones));
  const live = new Map(names.map((zone) => [zone, liveZone(zone, records)]));
  const desired = new Map(names.map((zone) => [zone, desiredZone(live.get(zone), changesPerZone)]));

  const dir = await mkdtemp(path.join(tmpdir(), 'livedns-bench-'));
  const zonesDir = path.join(dir, 'zones');
  await mkdir(zonesDir);
  const emulator = await startEmulator({
    state: { domains: Object.fromEntries(names.map((zone) => [zone, { rrsets: live.get(zone) }])) },
    faults: { latencyMs: latency },
  });
  const env = {
    PATH: process.env.PATH ?? '',
    ...emulator.env,
    GANDI_RATE_LIMIT: String(rateLimit),
    GANDI_MAX_IN_FLIGHT: String(concurrency),
    NO_COLOR: '1',
  };
  const rows = [];
  try {
    const writeZones = (which) => Promise.all(names.map((zone) => writeFile(path.join(zonesDir, `${zone}.yaml`), zoneFile(zone, which.get(zone)))));
    const scenario = async (label, args, minimum, modelMs, targetMs, check) => {
      emulator.journal.length = 0;
      const result = await runCli(args, { cwd: dir, env, cpuProf: options.cpuProf });
      expectOk(result, `livedns ${args.join(' ')}`);
      check?.(result);
      const row = {
        scenario: label,
        calls: countCalls(emulator.journal),
        minimum,
        wallMs: result.wallMs,
        ...phases(emulator.journal, result),
        modelMs,
        targetMs,
        cpuMs: result.cpuMs,
        peakRssBytes: result.peakRssBytes,
      };
      rows.push(row);
      const around = row.apiMs === undefined ? '' : ` (first request at ${fmtMs(row.firstRequestMs)}, ${fmtMs(row.afterLastAnswerMs)} after the last answer)`;
      log(`  ${label}: ${row.calls.total} calls (minimum ${minimum}), ${fmtMs(row.wallMs)}${around}`);
      return result;
    };

    const domainPages = domainPagesOf(zones);
    const reads = names.reduce((sum, zone) => sum + pages(live.get(zone).length), 0) + domainPages;
    const readModel = (reads * latency) / concurrency;
    log(`node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'})`);
    log(`${zones} zones x ${records} rrsets, ${changesPerZone} changed per zone; emulator latency ${latency} ms; client: ${concurrency} in flight, --rate-limit ${rateLimit}/min`);

    await writeZones(live);
    await scenario('validate (no request)', ['validate', 'zones/'], 0, undefined, undefined);
    await scenario('plan, no changes', ['plan', '--json'], reads, readModel, 1.5 * readModel, (r) => {
      const summary = summaryOf(r.stdout);
      if (summary.create + summary.update + summary.delete !== 0) throw new Error(`plan of unchanged zones shows changes: ${JSON.stringify(summary)}`);
    });

    await writeZones(desired);
    const expectedChanges = zones * changesPerZone;
    await scenario(`plan, ${Math.round(options.changed * 100)} % changed`, ['plan', '--json'], reads, readModel, 1.5 * readModel, (r) => {
      const summary = summaryOf(r.stdout);
      const total = summary.create + summary.update + summary.delete;
      if (total !== expectedChanges) throw new Error(`expected ${expectedChanges} changes, the plan has ${total}: ${JSON.stringify(summary)}`);
    });

    if (options.apply) {
      // Zones are written one after another, their writes in plan order; only the reads run concurrently.
      const changedZones = changesPerZone === 0 ? [] : names;
      const sequential = changedZones.reduce((sum, zone) => sum + 1 + changesPerZone + pages(desired.get(zone).length), 0);
      await scenario('apply those changes', ['apply', '--yes'], reads + sequential, readModel + sequential * latency, undefined);

      emulator.journal.length = 0;
      const after = await runCli(['plan', '--json'], { cwd: dir, env });
      expectOk(after, 'plan after apply');
      const left = summaryOf(after.stdout);
      if (left.create + left.update + left.delete !== 0) throw new Error(`plan after apply is not empty: ${JSON.stringify(left)}`);
      log('  plan after apply: no changes');
    }
  } finally {
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
  }

  log('  planning one 100,000-rrset zone (bench/plan.mjs big-zone)...');
  const big = await bigZonePlanning();
  const bigRow = { scenario: 'plan one 100,000-rrset zone, fetched', calls: { total: 0 }, minimum: 0, wallMs: big.medianMs, targetMs: 1000, peakRssBytes: big.peakRssBytes };
  rows.push(bigRow);

  const report = {
    node: process.version,
    cores: availableParallelism(),
    settings: { zones, records, latencyMs: latency, changedShare: options.changed, changesPerZone, concurrency, rateLimitPerMinute: rateLimit, perPage: PER_PAGE },
    scenarios: rows.map((row) => ({
      scenario: row.scenario,
      calls: row.calls,
      minimumCalls: row.minimum,
      callsAtMinimum: row.calls.total === row.minimum,
      wallMs: Math.round(row.wallMs),
      ...(row.apiMs === undefined ? {} : { firstRequestMs: Math.round(row.firstRequestMs), apiPhaseMs: row.apiMs, afterLastAnswerMs: Math.round(row.afterLastAnswerMs) }),
      ...(row.modelMs === undefined ? {} : { modelMs: Math.round(row.modelMs) }),
      ...(row.targetMs === undefined ? {} : { targetMs: Math.round(row.targetMs), withinTarget: row.wallMs <= row.targetMs }),
      ...(row.cpuMs === undefined ? {} : { cpuMs: Math.round(row.cpuMs) }),
      ...(row.peakRssBytes === undefined ? {} : { peakRssMb: Math.round(row.peakRssBytes / 1024 / 1024) }),
    })),
    bigZone: big,
  };
  if (options.jsonOnly) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const plan = rows[1];
  const atDefault = ((plan.calls.total - concurrency) / DEFAULT_RATE_LIMIT) * 60_000;
  console.log('');
  console.log(table(rows));
  console.log('');
  console.log(`minimum: one read per zone (+ ${domainPagesOf(zones)} Domain API list call(s): delegation/expiry checks); apply adds per changed zone`);
  console.log('one snapshot, one write per changed rrset and one read-back.');
  console.log('model: plan = calls x latency / concurrency; apply = its reads likewise, plus snapshot, writes and read-back of');
  console.log('each changed zone one after another. target: 1.5 x model for plans, 1 s for the 100,000-rrset zone.');
  console.log("API phase: from the first request's arrival to the last answer (the emulator's journal); the rest of the wall");
  console.log("time is Node's start, validating every zone file (which comes before the first request: see the validate row),");
  console.log('planning and printing.');
  console.log(`At the client's default --rate-limit of ${DEFAULT_RATE_LIMIT}/min, the no-change plan's ${plan.calls.total} calls would take at least ${fmtMs(Math.max(0, atDefault))}.`);
  console.log('');
  console.log(JSON.stringify(report, null, 2));
}

await main();
