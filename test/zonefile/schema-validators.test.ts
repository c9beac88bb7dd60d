// dist/ validates zone files with the schema compiled ahead of time (scripts/build.mjs); the sources
// compile it with ajv at run time. Both must give the same verdicts and the same errors.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { zoneSchemaValidators, zoneSchemaValidatorsSource, type ZoneValidators } from '../../src/zonefile/schema-validators.js';

const DIRS = ['test/fixtures/zones/valid', 'test/fixtures/zones/invalid', 'test/fixtures/hostile', 'zones'];

async function documents(): Promise<unknown[]> {
  const found: unknown[] = [];
  for (const dir of DIRS) {
    for (const name of await readdir(dir)) {
      try {
        found.push(parse(await readFile(path.join(dir, name), 'utf8'), { maxAliasCount: 100, logLevel: 'error' }));
      } catch {
        // Not YAML at all: the schema never sees it.
      }
    }
  }
  return found;
}

function verdicts(validators: ZoneValidators, data: unknown): unknown[] {
  const run = (name: keyof ZoneValidators, value: unknown) => {
    const validate = validators[name];
    const ok = validate(value);
    // `data` and the schema nodes are the inputs themselves (a YAML alias can make them cyclic).
    const errors = (validate.errors ?? []).map(({ instancePath, schemaPath, keyword, params, message }) => ({ instancePath, schemaPath, keyword, params, message }));
    return { name, ok, errors };
  };
  const out = [run('file', data)];
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const { records, ignore } = data as Record<string, unknown>;
    if (typeof records === 'object' && records !== null) for (const entry of Object.values(records)) out.push(run('recordOrList', entry));
    if (Array.isArray(ignore)) for (const rule of ignore) out.push(run('ignoreRule', rule));
  }
  return out;
}

describe('the precompiled zone schema', () => {
  it('gives the same verdicts and errors as ajv compiling the schema at run time', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'livedns-schema-'));
    try {
      const file = path.join(dir, 'validators.mjs');
      await writeFile(file, zoneSchemaValidatorsSource());
      const precompiled = ((await import(pathToFileURL(file).href)) as { zoneSchemaValidators: () => ZoneValidators }).zoneSchemaValidators();
      const docs = await documents();
      expect(docs.length).toBeGreaterThan(100);
      let failures = 0;
      for (const data of docs) {
        const expected = verdicts(zoneSchemaValidators(), data);
        expect(verdicts(precompiled, data)).toEqual(expected);
        failures += expected.filter((v) => !(v as { ok: boolean }).ok).length;
      }
      // The comparison covered failing documents, not only valid ones.
      expect(failures).toBeGreaterThan(30);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
