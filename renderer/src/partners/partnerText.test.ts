import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../../contract/schemas/partners';
import { activeContactCount, formatReachableDays, formatWijken, partnerTypeKey } from './partnerText';
import nl from '../../../locales/nl.json';
import en from '../../../locales/en.json';
import { PARTNER_TYPES } from '../../../contract/schemas/partners';

const short = { mon: 'ma', tue: 'di', wed: 'wo', thu: 'do', fri: 'vr', sat: 'za', sun: 'zo' } as const;

describe('formatReachableDays', () => {
  it('names the days in week order, whatever order they come in', () => {
    expect(formatReachableDays(['thu', 'mon', 'tue'], (d) => short[d])).toBe('ma di do');
  });
  it('is empty for no days', () => {
    expect(formatReachableDays([], (d) => short[d])).toBe('');
  });
});

describe('partnerTypeKey', () => {
  it('has a Dutch and an English label for every type', () => {
    for (const type of PARTNER_TYPES) {
      expect(partnerTypeKey(type)).toBe(`partners.type.${type}`);
      expect(nl.partners.type[type], type).toBeTruthy();
      expect(en.partners.type[type], type).toBeTruthy();
    }
  });
});

describe('activeContactCount and formatWijken', () => {
  const contact = (active: boolean) => ({ id: 'c', organisationId: 'o', active, revision: 1, name: 'A', function: '', phone: '', email: '', wijken: [], reachableDays: [] });
  it('counts only active contact persons', () => {
    const organisation = { contacts: [contact(true), contact(false), contact(true)] } as unknown as Organisation;
    expect(activeContactCount(organisation)).toBe(2);
  });
  it('joins wijken with commas', () => {
    expect(formatWijken(['Overvecht', 'Zuilen'])).toBe('Overvecht, Zuilen');
  });
});
