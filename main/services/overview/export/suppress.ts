// Small-number suppression for every exported file. A count from 1 to threshold−1 shows as `<5` (0 stays 0);
// a median or mean over fewer than `threshold` patients is hidden (×). Secondary suppression: where rows add
// up to a total, a reader who knows the total, the shown cells and that each `<5` lies in 1…4 (and each ×
// hides at least the threshold) must still be unable to pin down any `<5` cell to one value; when the hidden
// cells of a group would allow that, more cells are hidden (the smallest that protects, else the largest,
// else the total). The same figure shown in two tables (the month's "Nieuw aangemeld" in the trend) is
// hidden in both. Repeated until nothing changes.
import type { FigureCell, ReportRow, ReportTable } from './report-tables';

export const DEFAULT_SUPPRESS_BELOW = 5;
export const HIDDEN_MARK = '×';
export const EMPTY_MARK = '–';

export type PublishedCell =
  | { kind: 'number'; value: number; decimals: 0 | 1 }
  | { kind: 'small'; text: string }
  | { kind: 'hidden'; text: typeof HIDDEN_MARK }
  | { kind: 'empty'; text: typeof EMPTY_MARK };

export interface PublishedRow {
  label: string;
  cells: PublishedCell[];
  total: boolean;
  month?: string;
}

export interface PublishedTable {
  id: string;
  title: string;
  sheet: string;
  labelHeader: string;
  columns: string[];
  rows: PublishedRow[];
}

type Status = 'shown' | 'small' | 'hidden' | 'empty';

interface GroupCell {
  value: number;
  status: Status;
}

/** The text a small count shows: `<5` for threshold 5. */
export const smallMark = (threshold: number): string => `<${threshold}`;

function primary(cell: FigureCell, threshold: number): Status {
  if (cell.value === null) return 'empty';
  if (cell.kind === 'count') return cell.value >= 1 && cell.value < threshold ? 'small' : 'shown';
  return (cell.basis ?? 0) < threshold ? 'hidden' : 'shown';
}

/**
 * Whether every `<t` member keeps at least two possible values, given the total and the shown members:
 * the hidden members add up to D; each `<t` cell is 1…t−1, each × cell at least t.
 */
export function groupProtected(members: readonly GroupCell[], total: GroupCell, threshold: number): boolean {
  const small = members.filter((m) => m.status === 'small').length;
  if (small === 0 || total.status !== 'shown') return true;
  const hidden = members.filter((m) => m.status === 'hidden').length;
  const d = total.value - members.filter((m) => m.status === 'shown').reduce((a, m) => a + m.value, 0);
  const hi = Math.min(threshold - 1, d - (small - 1) - hidden * threshold);
  const lo = hidden > 0 ? 1 : Math.max(1, d - (small - 1) * (threshold - 1));
  return hi - lo >= 1;
}

/** The member (or -1: the total) to hide next in an unprotected group; null when it is protected. */
export function nextToHide(members: readonly GroupCell[], total: GroupCell, threshold: number): number | null {
  // A hidden total with every member shown would be their sum.
  if (total.status !== 'shown') {
    if (members.some((m) => m.status !== 'shown' && m.status !== 'empty') || members.every((m) => m.value === 0)) return null;
  } else if (groupProtected(members, total, threshold)) {
    return null;
  }
  const candidates = members
    .map((m, i) => ({ m, i }))
    .filter(({ m }) => m.status === 'shown' && m.value > 0)
    .sort((a, b) => a.m.value - b.m.value || a.i - b.i);
  if (total.status !== 'shown') return candidates[0]?.i ?? null;
  for (const { i } of candidates) {
    const tried = members.map((m, j) => (j === i ? { ...m, status: 'hidden' as const } : m));
    if (groupProtected(tried, total, threshold)) return i;
  }
  // No single cell is enough: hide the one that gives the most room, and look again; with none left, the total.
  return candidates.at(-1)?.i ?? -1;
}

interface Place {
  table: number;
  row: number;
  col: number;
}

function groupsOf(rows: readonly ReportRow[]): { members: number[]; total: number }[] {
  const byName = new Map<string, { members: number[]; total: number }>();
  rows.forEach((r, i) => {
    if (r.group === undefined) return;
    const g = byName.get(r.group) ?? { members: [], total: -1 };
    if (r.total) g.total = i;
    else g.members.push(i);
    byName.set(r.group, g);
  });
  return [...byName.values()].filter((g) => g.total >= 0);
}

function published(cell: FigureCell, status: Status, threshold: number): PublishedCell {
  if (status === 'empty' || cell.value === null) return { kind: 'empty', text: EMPTY_MARK };
  if (status === 'small') return { kind: 'small', text: smallMark(threshold) };
  if (status === 'hidden') return { kind: 'hidden', text: HIDDEN_MARK };
  const decimals = cell.kind === 'mean' || !Number.isInteger(cell.value) ? 1 : 0;
  return { kind: 'number', value: cell.value, decimals };
}

/** The tables as they may leave in a file: nothing exact between 1 and threshold−1, nothing a total gives away. */
export function suppressTables(tables: readonly ReportTable[], threshold = DEFAULT_SUPPRESS_BELOW): PublishedTable[] {
  if (!Number.isInteger(threshold) || threshold < 2) throw new Error('the suppression threshold is an integer of at least 2');
  const status = tables.map((tb) => tb.rows.map((r) => r.cells.map((c) => primary(c, threshold))));
  const at = (p: Place) => status[p.table]![p.row]![p.col]!;
  const hide = (p: Place) => (status[p.table]![p.row]![p.col] = 'hidden');
  const cells: (Place & { cell: FigureCell })[] = tables.flatMap((tb, table) => tb.rows.flatMap((r, row) => r.cells.map((cell, col) => ({ table, row, col, cell }))));
  // With a threshold of 2, `<2` is 1 exactly by definition: there is nothing left for a total to give away.
  const secondary = threshold > 2;
  let changed = true;
  while (changed) {
    changed = false;
    const hiddenKeys = new Set(cells.filter((c) => c.cell.key !== undefined && (at(c) === 'small' || at(c) === 'hidden')).map((c) => c.cell.key));
    for (const c of cells) {
      if (at(c) === 'shown' && c.cell.key !== undefined && hiddenKeys.has(c.cell.key)) {
        hide(c);
        changed = true;
      }
    }
    if (!secondary) continue;
    tables.forEach((tb, table) => {
      for (const g of groupsOf(tb.rows)) {
        for (let col = 0; col < tb.columns.length; col++) {
          const cellAt = (row: number): GroupCell => ({ value: tb.rows[row]!.cells[col]!.value ?? 0, status: at({ table, row, col }) });
          const next = nextToHide(g.members.map(cellAt), cellAt(g.total), threshold);
          if (next === null) continue;
          hide({ table, row: next === -1 ? g.total : g.members[next]!, col });
          changed = true;
        }
      }
    });
  }
  return tables.map((tb, table) => ({
    id: tb.id,
    title: tb.title,
    sheet: tb.sheet,
    labelHeader: tb.labelHeader,
    columns: tb.columns,
    rows: tb.rows.map((r, row) => ({
      label: r.label,
      total: r.total === true,
      ...(r.month !== undefined ? { month: r.month } : {}),
      cells: r.cells.map((cell, col) => published(cell, at({ table, row, col }), threshold)),
    })),
  }));
}
