// Loaded with `node --import ./bench/measure.mjs dist/cli.js ...` by bench/run.mjs: when the CLI exits,
// writes its own CPU time and peak memory to $BENCH_USAGE_FILE. The child measures itself because Node
// gives a parent no rusage of its children, and the emulator (in the parent) must not count.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
        // maxRSS is in kilobytes.
        peakRssBytes: usage.maxRSS * 1024,
        lifetimeMs: performance.now(),
      }),
    );
  });
}
