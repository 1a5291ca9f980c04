import { describe, expect, it } from 'vitest';
import { testStore } from '../../../db/testing/test-db';
import { TEST_COST } from '../session/password-hash';
import { callOk, testEnvWith } from '../testing/test-env';
import { seedDemoPractice } from './demo-practice';

describe("the demo practice's networks and living plans", () => {
  it('gives the first patients a network and a living plan built on their intakes, without duplicates', () => {
    const store = testStore();
    seedDemoPractice(store, { patients: 5, clock: store.clock, hashCost: TEST_COST });
    const env = testEnvWith(store);
    const [first, second] = store.writer.prepare('SELECT id FROM patients ORDER BY seq LIMIT 2').all() as { id: string }[];
    const network = callOk(env, 'network.list', { patientId: first!.id }).entries;
    expect(network.map((e) => e.kind)).toEqual(['carer', 'contact', 'organisation']);
    expect(network[1]).toMatchObject({ contactName: 'Jamila El Idrissi', organisationName: 'Buurtteam Overvecht' });
    const plan = callOk(env, 'actions.list', { patientId: first!.id }).actions;
    // The two intakes (a first and its follow-up) agreed the same two actions: on the list once each.
    expect(plan.filter((a) => a.source.kind === 'intake').map((a) => [a.text, a.owner.kind, a.owner.label, a.status])).toEqual([
      ['Aanmelden bij de schuldhulp van het buurtteam', 'organisation', 'Buurtteam Overvecht', 'open'],
      ['Slaapdagboek bijhouden', 'patient', '', 'done'],
    ]);
    expect(plan).toHaveLength(4);
    expect(callOk(env, 'actions.list', { patientId: second!.id }).actions.filter((a) => a.dueDate < '2026-11-23' && a.status === 'open')).toHaveLength(2);
  });
});
