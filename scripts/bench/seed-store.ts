// A temporary store with N fictional patients, for benchmarks.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KBZ_STATUSES } from '../../contract/schemas/patient';
import { systemClock, uuidV7Ids } from '../../db/ids';
import { insertPatient } from '../../db/patients/write';
import { insertStaff } from '../../db/staff';
import { createServiceEnv, openStore } from '../../main/services/open-store';
import type { ServiceEnv } from '../../main/services/context';
import { DEMO_GPS, fakePatient, seededRandom } from '../fake-practice';

export function seededStore(patients: number): { env: ServiceEnv; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-bench-'));
  const store = openStore(dir);
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
  return { env, dir };
}
