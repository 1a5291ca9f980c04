import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import nl from '../../../locales/nl.json';
import { formatDifference, monthDates, monthLabel, monthsBetween, shiftMonth } from './overviewText';

const t = ((key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], nl)) as unknown as TFunction;

describe("the Overzicht's words for months and differences", () => {
  it('names months in Dutch and gives their days as dd-mm-jjjj', () => {
    expect(monthLabel(t, '2026-10')).toBe('oktober 2026');
    expect(monthLabel(t, '2027-03')).toBe('maart 2027');
    expect(monthDates('2026-02')).toEqual({ first: '01-02-2026', last: '28-02-2026' });
    expect(monthDates('2028-02').last).toBe('29-02-2028');
  });

  it('moves across a year end and lists months newest first', () => {
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
  });

  it('writes a difference with its sign, and nothing when a median is unknown', () => {
    expect(formatDifference(12, 9)).toBe('+3');
    expect(formatDifference(9, 12)).toBe('−3');
    expect(formatDifference(5, 5)).toBe('0');
    expect(formatDifference(48.5, 36)).toBe('+12,5');
    expect(formatDifference(null, 3)).toBe('');
  });
});
