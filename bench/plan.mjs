// Time and memory of planning: one zone of 100,000 rrsets, and 1,000 zones of 100 rrsets; also the
// validation of a 100,000-rrset zone file, for scale. Run `npm run build` first (imports dist/).
//
//   node bench/plan.mjs            all scenarios, each in its own process
//   node bench/plan.mjs big-zone   one scenario
//   node bench/plan.mjs big-zone --json   its figures as one JSON object (bench/run.mjs reads it)
//
// Each scenario runs in a fresh child process so that its peak memory (the kernel's maxRSS for that
// process: inputs, planner and runtime together) is its own. "plan" is what a reconciler does once the
// live zone is fetched: convert Gandi's wire rrsets to the model (fromGandiRrset) and plan (planZone).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { canonicalValue, emitZoneFile, formatZoneText, fromGandiRrset, makeRecordSet, parseZoneFile, planZone, toGandiValues } from '../dist/index.js';

const ZONE = 'example.com';
const SCENARIOS = {
  'big-zone': () => planScenario(1, 100_000),
  'many-zones': () => planScenario(1_000, 100),
  'validate-big-zone': validateScenario,
  'fmt-big-zone': fmtScenario,
};

/** Deterministic pseudo-random numbers (mulberry32), so every run plans the same zones. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A desired rrset as a zone file gives it: values in their canonical form. */
function rrset(name, type, ttl, values) {
  return makeRecordSet(name, type, ttl, values.map((v) => {
    const result = canonicalValue(type, v, { zone: ZONE, source: 'file' });
    if (!result.ok) throw new Error(`${type} ${v}: ${result.problem.message}`);
    return result.value;
  }));
}

/** A realistic mix: addresses, mail, long TXT (DKIM-like), SRV, CNAMEs into the zone. */
function desiredRrsets(count, rnd) {
  const rrsets = [];
  for (let i = 0; i < count; i += 1) {
    const kind = i % 10;
    const name = `host-${i}`;
    if (kind < 4) rrsets.push(rrset(name, 'A', 3600, [`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`]));
    else if (kind < 6) rrsets.push(rrset(name, 'AAAA', 3600, [`2001:db8:${(i >> 16).toString(16)}::${(i & 0xffff).toString(16)}`]));
    else if (kind === 6) rrsets.push(rrset(name, 'MX', 3600, [`10 mx1.${ZONE}.`, `20 mx2.example.net.`]));
    else if (kind === 7) rrsets.push(rrset(name, 'TXT', 300, [`v=DKIM1; k=rsa; p=${'A'.repeat(200 + Math.floor(rnd() * 200))}${i}`]));
    else if (kind === 8) rrsets.push(rrset(`_sip._tcp.${name}`, 'SRV', 3600, [`10 5 5060 sip-${i}.${ZONE}.`]));
    else rrsets.push(rrset(name, 'CNAME', 3600, [`web-${i % 97}.${ZONE}.`]));
  }
  return rrsets;
}

/**
 * The live zone as Gandi's JSON would hold it: the same rrsets spelled the wire way (quoted and split
 * TXT, targets relative to the zone, some names in upper case), with 2% changed values, 1% TTL-only
 * changes, 1% missing (to create) and 1% extra (to delete), plus the apex NS Gandi manages.
 */
function liveWire(desired, rnd) {
  const wire = [];
  for (const rrset of desired) {
    const roll = rnd();
    if (roll < 0.01) continue;
    let values = toGandiValues(rrset).map((v) => v.replace(new RegExp(`\\.${ZONE.replace('.', '\\.')}\\.$`), ''));
    let ttl = rrset.ttl;
    if (roll < 0.03 && rrset.type === 'A') values = ['192.0.2.1'];
    else if (roll < 0.04) ttl = 600;
    wire.push({ rrset_name: rnd() < 0.05 ? rrset.name.toUpperCase() : rrset.name, rrset_type: rrset.type, rrset_ttl: ttl, rrset_values: values });
  }
  for (let i = 0; i < desired.length / 100; i += 1) wire.push({ rrset_name: `old-${i}`, rrset_type: 'TXT', rrset_ttl: 10800, rrset_values: [`"legacy ${i}"`] });
  wire.push({ rrset_name: '@', rrset_type: 'NS', rrset_ttl: 10800, rrset_values: ['ns-1.gandi.net.', 'ns-2.gandi.net.'] });
  return wire;
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (t) => `${t.toFixed(0)} ms`;
const peakRss = () => process.resourceUsage().maxRSS * 1024;

function planScenario(zoneCount, rrsetsPerZone) {
  const baseline = process.memoryUsage().rss;
  const rnd = random(42);
  const inputs = [];
  for (let z = 0; z < zoneCount; z += 1) {
    const rrsets = desiredRrsets(rrsetsPerZone, rnd);
    inputs.push({ desired: { zone: ZONE, file: `zones/${ZONE}.yaml`, rrsets, ignore: [{ name: '_acme-challenge*', type: 'TXT' }] }, wire: liveWire(rrsets, rnd) });
  }
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  // The first run is cold (the JIT has not warmed up); the machine may be shared, so three runs are
  // timed and the first and the median printed.
  const runs = [];
  let plans = [];
  let heapHeld = 0;
  for (let run = 0; run < 3; run += 1) {
    const timing = { convert: 0, plan: 0 };
    const started = performance.now();
    plans = [];
    for (const { desired, wire } of inputs) {
      const t0 = performance.now();
      const live = wire.map((w) => fromGandiRrset(ZONE, w));
      const t1 = performance.now();
      plans.push(planZone(desired, live));
      timing.plan += performance.now() - t1;
      timing.convert += t1 - t0;
    }
    runs.push({ total: performance.now() - started, ...timing });
    if (run === 0) heapHeld = process.memoryUsage().heapUsed - heapBefore;
  }
  const totals = { create: 0, update: 0, delete: 0 };
  for (const plan of plans) for (const k of Object.keys(totals)) totals[k] += plan.counts[k];
  const median = [...runs].sort((a, b) => a.total - b.total)[1];
  if (json) {
    console.log(JSON.stringify({ zones: zoneCount, rrsetsPerZone, medianMs: median.total, firstRunMs: runs[0].total, convertMs: median.convert, planMs: median.plan, changes: totals, peakRssBytes: peakRss() }));
    return;
  }
  const show = (r) => `${ms(r.total)} (fromGandiRrset ${ms(r.convert)} + planZone ${ms(r.plan)})`;
  const label = zoneCount === 1 ? `1 zone of ${rrsetsPerZone.toLocaleString('en')} rrsets` : `${zoneCount.toLocaleString('en')} zones of ${rrsetsPerZone} rrsets`;
  console.log(`${label}: plan ${show(median)} median of 3; first run ${show(runs[0])}`);
  console.log(`  changes: ${totals.create} create, ${totals.update} update, ${totals.delete} delete`);
  console.log(
    `  memory: peak RSS ${mb(peakRss())} for the whole process (baseline ${mb(baseline)}, after building inputs ${mb(rssBefore)}); heap held by the live rrsets and plans of one run ${mb(heapHeld)}`,
  );
}

function validateScenario() {
  const baseline = process.memoryUsage().rss;
  const text = emitZoneFile(ZONE, desiredRrsets(100_000, random(7)), { defaultTtl: 3600 });
  const started = performance.now();
  const { zone, issues } = parseZoneFile(text, `zones/${ZONE}.yaml`);
  const total = performance.now() - started;
  if (!zone) throw new Error(`the generated zone is invalid: ${issues[0]?.message}`);
  console.log(`validate a 100,000-rrset zone file (${(text.length / 1024 / 1024).toFixed(1)} MB of YAML): ${ms(total)}`);
  console.log(`  memory: peak RSS ${mb(peakRss())} for the whole process (baseline ${mb(baseline)})`);
}

/** `livedns fmt` on a 100,000-rrset zone file: once already formatted, once with its names in reverse order. */
function fmtScenario() {
  const text = emitZoneFile(ZONE, desiredRrsets(100_000, random(7)), { defaultTtl: 3600 });
  const [head, body] = text.split(/^records:\n/m);
  const reversed = `${head}records:\n${body.split(/\n(?= {2}\S)/).reverse().join('\n')}\n`;
  for (const [label, input] of [['already formatted', text], ['names in reverse order', reversed]]) {
    const started = performance.now();
    const output = formatZoneText(input, { kind: 'zone', zone: ZONE });
    const total = performance.now() - started;
    if (output !== text) throw new Error(`fmt did not give the canonical file (${label})`);
    console.log(`fmt a 100,000-rrset zone file, ${label}: ${ms(total)}`);
  }
  console.log(`  memory: peak RSS ${mb(peakRss())} for the whole process`);
}

const wanted = process.argv[2];
const json = process.argv.includes('--json');
if (wanted) {
  const scenario = SCENARIOS[wanted];
  if (!scenario) throw new Error(`unknown scenario ${wanted}: ${Object.keys(SCENARIOS).join(', ')}`);
  scenario();
} else {
  console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
  for (const name of Object.keys(SCENARIOS)) {
    process.stdout.write(execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), name], { encoding: 'utf8' }));
  }
}
