// dist/ validates zone files and livedns.config.yaml with the schemas compiled ahead of time
// (scripts/build.mjs); the sources compile them with ajv at run time. Both must give the same verdicts
// and the same errors.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { configSchemaValidator, zoneSchemaValidators, zoneSchemaValidatorsSource, type Validator, type ZoneValidators } from '../../src/zonefile/schema-validators.js';

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

type Validators = ZoneValidators & { readonly config: Validator };

/** livedns.config.yaml documents, good and bad. */
const CONFIGS = [
  { accounts: { acme: { token_env: 'ACME_TOKEN', sharing_id: 'org-1' }, widgets: { token_env: 'WIDGETS_TOKEN' } } },
  { accounts: { acme: { token_env: 'A', sharingid: 'x' } } },
  { accounts: { acme: {} } },
  { accounts: { acme: { token_env: 'pat_0123456789abcdef' } } },
  { accounts: [] },
  { account: {} },
  'text',
];

function verdicts(validators: Validators, data: unknown): unknown[] {
  const run = (name: keyof Validators, value: unknown) => {
    const validate = validators[name];
    const ok = validate(value);
    // `data` and the schema nodes are the inputs themselves (a YAML alias can make them cyclic).
    const errors = (validate.errors ?? []).map(({ instancePath, schemaPath, keyword, params, message }) => ({ instancePath, schemaPath, keyword, params, message }));
    return { name, ok, errors };
  };
  const out = [run('file', data), run('config', data)];
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
      const module = (await import(pathToFileURL(file).href)) as { zoneSchemaValidators: () => ZoneValidators; configSchemaValidator: () => Validator };
      const precompiled = { ...module.zoneSchemaValidators(), config: module.configSchemaValidator() };
      const atRunTime = { ...zoneSchemaValidators(), config: configSchemaValidator() };
      const docs = [...(await documents()), ...CONFIGS];
      expect(docs.length).toBeGreaterThan(100);
      let failures = 0;
      for (const data of docs) {
        const expected = verdicts(atRunTime, data);
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
