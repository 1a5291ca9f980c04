// A few crash cycles in `npm test`; `npm run crash-test -- --cycles 200` runs many.
import { afterEach, describe, expect, it } from 'vitest';
import { tempDataDir } from '../../main/handler-process/testing';
import { runCrashCycles } from './run-cycles';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('the handler process killed (SIGKILL) mid-write, again and again', () => {
  it('keeps the database whole and every acknowledged write, imports all or nothing', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const figures = await runCrashCycles({ dataDir: data.dir, cycles: 4, seed: 20261123 });
    console.log(`crash test: ${figures.cycles} cycles, ${figures.acknowledged} acknowledged writes, ${figures.lost} lost`);
    expect(figures.problems).toEqual([]);
    expect(figures.lost).toBe(0);
    expect(figures.cycles).toBe(4);
    expect(figures.acknowledged).toBeGreaterThan(0); // the workload did write between the kills
  }, 120_000);
});
