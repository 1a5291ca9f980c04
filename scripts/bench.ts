// `npm run bench`: roster search at 100,000 patients, the 4D intake screens, CSV import of 20,000 rows.
import { rmSync } from 'node:fs';
import { benchImport } from './bench/import';
import { benchIntakes } from './bench/intakes';
import { benchRosterSearch, printSearch } from './bench/roster-search';
import { seededStore } from './bench/seed-store';

const PATIENTS = Number(process.env.KBZ_BENCH_PATIENTS ?? 100_000);
const IMPORT_ROWS = Number(process.env.KBZ_BENCH_IMPORT_ROWS ?? 20_000);

console.log(`KBZ Werkplek benchmarks on Node ${process.version}, ${new Date().toISOString()}`);

const start = performance.now();
const big = seededStore(PATIENTS);
console.log(`seeding ${PATIENTS.toLocaleString('en')} patients: ${((performance.now() - start) / 1000).toFixed(1)} s`);
printSearch(benchRosterSearch(big.env, 30), PATIENTS);
benchIntakes(big.env, 300);
big.env.store.close();
rmSync(big.dir, { recursive: true, force: true });

const empty = seededStore(0);
const f = await benchImport(empty.env, IMPORT_ROWS);
console.log(
  `import ${IMPORT_ROWS.toLocaleString('en')} CSV rows: preview ${(f.previewMs / 1000).toFixed(2)} s, commit ${(f.commitMs / 1000).toFixed(2)} s, ` +
    `total ${((f.previewMs + f.commitMs) / 1000).toFixed(2)} s, ${f.created} created (target < 2 s)`,
);
empty.env.store.close();
rmSync(empty.dir, { recursive: true, force: true });
