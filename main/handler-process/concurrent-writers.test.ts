import { afterEach, describe, expect, it } from 'vitest';
import { patientForm } from '../../contract/testing/patient-fixture';
import type { Result } from '../../contract/result';
import { openDatabase } from '../../db/connection';
import { TEST_DATA_KEY } from '../../db/testing/test-db';
import { join } from 'node:path';
import { DATABASE_FILE } from '../services/open-store';
import type { HandlerClient } from './client';
import { addTestAccount, signInThrough, startTestClient, tempDataDir, withSession } from './testing';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const PER_WRITER = 150;

/**
 * Each create reads first (is the number or BSN taken?) and then writes: the pattern that fails at
 * once with SQLITE_BUSY_SNAPSHOT in a deferred transaction. One call at a time per process, so the
 * two processes take turns at the write lock instead of one queueing all its writes before the other.
 */
async function createMany(client: HandlerClient, prefix: number): Promise<Result<unknown>[]> {
  const results: Result<unknown>[] = [];
  for (let i = 0; i < PER_WRITER; i++) {
    results.push(await client.invoke('patients.create', { patient: patientForm({ hisNumber: `${prefix}${String(i).padStart(4, '0')}`, bsn: '' }) }));
  }
  return results;
}

describe('two handler processes writing to one database file at once', () => {
  it('wait for each other (IMMEDIATE): no busy errors, no internal errors, no lost write', async () => {
    const data = tempDataDir();
    cleanups.push(data.remove);
    const staffId = addTestAccount(data.dir);
    const firstClient = await startTestClient(data.dir);
    cleanups.push(() => firstClient.close());
    const secondClient = await startTestClient(data.dir);
    cleanups.push(() => secondClient.close());
    // The same person signed in at two workstations: a session in each handler process.
    const first = withSession(firstClient, await signInThrough(firstClient, staffId));
    const second = withSession(secondClient, await signInThrough(secondClient, staffId));

    const [a, b] = await Promise.all([createMany(first, 1), createMany(second, 2)]);
    const failures = [...a, ...b].flatMap((r) => (r.ok ? [] : [r.error.key]));
    expect(failures).toEqual([]);

    const db = openDatabase(join(data.dir, DATABASE_FILE), TEST_DATA_KEY);
    try {
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      expect(count('SELECT count(*) AS n FROM patients')).toBe(2 * PER_WRITER);
      expect(count('SELECT count(DISTINCT his_number) AS n FROM patients')).toBe(2 * PER_WRITER);
      expect(count("SELECT count(*) AS n FROM access_log WHERE action = 'create'")).toBe(2 * PER_WRITER);
      expect(count('SELECT count(*) AS n FROM patient_status_history')).toBe(2 * PER_WRITER);
    } finally {
      db.close();
    }
  }, 60_000); // 300 fsynced writes: seconds on a loaded machine
});
