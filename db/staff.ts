// Practice staff rows. Staff are deactivated, never deleted: old intakes and logs keep their names.
import { NO_WORK_HOURS, staffDisplayName, type StaffInput, type StaffMember, type StaffRole, type WorkHours } from '../contract/schemas/staff';
import { foldText } from '../contract/schemas/text';
import type { ReadableDb } from './handles';
import type { WriteDeps } from './patients/write';
import { prepared, preparedRead } from './statement-cache';

interface DbStaff {
  id: string;
  name: string;
  given_name: string;
  prefix: string;
  surname: string;
  role: string;
  agb_code: string;
  email: string;
  phone: string;
  work_hours: string;
  can_sign_in: 0 | 1;
  active: 0 | 1;
  revision: number;
}

const COLUMNS = 'id, name, given_name, prefix, surname, role, agb_code, email, phone, work_hours, can_sign_in, active, revision';

function fromDb(r: DbStaff): StaffMember {
  return {
    id: r.id,
    name: r.name,
    givenName: r.given_name,
    prefix: r.prefix,
    surname: r.surname,
    role: r.role as StaffRole,
    agbCode: r.agb_code,
    email: r.email,
    phone: r.phone,
    workHours: JSON.parse(r.work_hours) as WorkHours,
    canSignIn: r.can_sign_in === 1,
    active: r.active === 1,
    revision: r.revision,
  };
}

/** Everyone, active first, then by surname and given name. */
export function listStaff(db: ReadableDb): StaffMember[] {
  const rows = preparedRead(db, `SELECT ${COLUMNS} FROM staff ORDER BY active DESC, surname COLLATE NOCASE, given_name COLLATE NOCASE, name`).all() as DbStaff[];
  return rows.map(fromDb);
}

export function getStaff(db: ReadableDb, id: string): StaffMember | null {
  const row = preparedRead(db, `SELECT ${COLUMNS} FROM staff WHERE id = ?`).get(id) as DbStaff | undefined;
  return row ? fromDb(row) : null;
}

export function staffExists(db: ReadableDb, id: string): boolean {
  return preparedRead(db, 'SELECT 1 FROM staff WHERE id = ?').get(id) !== undefined;
}

/** A staff member from the team screen. */
export function insertStaffMember(deps: WriteDeps, s: StaffInput): string {
  const id = deps.ids.next();
  const now = deps.clock.now();
  prepared(
    deps.db,
    `INSERT INTO staff(id, name, given_name, prefix, surname, role, agb_code, email, phone, work_hours, can_sign_in, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, staffDisplayName(s), s.givenName, s.prefix, s.surname, s.role, s.agbCode, s.email, s.phone, JSON.stringify(s.workHours), s.canSignIn ? 1 : 0, now, now);
  return id;
}

/** A staff member known only by a name (an import's GP column): the name as surname, to be completed on the team screen. */
export function insertStaff(deps: WriteDeps, name: string, role: StaffRole, agbCode = ''): string {
  return insertStaffMember(deps, { givenName: '', prefix: '', surname: name, role, agbCode, email: '', phone: '', workHours: NO_WORK_HOURS, canSignIn: false });
}

export function updateStaffMember(deps: WriteDeps, id: string, s: StaffInput): void {
  prepared(
    deps.db,
    `UPDATE staff SET name = ?, given_name = ?, prefix = ?, surname = ?, role = ?, agb_code = ?, email = ?, phone = ?, work_hours = ?,
       can_sign_in = ?, updated_at = ?, revision = revision + 1 WHERE id = ?`,
  ).run(staffDisplayName(s), s.givenName, s.prefix, s.surname, s.role, s.agbCode, s.email, s.phone, JSON.stringify(s.workHours), s.canSignIn ? 1 : 0, deps.clock.now(), id);
}

export function setStaffActive(deps: WriteDeps, id: string, active: boolean): void {
  prepared(deps.db, 'UPDATE staff SET active = ?, updated_at = ?, revision = revision + 1 WHERE id = ?').run(active ? 1 : 0, deps.clock.now(), id);
}

/** GPs by folded name, for matching the GP column of an import ("Van Weers" = "dr. van Weers"). */
export function gpIdsByFoldedName(db: ReadableDb): Map<string, string> {
  const map = new Map<string, string>();
  for (const s of listStaff(db)) {
    if (s.role === 'gp') {
      map.set(foldGpName(s.name), s.id);
      map.set(foldGpName(`${s.prefix} ${s.surname}`), s.id);
    }
  }
  return map;
}

export function foldGpName(name: string): string {
  return foldText(name)
    .replace(/^(dr|drs|mw|dhr)\.?\s+/, '')
    .replace(/[^\p{L}]/gu, '');
}
