// Sign-in, the lock, accounts and the first start: what the renderer and the one door exchange.
import { z } from 'zod';
import { practiceInputSchema } from './practice';
import { staffInputSchema, type StaffRole } from './staff';

/** At least 12 characters and no other composition rules (NIST SP 800-63B); any characters but control ones. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;
export const passwordSchema = z
  .string('validation.required')
  .min(PASSWORD_MIN, 'validation.passwordTooShort')
  .max(PASSWORD_MAX, 'validation.passwordTooLong')
  // eslint-disable-next-line no-control-regex
  .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), 'validation.passwordControl');

/** A password typed to sign in or unlock: checked against the hash, so only its size is limited here. */
export const typedPasswordSchema = z.string('validation.required').min(1, 'validation.required').max(PASSWORD_MAX, 'validation.passwordTooLong');

/** A session token: 32 random bytes, base64url. Only ever in memory, never on disk. */
export const SESSION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const sessionTokenSchema = z.string().regex(SESSION_TOKEN_PATTERN);

export const LOCK_MINUTES_MIN = 1;
export const LOCK_MINUTES_MAX = 60;
export const LOCK_MINUTES_DEFAULT = 10;
/** The practice's inactivity lock, in whole minutes: the channel's input and the settings form's field. */
export const lockMinutesSchema = z
  .number('validation.lockMinutes')
  .int('validation.lockMinutes')
  .min(LOCK_MINUTES_MIN, 'validation.lockMinutes')
  .max(LOCK_MINUTES_MAX, 'validation.lockMinutes');

export interface SignedInUser {
  staffId: string;
  displayName: string;
  role: StaffRole;
  beheerder: boolean;
}

/** Someone the sign-in screen lists: active, may sign in, has a password. */
export interface SignInCandidate {
  staffId: string;
  displayName: string;
  role: StaffRole;
}

export interface SessionStatus {
  /** No account exists yet: the first-start wizard. */
  setupNeeded: boolean;
  /** This data folder is the demo practice. */
  demo: boolean;
  practiceName: string;
  /** The caller's session, if its token is valid. */
  user: SignedInUser | null;
  locked: boolean;
  lockAfterMinutes: number;
}

export interface SignedIn {
  token: string;
  user: SignedInUser;
  lockAfterMinutes: number;
}

const { givenName, prefix, surname, role } = staffInputSchema.shape;
export const firstUserSchema = z.object({ givenName, prefix, surname, role, password: passwordSchema }).strict();

export const setupSchema = z.object({ practice: practiceInputSchema, user: firstUserSchema }).strict();

export interface SetupDone extends SignedIn {
  /** The recovery code, shown once. */
  recoveryCode: string;
}

/** Per staff member who can sign in: the account's state, for the beheerder. */
export interface AccountState {
  staffId: string;
  hasPassword: boolean;
  beheerder: boolean;
  failedAttempts: number;
  /** ISO instant until which sign-in waits, or null. */
  waitUntil: string | null;
}

/** The recovery code as the user types it back: groups of 5, separators optional. */
export const recoveryCodeTypedSchema = z.string('validation.required').max(100, 'validation.recoveryCode');

export interface RecoveryCodeState {
  confirmed: boolean;
}
