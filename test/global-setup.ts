import { build } from '../scripts/build.mjs';

// The CLI end-to-end tests run dist/cli.js as a child process; rebuilding first means they
// always exercise the current source, never a stale bundle.
export default async function setup(): Promise<void> {
  await build();
}
