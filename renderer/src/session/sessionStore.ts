// Who is signed in, and which of the four states the window is in: starting, the first-start wizard,
// the sign-in screen, or the app (locked or not). The session token lives in the transport's memory only.
import { create } from 'zustand';
import type { SessionStatus, SignedIn, SignedInUser } from '../../../contract/schemas/session';
import type { Message } from '../../../contract/result';
import { kbz, setSession } from '../api/api';
import { flushBeforeLock } from './beforeLock';
import { leaveSignInNotice } from './signInNotice';

export type Phase = 'starting' | 'setup' | 'signIn' | 'app';

interface SessionState {
  phase: Phase;
  status: SessionStatus | null;
  user: SignedInUser | null;
  locked: boolean;
  lockAfterMinutes: number;
  /** Why the sign-in screen shows (the session ended elsewhere); null on a normal start. */
  notice: Message | null;
  startError: Message | null;
  start(): Promise<void>;
  /** Signed in (or set up): the app opens once `beforeApp` has had its chance to prepare. */
  enter(signedIn: SignedIn, beforeApp?: () => Promise<void>): Promise<void>;
  lock(): Promise<void>;
  /** A call was refused because the session is locked (the door locked it after inactivity). */
  lockedByDoor(): void;
  unlocked(user: SignedInUser): void;
  /** A call was refused because the session is gone (password reset, restart): back to sign-in. */
  ended(): void;
  signOut(): Promise<void>;
  setLockMinutes(minutes: number): void;
  /** The signed-in person's beheerder mark changed (a beheerder handed it over). */
  setBeheerder(beheerder: boolean): void;
}

export const useSession = create<SessionState>((set, get) => ({
  phase: 'starting',
  status: null,
  user: null,
  locked: false,
  lockAfterMinutes: 10,
  notice: null,
  startError: null,
  start: async () => {
    const r = await kbz().session.status({});
    if (!r.ok) {
      set({ startError: r.error });
      return;
    }
    set({ status: r.value, lockAfterMinutes: r.value.lockAfterMinutes, phase: r.value.setupNeeded ? 'setup' : 'signIn' });
  },
  enter: async (signedIn, beforeApp) => {
    setSession(signedIn.token);
    await beforeApp?.();
    set({ phase: 'app', user: signedIn.user, locked: false, lockAfterMinutes: signedIn.lockAfterMinutes, notice: null });
  },
  lock: async () => {
    if (get().phase !== 'app' || get().locked) return;
    // The open draft first: the door refuses every save once the session is locked.
    await flushBeforeLock();
    await kbz().session.lock({});
    set({ locked: true });
  },
  lockedByDoor: () => {
    if (get().phase === 'app') set({ locked: true });
  },
  unlocked: (user) => set({ locked: false, user }),
  ended: () => {
    if (get().phase !== 'app') return;
    setSession(null);
    leaveSignInNotice('errors.signInEnded');
    // A fresh page: nothing of the previous session stays in memory.
    window.location.reload();
  },
  signOut: async () => {
    await flushBeforeLock();
    await kbz().session.signOut({});
    setSession(null);
    window.location.reload();
  },
  setLockMinutes: (minutes) => set({ lockAfterMinutes: minutes }),
  setBeheerder: (beheerder) => {
    const { user } = get();
    if (user) set({ user: { ...user, beheerder } });
  },
}));
