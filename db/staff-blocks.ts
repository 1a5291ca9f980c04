// Blocked time per staff member (a course, a free afternoon): no patient data; the week view and the conflict
// check read it.
import type { Slot, StaffBlock } from '../contract/schemas/meetings';
import type { ReadableDb, WritableDb } from './handles';
import type { Change } from './meetings';
import type { WriteDeps } from './patients/write';
import { prepared, preparedRead } from './statement-cache';

export const BLOCKS_SQL = 'SELECT id, staff_id, starts_at, ends_at, reason FROM staff_blocks WHERE staff_id = ? AND ends_at > ? AND starts_at < ? ORDER BY starts_at';

export function blocksIn(db: ReadableDb, staffIds: readonly string[], window: Slot): StaffBlock[] {
  const stmt = preparedRead(db, BLOCKS_SQL);
  return staffIds.flatMap((staffId) =>
    (stmt.all(staffId, window.start, window.end) as { id: string; staff_id: string; starts_at: string; ends_at: string; reason: string }[]).map((r) => ({
      id: r.id,
      staffId: r.staff_id,
      start: r.starts_at,
      end: r.ends_at,
      reason: r.reason,
    })),
  );
}

export function insertBlock(deps: WriteDeps, b: { staffId: string; start: string; end: string; reason: string }, change: Change): string {
  const id = deps.ids.next();
  prepared(deps.db, 'INSERT INTO staff_blocks(id, staff_id, starts_at, ends_at, reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id,
    b.staffId,
    b.start,
    b.end,
    b.reason,
    change.by,
    change.at,
  );
  return id;
}

export function getBlock(db: ReadableDb, id: string): StaffBlock | null {
  const r = preparedRead(db, 'SELECT id, staff_id, starts_at, ends_at, reason FROM staff_blocks WHERE id = ?').get(id) as
    | { id: string; staff_id: string; starts_at: string; ends_at: string; reason: string }
    | undefined;
  return r ? { id: r.id, staffId: r.staff_id, start: r.starts_at, end: r.ends_at, reason: r.reason } : null;
}

export function deleteBlock(db: WritableDb, id: string): boolean {
  return prepared(db, 'DELETE FROM staff_blocks WHERE id = ?').run(id).changes === 1;
}
