import { describe, expect, it } from 'vitest';
import { emptyIntakeContent } from '../../../contract/schemas/intake';
import { compareIntakes } from './compareIntakes';

describe('comparing two intakes', () => {
  it('gives per domain the weights, their change, and problems added or no longer mentioned', () => {
    const older = emptyIntakeContent('2026-01-10');
    older.domains.societal = { ...older.domains.societal, patientWeight: 9, problems: [{ id: 'a', text: 'Schulden', category: '', icpc: '' }] };
    older.domains.physical = { ...older.domains.physical, patientWeight: 5, problems: [{ id: 'b', text: 'Slaapt slecht', category: '', icpc: '' }] };
    const newer = emptyIntakeContent('2026-06-10');
    newer.domains.societal = { ...newer.domains.societal, patientWeight: 4, problems: [] };
    newer.domains.physical = { ...newer.domains.physical, patientWeight: 6, problems: [{ id: 'x', text: ' slaapt SLECHT ', category: '', icpc: '' }, { id: 'y', text: 'Rugpijn', category: '', icpc: '' }] };
    const byDomain = Object.fromEntries(compareIntakes(older, newer).map((c) => [c.domain, c]));
    expect(byDomain.societal).toEqual({ domain: 'societal', before: 9, after: 4, delta: -5, added: [], removed: ['Schulden'] });
    expect(byDomain.physical).toMatchObject({ delta: 1, added: ['Rugpijn'], removed: [] });
    expect(byDomain.social).toMatchObject({ before: null, after: null, delta: null });
  });
});
