import Database from 'better-sqlite3-multiple-ciphers';
import { DOMAIN_PROBLEMS_SQL, PATH_SQL, WEIGHT_CHANGE_SQL } from '../../main/services/overview/month-domains';
import { ACTIONS_SQL, INTAKES_SQL, MEETINGS_SQL, monthDays, monthRange, PARTNERS_SQL, ROSTER_SQL } from '../../main/services/overview/month-figures';
import { TREND_SQL, trendParams } from '../../main/services/overview/month-trend';
const db = new Database('/tmp/prof/db/kbz-werkplek.sqlite', { readonly: true });
db.pragma('cache_size = -200000');
const m = '2026-10';
const range = monthRange(m);
const params = { from: range.from, to: range.to, gp: '', wijk: '', tag: '' };
const named: [string, string][] = [['ROSTER', ROSTER_SQL], ['INTAKES', INTAKES_SQL], ['MEETINGS', MEETINGS_SQL], ['PARTNERS', PARTNERS_SQL], ['ACTIONS', ACTIONS_SQL], ['DOMAIN', DOMAIN_PROBLEMS_SQL], ['WEIGHT', WEIGHT_CHANGE_SQL], ['PATH', PATH_SQL]];
for (let run = 0; run < 2; run++) for (const [n, sql] of named) {
  const s = db.prepare(sql); const t = performance.now();
  const r = n === 'ACTIONS' ? s.all({ ...params, nextDay: monthDays(m).next }) : s.all(params);
  console.log(run, n, (performance.now() - t).toFixed(0), r.length);
}
const t = performance.now(); db.prepare(TREND_SQL).all(trendParams(m, { gpId: '', wijk: '', tag: '' })); console.log('TREND', (performance.now() - t).toFixed(0));
for (const tb of ['patients','patient_status_history','intakes','patient_actions','patient_action_history','meetings','patient_tags']) console.log(tb, (db.prepare(`select count(*) n from ${tb}`).get() as any).n);
