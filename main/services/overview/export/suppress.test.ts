// Small-number suppression: counts 1…4 as `<5`, medians and means over too few patients hidden, and the
// secondary suppression that keeps a total (or the same figure in another table) from giving a small count away.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FigureCell, ReportRow, ReportTable } from './report-tables';
import { suppressTables, type PublishedCell, type PublishedTable } from './suppress';

const count = (value: number, key?: string): FigureCell => ({ value, kind: 'count', ...(key ? { key } : {}) });
const table = (id: string, rows: ReportRow[], columns = 1): ReportTable => ({ id, title: id, sheet: id, labelHeader: '', columns: Array.from({ length: columns }, (_, i) => `k${i}`), rows });
const texts = (t: PublishedTable) => t.rows.map((r) => r.cells.map((c) => (c.kind === 'number' ? c.value : c.text)));

/** A group of member rows and their total row, one column. */
function groupTable(values: number[]): ReportTable {
  const rows: ReportRow[] = values.map((v, i) => ({ label: `r${i}`, cells: [count(v)], group: 'g' }));
  rows.push({ label: 'totaal', cells: [count(values.reduce((a, b) => a + b, 0))], group: 'g', total: true });
  return table('t', rows);
}

describe('primary suppression', () => {
  it('shows 1 to 4 as <5, keeps 0 and 5 and more, and follows the threshold', () => {
    const t = table('t', [0, 1, 4, 5, 12].map((v) => ({ label: String(v), cells: [count(v)] })));
    expect(texts(suppressTables([t])[0]!)).toEqual([[0], ['<5'], ['<5'], [5], [12]]);
    expect(texts(suppressTables([t], 10)[0]!)).toEqual([[0], ['<10'], ['<10'], ['<10'], [12]]);
    expect(texts(suppressTables([t], 2)[0]!)).toEqual([[0], ['<2'], [4], [5], [12]]);
  });

  it('hides a median or mean over fewer patients than the threshold, and shows an empty one as –', () => {
    const t = table('t', [
      { label: 'mediaan', cells: [{ value: 3, kind: 'median', basis: 4 }] },
      { label: 'mediaan5', cells: [{ value: 3.5, kind: 'median', basis: 5 }] },
      { label: 'gemiddeld', cells: [{ value: 0.4, kind: 'mean', basis: 2 }] },
      { label: 'geen', cells: [{ value: null, kind: 'median', basis: 0 }] },
    ]);
    const out = suppressTables([t])[0]!;
    expect(texts(out)).toEqual([['×'], [3.5], ['×'], ['–']]);
    expect(out.rows[1]!.cells[0]).toEqual({ kind: 'number', value: 3.5, decimals: 1 });
  });

  it('refuses a threshold below 2', () => {
    expect(() => suppressTables([], 1)).toThrow();
  });
});

describe('secondary suppression (the table test)', () => {
  it('per status at month end with its total: a lone <5 takes the next-smallest cell with it', () => {
    // Without more hiding: 40 − (20 + 0 + 9 + 8) = 3, so the "<5" would be 3.
    const out = suppressTables([groupTable([20, 3, 0, 9, 8])])[0]!;
    expect(texts(out)).toEqual([[20], ['<5'], [0], [9], ['×'], [40]]);
  });

  it('hides a bigger cell when the next-smallest alone still pins the <5 down', () => {
    // Hiding 5 gives 1 + 5 = 6, and a × is at least 5: the <5 could only be 1. Hiding 9 instead leaves it 1…4.
    const out = suppressTables([groupTable([1, 5, 9, 30])])[0]!;
    const hidden = out.rows.slice(0, 4).filter((r) => r.cells[0]!.kind !== 'number').map((r) => r.label);
    expect(hidden).toContain('r0');
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    expect(out.rows[4]!.cells[0]).toEqual({ kind: 'number', value: 45, decimals: 0 });
    expectUnrecoverable([1, 5, 9, 30], out, 5);
  });

  it('two small cells that could only be 1 and 1 get company', () => {
    const out = suppressTables([groupTable([1, 1, 10])])[0]!;
    expectUnrecoverable([1, 1, 10], out, 5);
    expect(texts(out)[2]).toEqual(['×']);
  });

  it('hides the total when every other cell is 0 or too small to help', () => {
    const out = suppressTables([groupTable([2, 0, 0])])[0]!;
    expect(texts(out)).toEqual([['<5'], [0], [0], ['<5']]);
  });

  it('hides the same figure in another table: the trend cannot give away what the month table hides', () => {
    const month = table('signalled', [
      { label: 'huisarts', cells: [count(3), count(2)], group: 'via' },
      { label: 'zelf', cells: [count(6), count(7)], group: 'via' },
      { label: 'totaal', cells: [count(9, 'registered@2026-10'), count(9, 'registered@2026-09')], group: 'via', total: true },
    ], 2);
    const status = table('status', [
      { label: 'a', cells: [count(6, 's.a@2026-10')], group: 's' },
      { label: 'b', cells: [count(6, 's.b@2026-10')], group: 's' },
      { label: 'totaal', cells: [count(12)], group: 's', total: true },
    ]);
    const trend = table('trend', [{ label: 'okt', cells: [count(9, 'registered@2026-10'), count(6, 's.a@2026-10')] }], 2);
    // 3 + 6 = 9 hidden together, a × at least 5: the <5 may be 1…4. The total stays, in both tables.
    const [m, , tr] = suppressTables([month, status, trend]);
    expect(texts(m!)).toEqual([['<5', '<5'], ['×', '×'], [9, 9]]);
    expect(texts(tr!)).toEqual([[9, 6]]);
    // A small total shown in two places is small in both; a hidden one hidden in both.
    const small = table('x', [{ label: 'a', cells: [count(1, 'k')], group: 'g' }, { label: 'b', cells: [count(0)], group: 'g' }, { label: 't', cells: [count(1, 'tot')], group: 'g', total: true }]);
    const other = table('y', [{ label: 'tot', cells: [count(1, 'tot')] }, { label: 'k', cells: [count(1, 'k')] }]);
    expect(texts(suppressTables([small, other])[1]!)).toEqual([['<5'], ['<5']]);
  });

  it('keeps each comparison column safe on its own', () => {
    const t = table('t', [
      { label: 'a', cells: [count(2), count(10)], group: 'g' },
      { label: 'b', cells: [count(10), count(10)], group: 'g' },
      { label: 'c', cells: [count(20), count(3)], group: 'g' },
      { label: 'tot', cells: [count(32), count(23)], group: 'g', total: true },
    ], 2);
    expect(texts(suppressTables([t])[0]!)).toEqual([['<5', '×'], ['×', 10], [20, '<5'], [32, 23]]);
  });
});

/**
 * Brute force, as a reader who knows the algorithm: every shown cell and the total; each `<t` is 1…t−1;
 * each × is at least t (the cells hidden to protect are never small themselves). Each `<t` cell must keep at
 * least two values that fit.
 */
function expectUnrecoverable(values: number[], out: PublishedTable, t: number): void {
  const members = out.rows.slice(0, values.length).map((r) => r.cells[0]!);
  const totalCell = out.rows[values.length]!.cells[0]!;
  if (totalCell.kind !== 'number') return; // an unknown total gives nothing away
  const shownSum = members.reduce((a, c) => a + (c.kind === 'number' ? c.value : 0), 0);
  const d = totalCell.value - shownSum;
  const unknown = members.map((c, i) => ({ c, i })).filter(({ c }) => c.kind !== 'number');
  const ranges = unknown.map(({ c }) => (c.kind === 'small' ? [1, t - 1] : [t, Math.max(t, d)]) as [number, number]);
  const possible = unknown.map(() => new Set<number>());
  const walk = (k: number, rest: number, chosen: number[]) => {
    if (k === unknown.length) {
      if (rest === 0) chosen.forEach((v, j) => possible[j]!.add(v));
      return;
    }
    const [lo, hi] = ranges[k]!;
    for (let v = lo; v <= Math.min(hi, rest); v++) walk(k + 1, rest - v, [...chosen, v]);
  };
  walk(0, d, []);
  unknown.forEach(({ c, i }, j) => {
    if (c.kind === 'small') expect(possible[j]!.size, `cell ${i} of ${JSON.stringify(values)}`).toBeGreaterThanOrEqual(2);
  });
}

const isExactSmall = (c: PublishedCell, t: number) => c.kind === 'number' && c.value >= 1 && c.value < t;

describe('suppression properties', () => {
  it('no <t cell can be recovered from the published cells of its group and the total', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 40 })), { minLength: 1, maxLength: 6 }), fc.integer({ min: 3, max: 7 }), (values, t) => {
        const out = suppressTables([groupTable(values)], t)[0]!;
        expectUnrecoverable(values, out, t);
        for (const r of out.rows) for (const c of r.cells) expect(isExactSmall(c, t)).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('a hidden cell never shows a small count as exact anywhere, with several columns and linked keys', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 5 }), (grid) => {
        const rows: ReportRow[] = grid.map((vs, i) => ({ label: `r${i}`, cells: vs.map((v) => count(v)), group: 'g' }));
        const totals = [0, 1, 2].map((c) => grid.reduce((a, vs) => a + vs[c]!, 0));
        rows.push({ label: 'tot', cells: totals.map((v, c) => count(v, `tot${c}`)), group: 'g', total: true });
        const copy = table('copy', [{ label: 'tot', cells: totals.map((v, c) => count(v, `tot${c}`)) }], 3);
        const [main, linked] = suppressTables([table('m', rows, 3), copy]);
        for (let c = 0; c < 3; c++) {
          const column: PublishedTable = { ...main!, rows: main!.rows.map((r) => ({ ...r, cells: [r.cells[c]!] })) };
          expectUnrecoverable(grid.map((vs) => vs[c]!), column, 5);
          const mine = main!.rows.at(-1)!.cells[c]!;
          expect(linked!.rows[0]!.cells[c]!.kind === 'number').toBe(mine.kind === 'number');
        }
      }),
      { numRuns: 200 },
    );
  });
});
