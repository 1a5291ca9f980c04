// `npm run seed:demo -- --data-dir DIR [--patients N] [--now ISO-INSTANT]`: a fictional practice so a newcomer sees a living app.
import { clockStartingAt, systemClock } from '../db/ids';
import { browserHostDataKey } from '../main/browser-host/data-key';
import { openStore } from '../main/services/open-store';
import { defaultDataDir } from '../main/services/data-dir';
import { seedDemoPractice } from '../main/services/demo/demo-practice';

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

// Keys as the browser host keeps them (keys.json and its key file), so the host opens what is seeded here.
const store = openStore(dataDir, await browserHostDataKey(dataDir));
const db = store.writer;
const existing = (db.prepare('SELECT count(*) AS n FROM patients').get() as { n: number }).n;
if (existing > 0) {
  console.error(`This data folder already has ${existing} patients; seed an empty folder.`);
  process.exit(1);
}
const now = arg('now'); // tests and screenshots seed on a fixed day
const started = performance.now();
seedDemoPractice(store, { patients: count, clock: now ? clockStartingAt(now) : systemClock });
store.close();
console.log(`Seeded ${count} fictional patients in ${dataDir} (${Math.round(performance.now() - started)} ms).`);
