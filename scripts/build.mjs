// Builds the committed bundles in dist/: the CLI and the GitHub Action, each one self-contained file
// (the Action runs without `npm ci`; the CLI starts faster from one file than from node_modules, see
// below), and the library dist/index.js, whose dependencies stay packages its user installs.
// Output is deterministic so that `.ci/run` can fail when the committed dist/ is stale.
import { build as esbuild } from 'esbuild';
import { chmod, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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

// Some bundled CommonJS dependencies call require(); give an ESM bundle one.
const requireBanner = "import { createRequire as __livednsCreateRequire } from 'node:module'; const require = __livednsCreateRequire(import.meta.url);";

/**
 * dist/licenses.txt: the license of every package bundled into dist/cli.js or dist/action.js (their MIT
 * and ISC licenses ask that the notice travel with the code), from the packages' own LICENSE files.
 */
async function writeLicenses(metafiles) {
  const packageDirs = new Set();
  for (const metafile of metafiles) {
    for (const input of Object.keys(metafile.inputs)) {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (match) packageDirs.add(match[1]);
    }
  }
  const sections = [];
  for (const dir of [...packageDirs].sort()) {
    const manifest = JSON.parse(await readFile(path.join(root, dir, 'package.json'), 'utf8'));
    const licenseFile = (await readdir(path.join(root, dir))).filter((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name)).sort()[0];
    const text = licenseFile ? (await readFile(path.join(root, dir, licenseFile), 'utf8')).trim() : `(no license file; package.json says: ${manifest.license ?? 'nothing'})`;
    sections.push(`${manifest.name}@${manifest.version} (${manifest.license ?? 'unknown'})\n\n${text}`);
  }
  const header = 'Third-party packages bundled into dist/cli.js and dist/action.js, with their licenses.\n';
  await writeFile(path.join(root, 'dist/licenses.txt'), `${header}\n${sections.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`);
}

export async function build() {
  const schemaPlugin = await precompiledSchema();
  const cli = await esbuild({
    ...common,
    metafile: true,
    plugins: [schemaPlugin],
    entryPoints: ['src/cli/bin.ts'],
    outfile: 'dist/cli.js',
    // Dependencies bundled: Node reads one file instead of resolving and loading a tree of package files
    // (undici alone is about a hundred modules: 0.11 s from node_modules, 0.04 s from this bundle, where
    // it stays lazily evaluated), which takes about 0.1 s off a plan. Their license comments are kept at
    // the end of the file.
    legalComments: 'eof',
    banner: { js: `#!/usr/bin/env node\n${requireBanner}` },
  });
  await chmod(path.join(root, 'dist/cli.js'), 0o755);
  await esbuild({ ...common, plugins: [schemaPlugin], entryPoints: ['src/index.ts'], outfile: 'dist/index.js', packages: 'external' });
  const action = await esbuild({
    ...common,
    metafile: true,
    plugins: [schemaPlugin],
    entryPoints: ['src/action/index.ts'],
    outfile: 'dist/action.js',
    banner: { js: requireBanner },
  });
  await writeLicenses([cli.metafile, action.metafile]);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await build();
}
