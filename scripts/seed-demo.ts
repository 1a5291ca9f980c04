// `npm run seed:demo -- --data-dir DIR [--patients N]`: a fictional practice so a newcomer sees a living app.
import { KBZ_STATUSES } from '../contract/schemas/patient';
import { systemClock, uuidV7Ids } from '../db/ids';
import { insertPatient } from '../db/patients/write';
import { insertStaff } from '../db/staff';
import { openStore } from '../main/services/open-store';
import { defaultDataDir } from '../main/services/data-dir';
import { DEMO_GPS, fakePatient, seededRandom } from './fake-practice';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dataDir = arg('data-dir') ?? process.env.KBZ_DATA_DIR ?? defaultDataDir();
const count = Number(arg('patients') ?? 500);
if (!Number.isInteger(count) || count < 1 || count > 100_000) {
  console.error('--patients must be a whole number from 1 to 100000');
  process.exit(1);
}

const db = openStore(dataDir);
const existing = (db.prepare('SELECT count(*) AS n FROM patients').get() as { n: number }).n;
if (existing > 0) {
  console.error(`This data folder already has ${existing} patients; seed an empty folder.`);
  process.exit(1);
}
const deps = { db, clock: systemClock, ids: uuidV7Ids };
const started = performance.now();
db.transaction(() => {
  const gpIds = DEMO_GPS.map((name) => insertStaff(deps, name, 'gp'));
  insertStaff(deps, 'Sophie de Graaf', 'practice_nurse');
  insertStaff(deps, 'Karim Benali', 'mental_health_nurse');
  insertStaff(deps, 'Marloes Vink', 'welfare_nurse');
  insertStaff(deps, 'Ellen Post', 'manager');
  const rand = seededRandom(20261123);
  for (let i = 0; i < count; i++) {
    const { statusIndex, ...patient } = fakePatient(i, rand, gpIds);
    insertPatient(deps, patient, KBZ_STATUSES[statusIndex]);
  }
})();
db.close();
console.log(`Seeded ${count} fictional patients in ${dataDir} (${Math.round(performance.now() - started)} ms).`);
