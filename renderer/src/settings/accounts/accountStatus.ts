// What the team table says about a person's account, for the beheerder: one state, in the order that
// matters most (someone who cannot sign in first, then a wait after wrong passwords).
import type { Message } from '../../../../contract/result';
import type { AccountState } from '../../../../contract/schemas/session';
import type { StaffMember } from '../../../../contract/schemas/staff';
import { formatTimeNl } from '../../../../contract/schemas/dates';

export type AccountStatus =
  /** Inactive, or "kan inloggen" is off: no account to speak of. */
  | { kind: 'noAccess' }
  /** May sign in, but no password has been set yet: cannot sign in until a beheerder sets one. */
  | { kind: 'noPassword' }
  /** Too many wrong passwords: sign-in waits until this time (HH:mm, Amsterdam). */
  | { kind: 'waiting'; until: string }
  | { kind: 'beheerder' }
  | { kind: 'active' };

export function accountStatus(member: Pick<StaffMember, 'active' | 'canSignIn'>, account: AccountState | undefined, nowIso: string): AccountStatus {
  if (!member.active || !member.canSignIn) return { kind: 'noAccess' };
  if (!account?.hasPassword) return { kind: 'noPassword' };
  if (account.waitUntil && Date.parse(account.waitUntil) > Date.parse(nowIso)) return { kind: 'waiting', until: formatTimeNl(account.waitUntil) };
  return { kind: account.beheerder ? 'beheerder' : 'active' };
}

/** The locale key (and values) of a status's words. */
export function accountStatusText(status: AccountStatus): Message {
  return status.kind === 'waiting' ? { key: 'accounts.status.waiting', values: { time: status.until } } : { key: `accounts.status.${status.kind}` };
}
