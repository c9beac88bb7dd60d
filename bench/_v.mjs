import { readFileSync, readdirSync } from 'node:fs';
import { parseZoneFiles } from '../dist/index.js';
const dir = '/tmp/yb/zones';
const inputs = readdirSync(dir).map(f => ({ text: readFileSync(`${dir}/${f}`, 'utf8'), file: `zones/${f}` }));
const t0 = performance.now();
const r = parseZoneFiles(inputs);
const t1 = performance.now();
const r2 = parseZoneFiles(inputs);
console.log('cold', (t1 - t0).toFixed(0), 'warm', (performance.now() - t1).toFixed(0), r.filter(x => x.zone).length);
