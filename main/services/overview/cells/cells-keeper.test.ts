// The keeper brings marked patients up to date in slices, straight on while there is more, then every
// couple of seconds; a failing turn waits longer; stop ends it. Timers are injected.
import { describe, expect, it } from 'vitest';
import { openDatabase, storeOf } from '../../../../db/connection';
import type { Store, WritableDb } from '../../../../db/handles';
import { migrate } from '../../../../db/migrations/runner';
import { randomPractice } from '../../testing/random-overview-practice';
import { keepOverviewCells, type KeeperTimers } from './cells-keeper';
import { markedCount } from './kept-cells';

function manualTimers() {
  const queue: { ms: number; fn: () => void; cancelled: boolean }[] = [];
  const timers: KeeperTimers = {
    after(ms, fn) {
      const entry = { ms, fn, cancelled: false };
      queue.push(entry);
      return () => {
        entry.cancelled = true;
      };
    },
  };
  /** Runs the next waiting timer; its delay, or null when none waits. */
  const fire = (): number | null => {
    const next = queue.shift();
    if (!next || next.cancelled) return null;
    next.fn();
    return next.ms;
  };
  return { timers, fire, waiting: () => queue.filter((q) => !q.cancelled).length };
}

function practiceStore(patients: number): Store {
  const db = openDatabase(':memory:') as WritableDb;
  migrate(db);
  const practice = randomPractice(db, 3);
  for (let i = 0; i < patients; i++) practice.addPatient();
  return storeOf(db, null);
}

describe('the overview counts keeper', () => {
  it('works through the marked patients in slices without waiting, then checks every idle period', () => {
    const store = practiceStore(7);
    const { timers, fire } = manualTimers();
    keepOverviewCells(() => store, { slice: 3, idleMs: 2000, timers });
    expect(markedCount(store.reader)).toBe(7);
    expect(fire()).toBe(0);
    expect(markedCount(store.reader)).toBe(4);
    expect(fire()).toBe(0);
    expect(fire()).toBe(0);
    expect(markedCount(store.reader)).toBe(0);
    // The last slice was short: the next check waits.
    expect(fire()).toBe(2000);
    store.writer.prepare("UPDATE patients SET wijk = 'Elders' WHERE id = 'p00002'").run();
    expect(markedCount(store.reader)).toBe(1);
    fire();
    expect(markedCount(store.reader)).toBe(0);
  });

  it('waits five idle periods after a failing turn, and does nothing after stop', () => {
    const store = practiceStore(2);
    const { timers, fire, waiting } = manualTimers();
    let broken = true;
    const keeper = keepOverviewCells(() => (broken ? ({ writer: { transaction: () => { throw new Error('SQLITE_BUSY'); } } } as unknown as Store) : store), { slice: 5, idleMs: 1000, timers });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.join(' '));
    try {
      expect(fire()).toBe(0);
    } finally {
      console.error = original;
    }
    expect(errors).toEqual(['[kbz] overview counts not brought up to date: Error']);
    broken = false;
    expect(fire()).toBe(5000);
    expect(markedCount(store.reader)).toBe(0);
    keeper.stop();
    expect(waiting()).toBe(0);
  });
});
