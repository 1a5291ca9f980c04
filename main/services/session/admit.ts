// The door's check of who calls: a valid, unlocked session of an active person whose role allows the
// channel (contract/permissions.ts). Public channels (sign-in, lock screen, wizard) pass without one and
// check the session themselves. The person is read from the database on every call, so a role change
// or a deactivation counts at once.
import type { ChannelName } from '../../../contract/channel-names';
import { CHANNEL_CAPABILITY, mayCall } from '../../../contract/permissions';
import { LOCK_MINUTES_DEFAULT, LOCK_MINUTES_MAX, LOCK_MINUTES_MIN } from '../../../contract/schemas/session';
import { activeSigner, type Signer } from '../../../db/accounts';
import type { ReadableDb } from '../../../db/handles';
import { readSetting } from '../../../db/settings';
import type { ServiceEnv } from '../context';

export const LOCK_MINUTES_SETTING = 'session.lockAfterMinutes';
/** The screen locks itself at the set time (after saving a draft); the door a minute later, in case the screen cannot. */
const DOOR_GRACE_MS = 60_000;

export function lockAfterMinutes(db: ReadableDb): number {
  const n = Number(readSetting(db, LOCK_MINUTES_SETTING));
  return Number.isInteger(n) && n >= LOCK_MINUTES_MIN && n <= LOCK_MINUTES_MAX ? n : LOCK_MINUTES_DEFAULT;
}

export function doorIdleMs(db: ReadableDb): number {
  return lockAfterMinutes(db) * 60_000 + DOOR_GRACE_MS;
}

export type Admission =
  | { ok: true; user: Signer | null }
  | { ok: false; code: 'signed_out' | 'locked' | 'forbidden'; key: string };

export function admit(env: ServiceEnv, db: ReadableDb, channel: ChannelName, token: string | null): Admission {
  const needed = CHANNEL_CAPABILITY[channel];
  if (needed === 'public') return { ok: true, user: null };
  const nowMs = Date.parse(env.clock.now());
  const session = env.sessions.find(token, nowMs, doorIdleMs(db));
  if (!session) return { ok: false, code: 'signed_out', key: 'errors.signInFirst' };
  if (session.locked) return { ok: false, code: 'locked', key: 'errors.sessionLocked' };
  const user = activeSigner(db, session.staffId);
  if (!user) {
    env.sessions.close(token);
    return { ok: false, code: 'signed_out', key: 'errors.signInEnded' };
  }
  if (!mayCall(user, channel)) return { ok: false, code: 'forbidden', key: `errors.notAllowed.${needed}` };
  session.lastSeenMs = nowMs;
  return { ok: true, user };
}
