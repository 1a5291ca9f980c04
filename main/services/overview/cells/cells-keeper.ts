// Keeps the overview's counts up to date in the handler process: every few seconds (and straight on while
// there is more) it brings a slice of marked patients up to date in one short write transaction, so a large
// catch-up (after an upgrade or an import) never holds the calls queued behind it for long.
import type { Store } from '../../../../db/handles';
import { refreshKeptCells } from './kept-cells';

export interface KeeperTimers {
  /** Runs `fn` after `ms`; returns a cancel. */
  after(ms: number, fn: () => void): () => void;
}

const realTimers: KeeperTimers = {
  after(ms, fn) {
    const timer = setTimeout(fn, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};

export interface CellsKeeper {
  /** One slice now; how many patients it brought up to date. */
  turn(): number;
  stop(): void;
}

export interface KeeperOptions {
  /** Patients per write transaction. */
  slice?: number;
  /** Wait between checks when nothing was marked. */
  idleMs?: number;
  timers?: KeeperTimers;
}

/** `store`: the store now (a restore puts another in its place). */
export function keepOverviewCells(store: () => Store, options: KeeperOptions = {}): CellsKeeper {
  const slice = options.slice ?? 250;
  const idleMs = options.idleMs ?? 2000;
  const timers = options.timers ?? realTimers;
  let cancel: (() => void) | null = null;
  let stopped = false;
  const turn = () => {
    const writer = store().writer;
    return writer.transaction(() => refreshKeptCells(writer, slice)).immediate();
  };
  const schedule = (ms: number) => {
    if (stopped) return;
    cancel = timers.after(ms, () => {
      let done: number;
      try {
        done = turn();
      } catch (err) {
        // Busy or closing: try again later. Only the kind: SQLite's message may quote data.
        console.error(`[kbz] overview counts not brought up to date: ${err instanceof Error ? err.name : typeof err}`);
        schedule(idleMs * 5);
        return;
      }
      schedule(done === slice ? 0 : idleMs);
    });
  };
  schedule(0);
  return {
    turn,
    stop() {
      stopped = true;
      cancel?.();
    },
  };
}
