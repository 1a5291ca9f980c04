import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../contract/schemas/identifiers';
import { patientInputSchema } from '../../../contract/schemas/patient';
import { fakeBsn, fakePatient, seededRandom } from './fake-practice';

describe('fake practice', () => {
  it('makes unique BSNs that pass the 11-test', () => {
    const bsns = Array.from({ length: 5000 }, (_, i) => fakeBsn(i));
    expect(bsns.every(isValidBsn)).toBe(true);
    expect(new Set(bsns).size).toBe(bsns.length);
  });
  it('makes patients that pass the form schema', () => {
    const rand = seededRandom(1);
    for (let i = 0; i < 200; i++) {
      const { statusIndex: _s, ...p } = fakePatient(i, rand, ['01900000-0000-7000-8000-000000000001']);
      expect(patientInputSchema.safeParse({ ...p, dateOfBirth: p.dateOfBirth }).success).toBe(true);
    }
  });
});
