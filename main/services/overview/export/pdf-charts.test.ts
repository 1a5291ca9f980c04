// The PDF's charts: bars in proportion to the published figures; a `<5`, × or empty cell draws no bar (its
// length would give the count away), only its mark; the rows each chart takes.
import { describe, expect, it } from 'vitest';
import { BAR_WIDTH, chartBars, chartContent } from './pdf-charts';
import type { PublishedCell, PublishedTable } from './suppress';

const n = (value: number): PublishedCell => ({ kind: 'number', value, decimals: 0 });
const small: PublishedCell = { kind: 'small', text: '<5' };
const hidden: PublishedCell = { kind: 'hidden', text: '×' };

function table(id: string, rows: [string, PublishedCell, boolean?][]): PublishedTable {
  return {
    id,
    title: id,
    sheet: id,
    labelHeader: 'Cijfer',
    columns: ['Deze maand', 'Vorige maand', 'Jaar eerder'],
    rows: rows.map(([label, cell, total]) => ({ label, cells: [cell, n(999), n(999)], total: total ?? false })),
  };
}

describe('the PDF charts', () => {
  it('draw the path in proportion to the month column, the largest full width', () => {
    const bars = chartBars(table('path', [['Op de lijst', n(200)], ['Intake', n(150)], ['Plan', n(50)], ['Drie-gesprek', small], ['Traject', n(0)]]));
    expect(bars.map((b) => b.label)).toEqual(['Op de lijst', 'Intake', 'Plan', 'Drie-gesprek', 'Traject']);
    expect(bars.map((b) => b.width)).toEqual([BAR_WIDTH, BAR_WIDTH * 0.75, BAR_WIDTH * 0.25, 0, 0]);
    expect(bars.map((b) => b.text)).toEqual(['200', '150', '50', '<5', '0']);
  });

  it('give a suppressed cell no bar, only its mark, whatever the other cells', () => {
    const bars = chartBars(table('priorities', [['Lichaam', small], ['Psyche', hidden], ['Sociaal', n(12)], ['Totaal', hidden, true]]));
    expect(bars).toEqual([
      { label: 'Lichaam', width: 0, text: '<5' },
      { label: 'Psyche', width: 0, text: '×' },
      { label: 'Sociaal', width: BAR_WIDTH, text: '12' },
    ]);
  });

  it('take the problems per domain (not the patients row before them nor the total and rows after it)', () => {
    const bars = chartBars(table('domainProblems', [['Patiënten met een 4D-beeld', n(90)], ['Lichaam', n(40)], ['Psyche', n(20)], ['Totaal', n(60), true], ['Patiënten lichaam', n(30)]]));
    expect(bars.map((b) => b.label)).toEqual(['Lichaam', 'Psyche']);
  });

  it('draw nothing for a table without a chart, or when nothing may be drawn', () => {
    expect(chartBars(table('actions', [['Geopend', n(10)]]))).toEqual([]);
    expect(chartContent(table('path', [['Op de lijst', small], ['Intake', n(0)]]))).toBeNull();
    expect(chartContent(table('path', [['Op de lijst', n(3)]]))).not.toBeNull();
  });
});
