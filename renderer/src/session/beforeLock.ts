// What must reach the database before the screen locks or the user signs out: an open intake's
// pending draft save registers itself here while its editor is open.
type Flush = () => Promise<unknown>;

const flushes = new Set<Flush>();

export function onBeforeLock(flush: Flush): () => void {
  flushes.add(flush);
  return () => void flushes.delete(flush);
}

/** Runs every registered flush; a failing one does not stop the others (its screen shows its own error). */
export async function flushBeforeLock(): Promise<void> {
  await Promise.allSettled([...flushes].map((flush) => flush()));
}
