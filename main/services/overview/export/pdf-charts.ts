// The PDF's charts, as on the screen: a bar per row above the table that holds the same figures (the path,
// problems and priorities per life domain, partners by type, the trend's registrations). Drawn from the
// published cells only: a `<5` or × cell gets no bar (a bar's length would give the count away), only its mark.
import type { CanvasRect, Content } from 'pdfmake';
import { dutchNumber } from './dutch-number';
import type { PublishedCell, PublishedRow, PublishedTable } from './suppress';

interface ChartSpec {
  /** Which column's figures (the month's is 0). */
  column: number;
  /** Which rows get a bar. */
  rows: (row: PublishedRow, index: number, all: readonly PublishedRow[]) => boolean;
}

/** The parts of a group: the rows from `from` up to the group's total. */
const partsFrom =
  (from: number) =>
  (_row: PublishedRow, i: number, all: readonly PublishedRow[]): boolean => {
    const total = all.findIndex((r) => r.total);
    return i >= from && (total === -1 || i < total);
  };

/** The tables with a chart, and what it shows. */
export const CHARTS: Readonly<Record<string, ChartSpec>> = {
  path: { column: 0, rows: () => true },
  // After "patients with a 4D picture": the problems per life domain.
  domainProblems: { column: 0, rows: partsFrom(1) },
  priorities: { column: 0, rows: partsFrom(0) },
  // The organisations per type (the drie-gesprekken per type follow the total).
  partners: { column: 0, rows: partsFrom(0) },
  trend: { column: 0, rows: () => true },
};

export const BAR_WIDTH = 240;
const BAR_HEIGHT = 8;
const BAR_COLOR = '#2b6cb0';

export interface ChartBar {
  label: string;
  /** Points; 0 for a zero, a `<5`, a × or an empty cell. */
  width: number;
  text: string;
}

function cellText(c: PublishedCell): string {
  return c.kind === 'number' ? dutchNumber(c.value, c.decimals) : c.text;
}

/** The bars of a table's chart (none when the table has no chart or nothing to draw). */
export function chartBars(table: PublishedTable): ChartBar[] {
  const spec = CHARTS[table.id];
  if (!spec) return [];
  const rows = table.rows.filter((row, i, all) => spec.rows(row, i, all));
  const cells = rows.map((r) => r.cells[spec.column]).filter((c): c is PublishedCell => c !== undefined);
  const max = Math.max(0, ...cells.map((c) => (c.kind === 'number' ? c.value : 0)));
  return rows.flatMap((row) => {
    const cell = row.cells[spec.column];
    if (!cell) return [];
    const width = cell.kind === 'number' && max > 0 ? Math.max(0, (cell.value / max) * BAR_WIDTH) : 0;
    return [{ label: row.label, width, text: cellText(cell) }];
  });
}

/** The chart as pdfmake content: label, bar and figure per row; null when there is nothing to draw. */
export function chartContent(table: PublishedTable): Content | null {
  const bars = chartBars(table);
  if (bars.length === 0 || bars.every((b) => b.width === 0)) return null;
  const bar = (width: number): Content => (width > 0 ? { canvas: [{ type: 'rect', x: 0, y: 1, w: width, h: BAR_HEIGHT, color: BAR_COLOR } satisfies CanvasRect] } : { text: '' });
  const caption = table.columns[CHARTS[table.id]!.column] ?? '';
  return {
    stack: [
      { text: caption, fontSize: 8, color: '#444444', margin: [0, 0, 0, 2] },
      {
        table: {
          widths: [170, BAR_WIDTH + 4, 50],
          body: bars.map((b) => [{ text: b.label, fontSize: 8 }, bar(b.width), { text: b.text, fontSize: 8, alignment: 'left' }]),
        },
        layout: 'noBorders',
      },
    ],
    margin: [0, 0, 0, 6],
  };
}
