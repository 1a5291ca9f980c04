import { describe, expect, it } from 'vitest';
import { activeSigner, signInCandidates } from '../../../db/accounts';
import { testStore } from '../../../db/testing/test-db';
import { insertStaff } from '../../../db/staff';
import { TEST_COST } from '../session/password-hash';
import { isDemoPractice } from './demo-mark';
import { seedDemoWhenEmpty } from './seed-when-empty';

const count = (store: ReturnType<typeof testStore>, table: string) => (store.reader.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('seeding the demo folder', () => {
  it('fills an empty store once: marked as demo, 500 patients, a sign-in for every role of the team, intakes', () => {
    const store = testStore();
    expect(seedDemoWhenEmpty(store, { clock: store.clock, hashCost: TEST_COST })).toBe(true);
    expect(isDemoPractice(store.reader)).toBe(true);
    expect(count(store, 'patients')).toBe(500);
    const roles = signInCandidates(store.reader).map((s) => activeSigner(store.reader, s.staffId)!.role);
    expect(new Set(roles)).toEqual(new Set(['gp', 'practice_nurse', 'mental_health_nurse', 'welfare_nurse', 'assistant', 'manager']));
    // The first patient's first and follow-up intake; the demo's history (demo-history.ts) adds one per patient past the plan step.
    expect(store.reader.prepare('SELECT count(*) AS n FROM intakes WHERE patient_id = (SELECT id FROM patients ORDER BY seq LIMIT 1)').get()).toEqual({ n: 2 });
    expect(count(store, 'intakes')).toBeGreaterThan(100);

    const before = ['patients', 'staff', 'accounts', 'intakes', 'access_log'].map((t) => count(store, t));
    store.clock.advance(86_400_000);
    expect(seedDemoWhenEmpty(store, { clock: store.clock, hashCost: TEST_COST })).toBe(false);
    expect(['patients', 'staff', 'accounts', 'intakes', 'access_log'].map((t) => count(store, t))).toEqual(before);
  });

  it('refuses a store that holds a practice which is not the demo, in Dutch, and writes nothing', () => {
    const store = testStore();
    insertStaff({ db: store.writer, clock: store.clock, ids: store.ids }, 'Makkes', 'gp');
    expect(() => seedDemoWhenEmpty(store, { clock: store.clock, hashCost: TEST_COST })).toThrow(/bevat al gegevens/);
    expect(isDemoPractice(store.reader)).toBe(false);
    expect(count(store, 'patients')).toBe(0);
    expect(count(store, 'staff')).toBe(1);
  });
});
