// Signed-in sessions, in the handler process's memory only: a token (32 random bytes) per sign-in.
// A session locks on demand or after a time without calls; a locked one answers only to its own
// user's password. Nothing here reaches the disk: a restart signs everyone out.
import { randomBytes } from 'node:crypto';

export interface Session {
  staffId: string;
  locked: boolean;
  /** Epoch ms of the last call; the idle lock counts from it. */
  lastSeenMs: number;
}

export class SessionRegistry {
  private readonly sessions = new Map<string, Session>();

  open(staffId: string, nowMs: number): string {
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, { staffId, locked: false, lastSeenMs: nowMs });
    return token;
  }

  /** The session behind a token, locked first if it was idle longer than `idleMs`. */
  find(token: string | null, nowMs: number, idleMs: number): Session | null {
    const session = token === null ? undefined : this.sessions.get(token);
    if (!session) return null;
    if (!session.locked && nowMs - session.lastSeenMs > idleMs) session.locked = true;
    return session;
  }

  close(token: string | null): void {
    if (token !== null) this.sessions.delete(token);
  }

  /** Ends every session of one person (deactivated, may no longer sign in, password reset). */
  closeAllOf(staffId: string, except: string | null = null): void {
    for (const [token, s] of this.sessions) if (s.staffId === staffId && token !== except) this.sessions.delete(token);
  }
}
