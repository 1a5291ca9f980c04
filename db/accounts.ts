// Accounts: the password hash of each staff member who may sign in, beheerder or not, and the wrong
// tries with the wait they caused (kept here so a restart does not end it).
import type { StaffRole } from '../contract/schemas/staff';
import type { ReadableDb, WritableDb } from './handles';
import type { Clock } from './ids';
import { prepared, preparedRead } from './statement-cache';

export interface Account {
  staffId: string;
  passwordHash: string;
  beheerder: boolean;
  failedAttempts: number;
  waitUntil: string | null;
}

/** Who a session belongs to, as the door checks it on every call. */
export interface Signer {
  staffId: string;
  displayName: string;
  role: StaffRole;
  beheerder: boolean;
}

interface Row {
  staff_id: string;
  password_hash: string;
  beheerder: 0 | 1;
  failed_attempts: number;
  wait_until: string | null;
}

const fromRow = (r: Row): Account => ({
  staffId: r.staff_id,
  passwordHash: r.password_hash,
  beheerder: r.beheerder === 1,
  failedAttempts: r.failed_attempts,
  waitUntil: r.wait_until,
});

export function getAccount(db: ReadableDb, staffId: string): Account | null {
  const row = preparedRead(db, 'SELECT staff_id, password_hash, beheerder, failed_attempts, wait_until FROM accounts WHERE staff_id = ?').get(staffId) as Row | undefined;
  return row ? fromRow(row) : null;
}

export function listAccounts(db: ReadableDb): Account[] {
  return (preparedRead(db, 'SELECT staff_id, password_hash, beheerder, failed_attempts, wait_until FROM accounts').all() as Row[]).map(fromRow);
}

export function anyAccount(db: ReadableDb): boolean {
  return preparedRead(db, 'SELECT 1 FROM accounts LIMIT 1').get() !== undefined;
}

/** A person who may sign in now: active, allowed to, with a password. */
export function activeSigner(db: ReadableDb, staffId: string): Signer | null {
  const row = preparedRead(
    db,
    `SELECT s.id, s.name, s.role, a.beheerder FROM staff s JOIN accounts a ON a.staff_id = s.id
     WHERE s.id = ? AND s.active = 1 AND s.can_sign_in = 1`,
  ).get(staffId) as { id: string; name: string; role: StaffRole; beheerder: 0 | 1 } | undefined;
  return row ? { staffId: row.id, displayName: row.name, role: row.role, beheerder: row.beheerder === 1 } : null;
}

/** Everyone the sign-in screen lists, by name. */
export function signInCandidates(db: ReadableDb): Signer[] {
  const rows = preparedRead(
    db,
    `SELECT s.id, s.name, s.role, a.beheerder FROM staff s JOIN accounts a ON a.staff_id = s.id
     WHERE s.active = 1 AND s.can_sign_in = 1 ORDER BY s.surname COLLATE NOCASE, s.given_name COLLATE NOCASE, s.name`,
  ).all() as { id: string; name: string; role: StaffRole; beheerder: 0 | 1 }[];
  return rows.map((r) => ({ staffId: r.id, displayName: r.name, role: r.role, beheerder: r.beheerder === 1 }));
}

/** Active beheerders who can sign in: there must always be at least one. */
export function activeBeheerderCount(db: ReadableDb): number {
  const row = preparedRead(
    db,
    'SELECT count(*) AS n FROM accounts a JOIN staff s ON s.id = a.staff_id WHERE a.beheerder = 1 AND s.active = 1 AND s.can_sign_in = 1',
  ).get() as { n: number };
  return row.n;
}

type Deps = { db: WritableDb; clock: Clock };

/** Sets (or first gives) a password; wrong tries and any wait end. */
export function setPassword(deps: Deps, staffId: string, passwordHash: string, beheerder?: boolean): void {
  const now = deps.clock.now();
  prepared(
    deps.db,
    `INSERT INTO accounts(staff_id, password_hash, beheerder, failed_attempts, wait_until, password_set_at, updated_at)
     VALUES (?, ?, ?, 0, NULL, ?, ?)
     ON CONFLICT(staff_id) DO UPDATE SET password_hash = excluded.password_hash, failed_attempts = 0, wait_until = NULL,
       password_set_at = excluded.password_set_at, updated_at = excluded.updated_at`,
  ).run(staffId, passwordHash, beheerder ? 1 : 0, now, now);
  if (beheerder !== undefined) setBeheerder(deps, staffId, beheerder);
}

export function setBeheerder(deps: Deps, staffId: string, beheerder: boolean): void {
  prepared(deps.db, 'UPDATE accounts SET beheerder = ?, updated_at = ? WHERE staff_id = ?').run(beheerder ? 1 : 0, deps.clock.now(), staffId);
}

export function recordFailure(deps: Deps, staffId: string, failedAttempts: number, waitUntil: string | null): void {
  prepared(deps.db, 'UPDATE accounts SET failed_attempts = ?, wait_until = ?, updated_at = ? WHERE staff_id = ?').run(failedAttempts, waitUntil, deps.clock.now(), staffId);
}

export function clearFailures(deps: Deps, staffId: string): void {
  prepared(deps.db, 'UPDATE accounts SET failed_attempts = 0, wait_until = NULL, updated_at = ? WHERE staff_id = ? AND (failed_attempts > 0 OR wait_until IS NOT NULL)').run(deps.clock.now(), staffId);
}
