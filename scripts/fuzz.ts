// `npm run fuzz [-- --runs N] [-- --seed S]`: the channel fuzz test of `npm test` with more inputs
// (default 2,000 per channel) and a seed of its own (default: new each time, printed to repeat a failure).
import { startVitest } from 'vitest/node';
import { wholeNumberOption } from './cli-option';

const runs = wholeNumberOption('fuzz', 'runs', 2000, 1);
const seed = wholeNumberOption('fuzz', 'seed', Math.floor(Math.random() * 2 ** 31));
process.env.KBZ_FUZZ_RUNS = String(runs);
process.env.KBZ_FUZZ_SEED = String(seed);
console.log(`fuzz: ${runs} inputs per channel, seed ${seed} (repeat with --seed ${seed})`);
const started = performance.now();
const vitest = await startVitest('test', ['main/services/fuzz/channel-fuzz.test.ts'], { watch: false, testTimeout: 0 });
const failed = vitest.state.getCountOfFailedTests();
await vitest.close();
console.log(`fuzz: ${failed === 0 ? 'no failures' : `${failed} channel(s) failed`} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
process.exit(failed === 0 ? 0 : 1);
