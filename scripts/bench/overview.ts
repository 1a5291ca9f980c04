// The month overview on the bench's patients with five years of history (demo-history.ts: registrations,
// status steps, intakes, actions, drie-gesprekken with partners): the kept counts built for every patient
// (as the handler process does in the background after an upgrade), one patient's catch-up after a write,
// then overview.month through the handler table, signed in as a praktijkmanager, next to the same SQL run raw
// (the marked count, the chosen filters' cells, the marked patients, the partners of the three months).
import { systemClock, uuidV7Ids } from '../../db/ids';
import { CELLS_SQL, refreshKeptCells } from '../../main/services/overview/cells/kept-cells';
import { dimOf } from '../../main/services/overview/cells/patient-contribution';
import { monthRange, PARTNERS_SQL } from '../../main/services/overview/month-figures';
import { shiftMonth } from '../../main/services/overview/month-trend';
import { seedDemoHistory } from '../../main/services/demo/demo-history';
import { currentMonth } from '../../main/services/overview/handlers';
import type { ServiceEnv } from '../../main/services/context';
import { createHandlerTable } from '../../main/services/handlers';
import { invokeChannel } from '../../main/services/invoke';
import { TEST_COST } from '../../main/services/session/password-hash';
import { addSignInUser, toolSession } from '../../main/services/session/tool-accounts';
import { ms, timeRuns, type Timing } from './stats';

export interface OverviewFigures {
  seedMs: number;
  rows: { patients: number; intakes: number; actions: number; meetings: number };
  /** Building the kept counts of every patient, and what they hold. */
  build: { ms: number; cells: number; megabytes: number };
  /** Bringing one patient up to date after a write (the handler process's slice). */
  onePatient: Timing;
  /** A slice of 250 marked patients brought up to date. */
  slice: Timing;
  month: string;
  handler: Timing;
  raw: Timing;
  filtered: { handler: Timing; raw: Timing };
}

const ALL = { gpId: '', wijk: '', tag: '' };

export function benchOverview(env: ServiceEnv, runs: number): OverviewFigures {
  const db = env.store.writer;
  const start = performance.now();
  const gp = (db.prepare("SELECT id FROM staff WHERE role = 'gp' ORDER BY id LIMIT 1").get() as { id: string }).id;
  seedDemoHistory(env.store, env.clock, uuidV7Ids, gp, 60);
  db.pragma('optimize');
  const seedMs = performance.now() - start;
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const rows = { patients: count('patients'), intakes: count('intakes'), actions: count('patient_actions'), meetings: count('meetings') };
  const buildStart = performance.now();
  while (db.transaction(() => refreshKeptCells(db, 10_000)).immediate() > 0);
  const buildMs = performance.now() - buildStart;
  const size = (table: string) => (db.prepare(`SELECT coalesce(sum(pgsize), 0) AS n FROM dbstat WHERE name = ?`).get(table) as { n: number }).n;
  const build = { ms: buildMs, cells: count('overview_cells'), megabytes: (size('overview_cells') + size('overview_patient') + size('sqlite_autoindex_overview_patient_1')) / 1048576 };
  const some = (db.prepare('SELECT id FROM patients ORDER BY seq LIMIT 1 OFFSET 5000').get() as { id: string }).id;
  const onePatient = timeRuns(runs, () => {
    db.prepare('UPDATE patients SET wijk = wijk WHERE id = ?').run(some);
    db.transaction(() => refreshKeptCells(db, 250)).immediate();
  }, 3);
  // A slice of the handler process's catch-up (after an upgrade or an import): 250 marked patients.
  let group = 40;
  const slice = timeRuns(Math.max(3, Math.floor(runs / 5)), () => {
    db.prepare('UPDATE patients SET wijk = wijk WHERE seq > ? AND seq <= ?').run(group * 250, ++group * 250);
    db.transaction(() => refreshKeptCells(db, 250)).immediate();
  }, 1);
  const manager = db.transaction(() => addSignInUser({ db, clock: systemClock, ids: uuidV7Ids }, { givenName: 'Bench', surname: 'Manager', role: 'manager' }, 'een wachtwoord voor de bench', TEST_COST))();
  const token = toolSession(env, manager);
  const table = createHandlerTable();
  const month = shiftMonth(currentMonth(env), -1);
  const reader = env.store.reader;
  const marked = [reader.prepare('SELECT count(*) AS n FROM overview_dirty'), reader.prepare('SELECT patient_id FROM overview_dirty')];
  const cells = reader.prepare(CELLS_SQL);
  const partners = reader.prepare(PARTNERS_SQL);
  const raw = (filters: typeof ALL) => () => {
    reader.transaction(() => {
      for (const s of marked) s.all();
      cells.all({ dim: dimOf(filters.gpId, filters.wijk, filters.tag), upTo: month, eventsFrom: shiftMonth(month, -12) });
      for (const m of [month, shiftMonth(month, -1), shiftMonth(month, -12)]) {
        const range = monthRange(m);
        partners.all({ from: range.from, to: range.to, gp: filters.gpId, wijk: filters.wijk, tag: filters.tag });
      }
    })();
  };
  const handler = (filters: typeof ALL) => () => {
    const r = invokeChannel(table, env, 'overview.month', { month, filters }, token);
    if (!r.ok) throw new Error(r.error.key);
  };
  const wijk = { ...ALL, wijk: 'Zuilen' };
  const warmup = 3;
  return {
    seedMs,
    rows,
    build,
    onePatient,
    slice,
    month,
    handler: timeRuns(runs, handler(ALL), warmup),
    raw: timeRuns(runs, raw(ALL), warmup),
    filtered: { handler: timeRuns(runs, handler(wijk), warmup), raw: timeRuns(runs, raw(wijk), warmup) },
  };
}

export function printOverview(f: OverviewFigures, label: string): void {
  console.log(
    `overview history (${label}): ${f.rows.patients.toLocaleString('en')} patients, ${f.rows.intakes.toLocaleString('en')} intakes, ` +
      `${f.rows.actions.toLocaleString('en')} actions, ${f.rows.meetings.toLocaleString('en')} meetings over 5 years, seeded in ${(f.seedMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `overview kept counts (${label}): built for every patient in ${(f.build.ms / 1000).toFixed(1)} s in slices of 10,000 ` +
      `(${f.build.cells.toLocaleString('en')} cells, ${f.build.megabytes.toFixed(0)} MB); one patient brought up to date after a write: ` +
      `median ${ms(f.onePatient.median)} p95 ${ms(f.onePatient.p95)}; a catch-up slice of 250 marked patients: median ${ms(f.slice.median)} p95 ${ms(f.slice.p95)}`,
  );
  for (const [name, t] of [['overview.month', { handler: f.handler, raw: f.raw }], ['overview.month, wijk filter', f.filtered]] as const) {
    console.log(
      `${name} (${label}, ${f.month}, the month + the month before + a year earlier + 12-month trend): ` +
        `handler median ${ms(t.handler.median)} p95 ${ms(t.handler.p95)} | raw SQL median ${ms(t.raw.median)} p95 ${ms(t.raw.p95)} | ` +
        `ratio median ${(t.handler.median / t.raw.median).toFixed(2)} p95 ${(t.handler.p95 / t.raw.p95).toFixed(2)} (target <= 3, under 100 ms)`,
    );
  }
}
