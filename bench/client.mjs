// Client throughput and call counts against the emulator: prints figures, asserts nothing.
//   npm run build && node bench/client.mjs [zones] [rrsetsPerZone] [latencyMs]
import { createLiveDnsClient, startEmulator } from '../dist/index.js';

const zones = Number(process.argv[2] ?? 100);
const perZone = Number(process.argv[3] ?? 200);
const latencyMs = Number(process.argv[4] ?? 20);

const domains = {};
for (let z = 0; z < zones; z += 1) {
  const rrsets = [];
  for (let r = 0; r < perZone; r += 1) rrsets.push({ rrset_name: `host${r}`, rrset_type: 'A', rrset_ttl: 300, rrset_values: [`192.0.2.${r % 250}`] });
  domains[`zone${z}.example`] = { rrsets };
}

async function scenario(label, faults, clientOptions, only = zones) {
  const emulator = await startEmulator({ state: { domains }, faults: { latencyMs, ...faults } });
  const client = createLiveDnsClient({ baseUrl: emulator.url, token: emulator.token, log: () => undefined, ...clientOptions });
  const started = performance.now();
  let failed = 0;
  const results = await Promise.all(Object.keys(domains).slice(0, only).map((fqdn) => client.listRecords(fqdn).catch(() => (failed += 1))));
  const ms = performance.now() - started;
  const rrsets = results.reduce((sum, r) => sum + (Array.isArray(r) ? r.length : 0), 0);
  const gets = emulator.journal.filter((e) => e.method === 'GET').length;
  const statuses = {};
  for (const e of emulator.journal) statuses[e.status] = (statuses[e.status] ?? 0) + 1;
  console.log(
    `${label.padEnd(44)} ${String(Math.round(ms)).padStart(6)} ms  ${String(gets).padStart(4)} GETs for ${only} zones ` +
      `(${rrsets} rrsets, ${failed} failed)  statuses ${JSON.stringify(statuses)}`,
  );
  await client.close();
  await emulator.close();
}

console.log(`${zones} zones x ${perZone} rrsets, ${latencyMs} ms added per request; default per_page 500, 8 in flight`);
await scenario('no faults, limiter 6000/min', {}, { rateLimit: 6000 });
await scenario('no faults, per_page 100, limiter 6000/min', {}, { rateLimit: 6000, perPage: 100 });
// Random 429s would be misleading here: each one halves the pace, as a real (rate-driven) 429 should.
await scenario('10% 5xx + 5% resets, seed 1, limiter 6000/min', { seed: 1, error5xx: 0.1, reset: 0.05 }, {
  rateLimit: 6000,
  retryBaseDelayMs: 10,
});
await scenario('default limiter (500/min), 40 zones', {}, {}, 40);
