// `npm run crash-test [-- --cycles N] [-- --seed S]`: kills the handler process (SIGKILL) at random
// moments during imports, draft saves and edits, N times (default 50), restarting it each time, and
// checks integrity, foreign keys, all-or-nothing imports and every acknowledged write. Prints the figures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wholeNumberOption } from './cli-option';
import { runCrashCycles } from './crash-test/run-cycles';

const cycles = wholeNumberOption('crash-test', 'cycles', 50, 1);
const seed = wholeNumberOption('crash-test', 'seed', Math.floor(Math.random() * 2 ** 31));
const dataDir = mkdtempSync(join(tmpdir(), 'kbz-crash-'));
console.log(`crash-test: ${cycles} cycles, seed ${seed} (repeat with --seed ${seed})`);
const started = performance.now();
try {
  const figures = await runCrashCycles({
    dataDir,
    cycles,
    seed,
    onCycle: (f) => {
      if (f.cycles % 10 === 0) console.log(`crash-test: ${f.cycles} cycles, ${f.acknowledged} acknowledged, ${f.lost} lost so far`);
    },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`crash-test: ${figures.cycles} cycles, ${figures.acknowledged} acknowledged writes, ${figures.lost} lost writes, ${figures.problems.length} other problems (${seconds} s)`);
  for (const problem of figures.problems) console.log(`  ${problem}`);
  process.exitCode = figures.lost === 0 && figures.problems.length === 0 ? 0 : 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
