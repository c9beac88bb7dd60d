// Builds the committed bundles in dist/: the CLI (dependencies left to node_modules) and the
// GitHub Action (one self-contained file, since an Action runs without `npm ci`).
// Output is deterministic so that `.ci/run` can fail when the committed dist/ is stale.
import { build as esbuild } from 'esbuild';
import { chmod } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
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

export async function build() {
  await esbuild({
    ...common,
    entryPoints: ['src/cli/bin.ts'],
    outfile: 'dist/cli.js',
    packages: 'external',
    banner: { js: '#!/usr/bin/env node' },
  });
  await chmod(path.join(root, 'dist/cli.js'), 0o755);
  await esbuild({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', packages: 'external' });
  await esbuild({
    ...common,
    entryPoints: ['src/action/index.ts'],
    outfile: 'dist/action.js',
    // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
    banner: { js: "import { createRequire as __livednsCreateRequire } from 'node:module'; const require = __livednsCreateRequire(import.meta.url);" },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await build();
}
