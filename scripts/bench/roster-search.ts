// patients.search through the handler table next to the same SQL run raw.
import { DEFAULT_ROSTER_QUERY, type RosterQuery } from '../../contract/schemas/roster';
import { buildRosterSql } from '../../db/patients/search';
import type { ServiceEnv } from '../../main/services/context';
import { createHandlerTable } from '../../main/services/handlers';
import { invokeChannel } from '../../main/services/invoke';
import { ms, timeRuns, type Timing } from './stats';

const BASE: RosterQuery = DEFAULT_ROSTER_QUERY;

/** What a user types, keystroke by keystroke, plus filtered and scrolled views. */
export const SEARCHES: Partial<RosterQuery>[] = [
  { text: 'b' },
  { text: 'be' },
  { text: 'berg' },
  { text: 'van den berg ing' },
  { text: 'ozt' },
  { text: 'ijsbr' },
  { text: '2001' },
  { text: '3563' },
  { text: '12-05-19' },
  { text: '' },
  { text: '', statuses: ['intake', 'plan'] },
  { text: 'ja', tag: 'debts' },
  { text: '', offset: 50_000 },
  { text: '', sort: 'dateOfBirth', descending: true },
];

export interface SearchFigures {
  handler: Timing;
  raw: Timing;
}

export function benchRosterSearch(env: ServiceEnv & { token: string }, runsPerQuery: number): SearchFigures {
  const table = createHandlerTable();
  const queries = SEARCHES.map((q) => ({ ...BASE, ...q }));
  let i = 0;
  const handler = timeRuns(runsPerQuery * queries.length, () => {
    const r = invokeChannel(table, env, 'patients.search', queries[i++ % queries.length], env.token);
    if (!r.ok) throw new Error(r.error.key);
  });
  const prepared = queries.map((q) => {
    const sql = buildRosterSql(q);
    return { list: env.store.reader.prepare(sql.listSql), count: env.store.reader.prepare(sql.countSql), sql, offset: q.offset };
  });
  let j = 0;
  const raw = timeRuns(runsPerQuery * queries.length, () => {
    const p = prepared[j++ % prepared.length]!;
    p.list.all(p.sql.listParams);
    if (p.offset === 0) p.count.all(p.sql.params); // as the handler: later pages are not counted
  });
  return { handler, raw };
}

export function printSearch(f: SearchFigures, patients: number, label: string): void {
  console.log(
    `patients.search (${label}, ${patients.toLocaleString('en')} patients, ${SEARCHES.length} queries): ` +
      `handler median ${ms(f.handler.median)} p95 ${ms(f.handler.p95)} | raw SQL median ${ms(f.raw.median)} p95 ${ms(f.raw.p95)} | ` +
      `ratio median ${(f.handler.median / f.raw.median).toFixed(2)} p95 ${(f.handler.p95 / f.raw.p95).toFixed(2)} (target <= 3)`,
  );
}
