// Accounts made by local tools that already hold the data key (seed:demo, the benches, the crash test):
// a staff member who can sign in, with a password hashed at the given cost.
import { NO_WORK_HOURS, type StaffRole } from '../../../contract/schemas/staff';
import { setPassword } from '../../../db/accounts';
import type { WriteDeps } from '../../../db/patients/write';
import { insertStaffMember } from '../../../db/staff';
import type { ServiceEnv } from '../context';
import { hashPassword, type HashCost } from './password-hash';

export interface ToolUser {
  givenName: string;
  prefix?: string;
  surname: string;
  role: StaffRole;
  beheerder?: boolean;
}

/** Adds the person and their account in the caller's transaction; returns the staff id. */
export function addSignInUser(deps: WriteDeps, user: ToolUser, password: string, cost: HashCost): string {
  const staffId = insertStaffMember(deps, {
    givenName: user.givenName,
    prefix: user.prefix ?? '',
    surname: user.surname,
    role: user.role,
    agbCode: '',
    email: '',
    phone: '',
    workHours: NO_WORK_HOURS,
    canSignIn: true,
  });
  setPassword(deps, staffId, hashPassword(password, cost), user.beheerder ?? false);
  return staffId;
}

/** A session for an in-process tool, without the password: the tool opened the database itself. */
export function toolSession(env: ServiceEnv, staffId: string): string {
  return env.sessions.open(staffId, Date.parse(env.clock.now()));
}
