// The kept counts: each patient's stored share (overview_patient) added up per filter combination
// (overview_cells). Bringing a marked patient up to date takes the old share out and puts the fresh one in, in
// the caller's write transaction; reading adds, in memory, the fresh share of every patient still marked.
import type { ReadableDb, WritableDb } from '../../../../db/handles';
import { prepared, preparedRead } from '../../../../db/statement-cache';
import { dimsOf, patientContribution, type Contribution, type SelectedBy } from './patient-contribution';
import { loadPatientRows } from './patient-rows';

const IDS = 'SELECT value FROM json_each(:ids)';
const STORED_SQL = `SELECT patient_id, selected_by, cells FROM overview_patient WHERE patient_id IN (${IDS})`;

/** `dim` → `YYYY-MM|figure` → change; what bringing some patients up to date does to the cells. */
export type CellChanges = Map<string, Map<string, number>>;

export interface FreshShares {
  changes: CellChanges;
  fresh: Map<string, Contribution | null>;
}

function addShare(changes: CellChanges, share: Contribution, sign: 1 | -1, onlyDim: string | null): void {
  for (const dim of dimsOf(share.selectedBy)) {
    if (onlyDim !== null && dim !== onlyDim) continue;
    let cells = changes.get(dim);
    if (!cells) changes.set(dim, (cells = new Map()));
    for (const [key, v] of Object.entries(share.cells)) cells.set(key, (cells.get(key) ?? 0) + sign * v);
  }
}

/** For the patients `ids`: their fresh shares, and the change to the cells (of `onlyDim`, or all) from stored to fresh. */
export function freshShares(db: ReadableDb, ids: readonly string[], onlyDim: string | null = null): FreshShares {
  const changes: CellChanges = new Map();
  const fresh = new Map<string, Contribution | null>();
  const rows = loadPatientRows(db, ids);
  for (const s of preparedRead(db, STORED_SQL).all({ ids: JSON.stringify(ids) }) as { patient_id: string; selected_by: string; cells: string }[]) {
    addShare(changes, { selectedBy: JSON.parse(s.selected_by) as SelectedBy, cells: JSON.parse(s.cells) as Record<string, number> }, -1, onlyDim);
  }
  for (const id of ids) {
    const r = rows.get(id);
    const share = r ? patientContribution(r) : null;
    fresh.set(id, share);
    if (share) addShare(changes, share, 1, onlyDim);
  }
  return { changes, fresh };
}

function dimIds(db: WritableDb, dims: Iterable<string>): Map<string, number> {
  const known = new Map((preparedRead(db, 'SELECT dim, id FROM overview_dims').all() as { dim: string; id: number }[]).map((r) => [r.dim, r.id]));
  for (const dim of dims) {
    if (!known.has(dim)) known.set(dim, Number(prepared(db, 'INSERT INTO overview_dims(dim) VALUES (?)').run(dim).lastInsertRowid));
  }
  return known;
}

/**
 * Brings up to `limit` marked patients up to date; the caller holds the write transaction. Returns how many
 * it did (0: none was marked).
 */
export function refreshKeptCells(db: WritableDb, limit: number): number {
  const ids = (preparedRead(db, 'SELECT patient_id FROM overview_dirty LIMIT ?').all(limit) as { patient_id: string }[]).map((r) => r.patient_id);
  if (ids.length === 0) return 0;
  const { changes, fresh } = freshShares(db, ids);
  const idOf = dimIds(db, changes.keys());
  const addCell = prepared(db, 'INSERT INTO overview_cells(dim_id, month, figure, value) VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET value = value + excluded.value');
  for (const [dim, cells] of changes) {
    const dimId = idOf.get(dim)!;
    for (const [key, v] of cells) if (v !== 0) addCell.run(dimId, key.slice(0, 7), key.slice(8), v);
  }
  const store = prepared(db, 'INSERT OR REPLACE INTO overview_patient(patient_id, selected_by, cells) VALUES (?, ?, ?)');
  const drop = prepared(db, 'DELETE FROM overview_patient WHERE patient_id = ?');
  for (const [id, share] of fresh) {
    if (share) store.run(id, JSON.stringify(share.selectedBy), JSON.stringify(share.cells));
    else drop.run(id);
  }
  prepared(db, `DELETE FROM overview_dirty WHERE patient_id IN (${IDS})`).run({ ids: JSON.stringify(ids) });
  return ids.length;
}

/** How many patients' shares are out of date. */
export function markedCount(db: ReadableDb): number {
  return (preparedRead(db, 'SELECT count(*) AS n FROM overview_dirty').get() as { n: number }).n;
}

/**
 * Above this many marked patients (after an upgrade or a large import, while the handler process catches up)
 * the app's overview waits rather than count them all in memory and hold every other call for seconds.
 */
export const MARKED_LIMIT = 2000;

/** The states' changes up to the month, and the events of the months from `eventsFrom` on. */
export const CELLS_SQL = `SELECT c.month, c.figure, c.value FROM overview_cells c JOIN overview_dims d ON d.id = c.dim_id
WHERE d.dim = :dim AND c.month <= :upTo AND (c.month >= :eventsFrom OR c.figure LIKE 's:%')
ORDER BY c.month`;

export interface CellRow {
  month: string;
  figure: string;
  value: number;
}

/**
 * The cells of one filter combination up to and including `upTo` (events from `eventsFrom` on), each patient
 * still marked counted with their fresh share less their stored one; in month order.
 */
export function readKeptCells(db: ReadableDb, dim: string, upTo: string, eventsFrom: string): CellRow[] {
  const rows = preparedRead(db, CELLS_SQL).all({ dim, upTo, eventsFrom }) as CellRow[];
  const marked = (preparedRead(db, 'SELECT patient_id FROM overview_dirty').all() as { patient_id: string }[]).map((r) => r.patient_id);
  if (marked.length === 0) return rows;
  for (let i = 0; i < marked.length; i += 1000) {
    const { changes } = freshShares(db, marked.slice(i, i + 1000), dim);
    for (const [key, value] of changes.get(dim) ?? []) {
      const month = key.slice(0, 7);
      const figure = key.slice(8);
      if (month <= upTo && (month >= eventsFrom || figure.startsWith('s:')) && value !== 0) rows.push({ month, figure, value });
    }
  }
  // Stable: the cells' own order holds within a month.
  return rows.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}
