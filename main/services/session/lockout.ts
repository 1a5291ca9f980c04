// After 5 wrong passwords an account waits before the next try: 30 s, then twice as long after each
// further wrong try, at most an hour. The wait is kept in the database, so a restart does not end it.
export const FREE_ATTEMPTS = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 60 * 60_000;

/** How long the account waits after this many wrong tries in a row (0: not at all). */
export function waitAfter(failedAttempts: number): number {
  if (failedAttempts < FREE_ATTEMPTS) return 0;
  const doublings = Math.min(failedAttempts - FREE_ATTEMPTS, 20);
  return Math.min(FIRST_WAIT_MS * 2 ** doublings, LONGEST_WAIT_MS);
}

/** Whole seconds left until `waitUntil` (rounded up), or 0 when it has passed. */
export function secondsLeft(waitUntil: string | null, nowIso: string): number {
  if (!waitUntil) return 0;
  const ms = Date.parse(waitUntil) - Date.parse(nowIso);
  return ms > 0 ? Math.ceil(ms / 1000) : 0;
}
