// `npm run bench`: roster search at 100,000 patients, a backup next to a plain VACUUM INTO, the 4D intake
// screens, the planner's week view and conflict check over 20,000 meetings, the month overview over five years
// of history and its PDF/XLSX/CSV, CSV import of 20,000 rows;
// in-process through the handler table, and then through the handler process as the hosts call it.
// Search, import and opening run on the encrypted database as the app keeps it and, for comparison,
// on the same data unencrypted.
import { rmSync } from 'node:fs';
import { benchBackup, printBackup } from './bench/backup';
import { benchImportThroughProcess, benchRoundTrips, startBenchClient } from './bench/handler-process';
import { benchImport } from './bench/import';
import { benchIntakes } from './bench/intakes';
import { benchMeetings, printMeetings } from './bench/meetings';
import { benchOpen, benchSignInHash, benchUnlock, printOpen } from './bench/open';
import { benchOverview, printOverview } from './bench/overview';
import { benchOverviewExport } from './bench/overview-export';
import { benchRosterSearch, printSearch } from './bench/roster-search';
import { seededStore, type Encryption } from './bench/seed-store';
import { DEFAULT_SLOW_QUERY_LOG, setSlowQueryLog, type SlowQueryLog } from '../db/slow-query-log';

const PATIENTS = Number(process.env.KBZ_BENCH_PATIENTS ?? 100_000);
const IMPORT_ROWS = Number(process.env.KBZ_BENCH_IMPORT_ROWS ?? 20_000);
const KINDS: Encryption[] = ['encrypted', 'plain'];

console.log(`KBZ Werkplek benchmarks on Node ${process.version}, ${new Date().toISOString()}`);
await benchUnlock(20);
benchSignInHash(10);

for (const encryption of KINDS) {
  const start = performance.now();
  const big = seededStore(PATIENTS, encryption);
  console.log(`seeding ${PATIENTS.toLocaleString('en')} patients (${encryption}): ${((performance.now() - start) / 1000).toFixed(1)} s`);
  // Counted rather than printed: the roster queries without search text are over the threshold at 100,000 patients.
  const slow = new Map<string, number>();
  const countSlow: SlowQueryLog = {
    thresholdMs: DEFAULT_SLOW_QUERY_LOG.thresholdMs,
    log: (line) => {
      const name = line.replace(/^\[kbz\] slow query /, '').replace(/: [\d.]+ ms$/, '');
      slow.set(name, (slow.get(name) ?? 0) + 1);
    },
  };
  setSlowQueryLog(big.env.store.reader, countSlow);
  setSlowQueryLog(big.env.store.writer, countSlow);
  printSearch(benchRosterSearch(big.env, 30), PATIENTS, encryption);
  if (encryption === 'encrypted') benchIntakes(big.env, 300);
  printMeetings(benchMeetings(big.env, 300), `${encryption}, ${PATIENTS.toLocaleString('en')} patients`);
  // After the meetings (five years of them): the roster's history added, then the month overview and its files.
  if (encryption === 'encrypted') printOverview(benchOverview(big.env, 10), `${encryption}, ${PATIENTS.toLocaleString('en')} patients`);
  if (encryption === 'encrypted') await benchOverviewExport(big.env, 5, `${encryption}, ${PATIENTS.toLocaleString('en')} patients`);
  console.log(`slow-query log (${encryption}, over ${countSlow.thresholdMs} ms): ${[...slow].map(([name, n]) => `${name} ×${n}`).join(', ') || 'none'}`);
  big.env.store.close();
  printOpen(benchOpen(big.dir, big.key, 20), `${encryption}, ${PATIENTS.toLocaleString('en')} patients`);
  printBackup(await benchBackup(big.dir, big.key), `${encryption}, ${PATIENTS.toLocaleString('en')} patients`);
  if (big.key) {
    const bigClient = await startBenchClient(big.dir, big.key);
    await benchRoundTrips(bigClient, 300);
    await bigClient.close();
  }
  rmSync(big.dir, { recursive: true, force: true });
}

for (const encryption of KINDS) {
  const empty = seededStore(0, encryption);
  const f = await benchImport(empty.env, IMPORT_ROWS);
  console.log(
    `import ${IMPORT_ROWS.toLocaleString('en')} CSV rows (${encryption}): preview ${(f.previewMs / 1000).toFixed(2)} s, commit ${(f.commitMs / 1000).toFixed(2)} s, ` +
      `total ${((f.previewMs + f.commitMs) / 1000).toFixed(2)} s, ${f.created} created (target < 2 s)`,
  );
  empty.env.store.close();
  rmSync(empty.dir, { recursive: true, force: true });
}

const fresh = seededStore(0);
fresh.env.store.close();
if (!fresh.key) throw new Error('the import through the process runs on an encrypted store');
const freshClient = await startBenchClient(fresh.dir, fresh.key);
await benchImportThroughProcess(freshClient, IMPORT_ROWS);
await freshClient.close();
rmSync(fresh.dir, { recursive: true, force: true });
