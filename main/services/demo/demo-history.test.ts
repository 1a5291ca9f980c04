import { describe, expect, it } from 'vitest';
import { intakeContentSchema } from '../../../contract/schemas/intake';
import { testStore } from '../../../db/testing/test-db';
import { monthOverview } from '../overview/month-overview';
import { TEST_COST } from '../session/password-hash';
import { callOk, testEnvWith } from '../testing/test-env';
import { seedDemoPractice } from './demo-practice';

const ALL = { gpId: '', wijk: '', tag: '' };

describe("the demo practice's history", () => {
  it('gives the Overzicht a last full month and a trend with intakes, drie-gesprekken, partners and actions', () => {
    const store = testStore(); // the clock stands on Monday 23-11-2026
    seedDemoPractice(store, { patients: 200, clock: store.clock, hashCost: TEST_COST });
    const o = monthOverview(store.reader, '2026-10', ALL);
    expect(o.current.roster.registered).toBeGreaterThan(0);
    expect(o.current.intakes.finished).toBeGreaterThan(0);
    expect(o.current.meetings.held).toBeGreaterThan(0);
    expect(o.current.meetings.partnersByType.length).toBeGreaterThan(0);
    expect(o.current.actions.opened).toBeGreaterThan(0);
    expect(o.current.path.traject).toBeGreaterThan(0);
    expect(o.trend.filter((p) => p.registered > 0).length).toBeGreaterThanOrEqual(10);
    expect(o.trend.filter((p) => p.actionsDone > 0).length).toBeGreaterThanOrEqual(6);
    // Follow-up intakes: the weight change between first and latest intake, mostly lighter.
    const weights = Object.values(o.current.domains.weightChange);
    expect(weights.every((w) => w.patients > 0 && w.up + w.same + w.down === w.patients)).toBe(true);
    expect(weights.reduce((s, w) => s + w.down, 0)).toBeGreaterThan(weights.reduce((s, w) => s + w.up, 0));
    // Nothing after the demo's "now".
    const now = store.clock.now();
    for (const [table, column] of [['patients', 'created_at'], ['intakes', 'finalized_at'], ['patient_action_history', 'changed_at'], ['patient_status_history', 'changed_at']] as const) {
      expect(store.reader.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${column} > ?`).get(now)).toEqual({ n: 0 });
    }
    expect(store.reader.prepare("SELECT count(*) AS n FROM meetings WHERE status IN ('held', 'not_held') AND starts_at > ?").get(now)).toEqual({ n: 0 });
  });

  it('writes intakes the app opens: valid content, the status steps in order', () => {
    const store = testStore();
    seedDemoPractice(store, { patients: 40, clock: store.clock, hashCost: TEST_COST });
    const env = testEnvWith(store);
    const rows = store.reader.prepare('SELECT id, content FROM intakes ORDER BY id').all() as { id: string; content: string }[];
    for (const r of rows) expect(intakeContentSchema.safeParse(JSON.parse(r.content)).success).toBe(true);
    expect(callOk(env, 'intakes.get', { id: rows.at(-1)!.id }).state).toBe('final');
    // Each patient's latest status step is their status now.
    const mismatched = store.reader
      .prepare(
        `SELECT count(*) AS n FROM patients p WHERE p.status <> (SELECT h.status FROM patient_status_history h WHERE h.patient_id = p.id ORDER BY h.changed_at DESC, h.id DESC LIMIT 1)`,
      )
      .get();
    expect(mismatched).toEqual({ n: 0 });
  });
});
