// The report tables: the screen's order, three compared months, and groups that really add up to their total.
import { describe, expect, it } from 'vitest';
import { testEnv } from '../../testing/test-env';
import { shiftMonth } from '../month-trend';
import { reportTables } from './report-tables';
import { composeOverview, fillPractice } from './testing/overview-fixture';

describe('report tables', () => {
  const env = testEnv();
  fillPractice(env);
  const tables = reportTables(composeOverview(env.store.reader, '2026-10'));

  it('come in the screen order, the month tables with this month, the month before and a year earlier', () => {
    expect(tables.map((t) => t.id)).toEqual(['roster', 'rosterStatus', 'signalledVia', 'intakes', 'meetings', 'partners', 'domainProblems', 'topCategories', 'priorities', 'weightChange', 'actions', 'path', 'trend']);
    expect(tables[0]!.columns).toEqual(['oktober 2026', 'Vorige maand (september 2026)', 'Jaar eerder (oktober 2025)']);
    for (const t of tables) for (const r of t.rows) expect(r.cells).toHaveLength(t.columns.length);
    for (const t of tables) expect(t.sheet.length).toBeLessThanOrEqual(31);
  });

  it('have groups whose members add up to the total row, in every column', () => {
    let groups = 0;
    for (const t of tables) {
      const names = new Set(t.rows.flatMap((r) => (r.group ? [r.group] : [])));
      for (const g of names) {
        const rows = t.rows.filter((r) => r.group === g);
        const total = rows.filter((r) => r.total);
        expect(total, `${t.id}/${g}`).toHaveLength(1);
        t.columns.forEach((_, c) => {
          const sum = rows.filter((r) => !r.total).reduce((a, r) => a + (r.cells[c]!.value ?? 0), 0);
          expect(sum, `${t.id}/${g}/${c}`).toBe(total[0]!.cells[c]!.value);
        });
        groups++;
      }
    }
    expect(groups).toBeGreaterThanOrEqual(9);
  });

  it('give the same figure the same key wherever it is shown', () => {
    const keyed = (id: string, label: string) => tables.find((t) => t.id === id)!.rows.find((r) => r.label === label)!.cells.map((c) => c.key);
    expect(keyed('roster', 'Nieuw aangemeld')).toEqual(keyed('signalledVia', 'Totaal aangemeld'));
    expect(keyed('path', 'Aangemeld')).toEqual(keyed('rosterStatus', 'Totaal op de lijst'));
    expect(keyed('trend', 'oktober 2026')[0]).toBe('roster.registered@2026-10');
  });
});

describe('shiftMonth', () => {
  it('crosses year ends both ways', () => {
    expect([shiftMonth('2026-01', -1), shiftMonth('2026-10', -12), shiftMonth('2026-12', 1), shiftMonth('2026-10', -11)]).toEqual(['2025-12', '2025-10', '2027-01', '2025-11']);
  });
});
