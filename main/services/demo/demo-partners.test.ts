import { describe, expect, it } from 'vitest';
import { PARTNER_TYPES } from '../../../contract/schemas/partners';
import { testStore } from '../../../db/testing/test-db';
import { TEST_COST } from '../session/password-hash';
import { callOk, testEnv, testEnvWith } from '../testing/test-env';
import { base64Of } from '../partners/transfer/csv-fixture';
import { seedDemoPractice } from './demo-practice';

function demoEnv() {
  const store = testStore();
  seedDemoPractice(store, { patients: 0, clock: store.clock, hashCost: TEST_COST });
  return testEnvWith(store);
}

describe("the demo practice's sociale kaart", () => {
  it('has organisations of every type in Overvecht, each with one to three contacts, one inactive', () => {
    const env = demoEnv();
    const all = callOk(env, 'partners.search', { text: '', type: '', wijk: '', includeInactive: true });
    expect(all.organisations.length).toBeGreaterThanOrEqual(12);
    expect(new Set(all.organisations.map((o) => o.type))).toEqual(new Set(PARTNER_TYPES));
    expect(all.organisations.filter((o) => !o.active).map((o) => o.name)).toEqual(['Buurthuis De Schakel']);
    for (const o of all.organisations) expect(o.contacts.length, o.name).toBeGreaterThanOrEqual(1);
    for (const o of all.organisations) expect(o.contacts.length, o.name).toBeLessThanOrEqual(3);
    expect(all.wijken).toEqual(['Overvecht-Noord', 'Overvecht-Zuid', 'Tuindorp', 'Zuilen']);
  });

  it('holds only what the forms would accept, and is the same every time', () => {
    const { content } = callOk(demoEnv(), 'partners.exportCsv', {});
    expect(callOk(testEnv(), 'partners.importPreview', { contentBase64: base64Of(content) }).errors).toEqual([]);
    expect(callOk(demoEnv(), 'partners.exportCsv', {}).content).toBe(content);
  });
});
