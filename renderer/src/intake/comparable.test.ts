import { describe, expect, it } from 'vitest';
import type { IntakeSummary } from '../../../contract/schemas/intake';
import { comparable } from './PatientIntakes';

const summary = (id: string, state: IntakeSummary['state'], supersededById: string | null = null): IntakeSummary => ({
  id, state, date: '2026-11-01', supersedesId: null, supersededById, finalizedAt: null, problemCount: 0,
  weights: { physical: { patient: null, professional: null }, mental: { patient: null, professional: null }, social: { patient: null, professional: null }, societal: { patient: null, professional: null } },
});

describe('intakes offered for comparison', () => {
  it('are the final ones that no later version corrected (not drafts, not corrected ones)', () => {
    const list = [summary('draft', 'draft'), summary('old', 'final', 'new'), summary('new', 'final'), summary('other', 'final')];
    expect(comparable(list).map((i) => i.id)).toEqual(['new', 'other']);
  });
});
