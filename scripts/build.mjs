// Builds the committed bundles in dist/: the CLI (dependencies left to node_modules) and the
// GitHub Action (one self-contained file, since an Action runs without `npm ci`).
// Output is deterministic so that `.ci/run` can fail when the committed dist/ is stale.
import { build as esbuild } from 'esbuild';
import { chmod, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

/**
 * The zone schema's validators compiled ahead of time (src/zonefile/schema-validators.ts says why): that
 * module is bundled and run once here to produce its precompiled form, which every bundle then loads in
 * its place. Made from the schema at each build, so dist/ can never hold a stale copy.
 */
async function precompiledSchema() {
  const cache = path.join(root, 'node_modules', '.cache', 'livedns-gitops');
  await mkdir(cache, { recursive: true });
  const generator = path.join(cache, `schema-validators-${process.pid}.mjs`);
  await esbuild({ ...common, entryPoints: ['src/zonefile/schema-validators.ts'], outfile: generator, packages: 'external' });
  let source;
  try {
    const { zoneSchemaValidatorsSource } = await import(`${pathToFileURL(generator).href}?${Date.now()}`);
    source = zoneSchemaValidatorsSource();
  } finally {
    await rm(generator, { force: true });
  }
  return {
    name: 'precompiled-zone-schema',
    setup(plugin) {
      plugin.onLoad({ filter: /[\\/]src[\\/]zonefile[\\/]schema-validators\.ts$/ }, () => ({ contents: source, loader: 'js' }));
    },
  };
}

export async function build() {
  const schemaPlugin = await precompiledSchema();
  await esbuild({
    ...common,
    plugins: [schemaPlugin],
    entryPoints: ['src/cli/bin.ts'],
    outfile: 'dist/cli.js',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
  });
  await chmod(path.join(root, 'dist/cli.js'), 0o755);
  await esbuild({ ...common, plugins: [schemaPlugin], entryPoints: ['src/index.ts'], outfile: 'dist/index.js', packages: 'external' });
  await esbuild({
    ...common,
    plugins: [schemaPlugin],
    entryPoints: ['src/action/index.ts'],
    outfile: 'dist/action.js',
    // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __livednsCreateRequire } from 'node:module'; const require = __livednsCreateRequire(import.meta.url);" },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await build();
}
