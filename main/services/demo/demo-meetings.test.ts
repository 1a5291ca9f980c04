import { describe, expect, it } from 'vitest';
import { testStore } from '../../../db/testing/test-db';
import { TEST_COST } from '../session/password-hash';
import { callOk, testEnvWith } from '../testing/test-env';
import { seedDemoPractice } from './demo-practice';

describe("the demo practice's drie-gesprekken", () => {
  it('has one held, one past without outcome, one cancelled, two coming next week, one this afternoon and three held proposals, and rooms', () => {
    const store = testStore(); // the clock stands on Monday 23-11-2026
    seedDemoPractice(store, { patients: 12, clock: store.clock, hashCost: TEST_COST });
    const env = testEnvWith(store);
    const statuses = store.writer.prepare('SELECT status, count(*) AS n FROM meetings GROUP BY status ORDER BY status').all();
    expect(statuses).toEqual([
      { status: 'cancelled', n: 1 },
      { status: 'held', n: 1 },
      { status: 'planned', n: 4 },
      { status: 'proposed', n: 1 },
    ]);
    const agenda = callOk(env, 'meetings.agenda', {});
    expect(agenda.withoutOutcome).toHaveLength(1);
    expect(agenda.nextWeek).toHaveLength(2);
    expect(agenda.thisWeek.filter((m) => m.start === '2026-11-23T15:00:00.000Z')).toHaveLength(1); // 16:00 in Amsterdam
    expect(agenda.toConfirm[0]!.proposals).toHaveLength(3);
    expect(callOk(env, 'planning.get', {}).rooms.map((r) => r.name)).toEqual(['Spreekkamer 1', 'Spreekkamer 2', 'Groepsruimte']);
  });
});
