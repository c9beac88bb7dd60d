/**
 * The livedns-gitops library: the CLI (src/cli) and the GitHub Action (src/action) are thin shells over
 * these exports. Benchmarks import the built form, dist/index.js.
 */
export * from './model/types.js';
export { UserError } from './errors.js';
export type * from './gandi/types.js';
