// Practice staff rows.
import type { StaffMember, StaffRole } from '../contract/schemas/staff';
import { foldText } from '../contract/schemas/text';
import type { ReadableDb } from './handles';
import type { WriteDeps } from './patients/write';
import { prepared, preparedRead } from './statement-cache';

interface DbStaff {
  id: string;
  name: string;
  role: string;
  agb_code: string;
  active: 0 | 1;
}

export function listStaff(db: ReadableDb): StaffMember[] {
  const rows = preparedRead(db, 'SELECT id, name, role, agb_code, active FROM staff ORDER BY name').all() as DbStaff[];
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role as StaffRole, agbCode: r.agb_code, active: r.active === 1 }));
}

export function staffExists(db: ReadableDb, id: string): boolean {
  return preparedRead(db, 'SELECT 1 FROM staff WHERE id = ?').get(id) !== undefined;
}

export function insertStaff(deps: WriteDeps, name: string, role: StaffRole, agbCode = ''): string {
  const id = deps.ids.next();
  prepared(deps.db, 'INSERT INTO staff(id, name, role, agb_code, created_at) VALUES (?, ?, ?, ?, ?)').run(
    id,
    name,
    role,
    agbCode,
    deps.clock.now(),
  );
  return id;
}

/** GPs by folded name, for matching the GP column of an import ("Van Weers" = "dr. van Weers"). */
export function gpIdsByFoldedName(db: ReadableDb): Map<string, string> {
  const map = new Map<string, string>();
  for (const s of listStaff(db)) {
    if (s.role === 'gp') map.set(foldGpName(s.name), s.id);
  }
  return map;
}

export function foldGpName(name: string): string {
  return foldText(name)
    .replace(/^(dr|drs|mw|dhr)\.?\s+/, '')
    .replace(/[^\p{L}]/gu, '');
}
