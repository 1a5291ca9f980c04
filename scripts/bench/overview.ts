// The month overview on the bench's patients with five years of history (demo-history.ts: registrations,
// status steps, intakes, actions, drie-gesprekken with partners): overview.month through the handler table,
// signed in as a praktijkmanager, next to the same SQL run raw (each figure's statement for the month, the
// month before and a year earlier, and the trend's one statement).
import { systemClock, uuidV7Ids } from '../../db/ids';
import { DOMAIN_PROBLEMS_SQL, PATH_SQL, WEIGHT_CHANGE_SQL } from '../../main/services/overview/month-domains';
import { ACTIONS_SQL, INTAKES_SQL, MEETINGS_SQL, monthDays, monthRange, PARTNERS_SQL, ROSTER_SQL } from '../../main/services/overview/month-figures';
import { shiftMonth, TREND_SQL, trendParams } from '../../main/services/overview/month-trend';
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
  const manager = db.transaction(() => addSignInUser({ db, clock: systemClock, ids: uuidV7Ids }, { givenName: 'Bench', surname: 'Manager', role: 'manager' }, 'een wachtwoord voor de bench', TEST_COST))();
  const token = toolSession(env, manager);
  const table = createHandlerTable();
  const month = shiftMonth(currentMonth(env), -1);
  const reader = env.store.reader;
  const statements = [ROSTER_SQL, INTAKES_SQL, MEETINGS_SQL, PARTNERS_SQL, ACTIONS_SQL, DOMAIN_PROBLEMS_SQL, WEIGHT_CHANGE_SQL, PATH_SQL].map((sql) => reader.prepare(sql));
  const trend = reader.prepare(TREND_SQL);
  const raw = (filters: typeof ALL) => () => {
    for (const m of [month, shiftMonth(month, -1), shiftMonth(month, -12)]) {
      const range = monthRange(m);
      const params = { from: range.from, to: range.to, gp: filters.gpId, wijk: filters.wijk, tag: filters.tag };
      statements.forEach((s, i) => (i === 4 ? s.all({ ...params, nextDay: monthDays(m).next }) : s.all(params)));
    }
    trend.all(trendParams(month, filters));
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
  for (const [name, t] of [['overview.month', { handler: f.handler, raw: f.raw }], ['overview.month, wijk filter', f.filtered]] as const) {
    console.log(
      `${name} (${label}, ${f.month}, the month + the month before + a year earlier + 12-month trend): ` +
        `handler median ${ms(t.handler.median)} p95 ${ms(t.handler.p95)} | raw SQL median ${ms(t.raw.median)} p95 ${ms(t.raw.p95)} | ` +
        `ratio median ${(t.handler.median / t.raw.median).toFixed(2)} p95 ${(t.handler.p95 / t.raw.p95).toFixed(2)} (target <= 3, under 100 ms)`,
    );
  }
}
