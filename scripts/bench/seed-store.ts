// A temporary store with N fictional patients, for benchmarks: encrypted as the app keeps it, or plain
// for the comparison.
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KBZ_STATUSES } from '../../contract/schemas/patient';
import { dataKeyFrom, UNENCRYPTED, type DataKey } from '../../db/cipher';
import { openDatabase, storeOf } from '../../db/connection';
import type { Store } from '../../db/handles';
import { systemClock, uuidV7Ids } from '../../db/ids';
import { migrate } from '../../db/migrations/runner';
import { insertPatient } from '../../db/patients/write';
import { insertStaff } from '../../db/staff';
import { createServiceEnv, DATABASE_FILE, openStore } from '../../main/services/open-store';
import { TEST_COST } from '../../main/services/session/password-hash';
import { addSignInUser, toolSession } from '../../main/services/session/tool-accounts';
import type { ServiceEnv } from '../../main/services/context';
import { DEMO_GPS, fakePatient, seededRandom } from '../../main/services/demo/fake-practice';

export type Encryption = 'encrypted' | 'plain';

export const BENCH_PASSWORD = 'een wachtwoord voor de bench';

export interface BenchStore {
  /** Signed in as a GP (`token`), as the app's calls are. */
  env: ServiceEnv & { token: string };
  dir: string;
  /** The data key of an encrypted store; null for a plain one. */
  key: DataKey | null;
}

export function openBenchStore(dir: string, key: DataKey | null): Store {
  if (key) return openStore(dir, key);
  const file = join(dir, DATABASE_FILE);
  const db = openDatabase(file, UNENCRYPTED);
  migrate(db, { file });
  return storeOf(db, file, UNENCRYPTED);
}

export function seededStore(patients: number, encryption: Encryption = 'encrypted'): BenchStore {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-bench-'));
  return seededStoreIn(dir, encryption === 'encrypted' ? dataKeyFrom(randomBytes(32)) : null, patients);
}

/** Seeds a store in `dir` with `key` (the browser host's, when a host is to open it); null: plain. */
export function seededStoreIn(dir: string, key: DataKey | null, patients: number): BenchStore {
  const store = openBenchStore(dir, key);
  const db = store.writer;
  const deps = { db, clock: systemClock, ids: uuidV7Ids };
  db.transaction(() => {
    const gpIds = DEMO_GPS.map((name) => insertStaff(deps, name, 'gp'));
    const rand = seededRandom(7);
    for (let i = 0; i < patients; i++) {
      const { statusIndex, ...p } = fakePatient(i, rand, gpIds);
      insertPatient(deps, p, KBZ_STATUSES[statusIndex]);
    }
  })();
  db.pragma('optimize');
  const env = createServiceEnv(store, { host: 'browser', appVersion: 'bench', dataDir: join(dir) });
  const staffId = db.transaction(() => addSignInUser(deps, { givenName: 'Bench', surname: 'Huisarts', role: 'gp' }, BENCH_PASSWORD, TEST_COST))();
  return { env: { ...env, token: toolSession(env, staffId) }, dir, key };
}
