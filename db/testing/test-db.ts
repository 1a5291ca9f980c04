// A migrated in-memory database with a frozen clock and predictable ids, for tests.
import { dataKeyFrom } from '../cipher';
import { openDatabase, storeOf } from '../connection';
import type { Store } from '../handles';
import type { Clock, IdSource } from '../ids';
import { migrate } from '../migrations/runner';
import type { WriteDeps } from '../patients/write';

/** The data key of test databases on disk (in memory they stay unencrypted). */
export const TEST_DATA_KEY = dataKeyFrom(Buffer.alloc(32, 0x5a));

export function frozenClock(start = '2026-11-23T09:00:00.000Z'): Clock & { advance(ms: number): void } {
  let t = Date.parse(start);
  return { now: () => new Date(t).toISOString(), advance: (ms) => (t += ms) };
}

/** Valid UUIDv7-shaped ids that count up: 01900000-0000-7000-8000-000000000001, ... */
export function countingIds(): IdSource {
  let n = 0;
  return { next: () => `01900000-0000-7000-8000-${String(++n).padStart(12, '0')}` };
}

export function testDb(): WriteDeps & { clock: ReturnType<typeof frozenClock> } {
  const db = openDatabase(':memory:');
  migrate(db);
  return { db, clock: frozenClock(), ids: countingIds() };
}

/** In memory the reader is the writer; tests of the read-only connection open a file. */
export function testStore(): Store & { clock: ReturnType<typeof frozenClock>; ids: IdSource } {
  const { db, clock, ids } = testDb();
  return { ...storeOf(db, null), clock, ids };
}
