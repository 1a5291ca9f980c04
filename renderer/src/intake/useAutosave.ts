// Saves a draft as you type: each change reaches the database within SAVE_WITHIN_MS (saveTimer.ts).
// Nothing is kept in the browser (health data lives only in the encrypted database); leaving the page
// sends what is pending at once.
import type { AppError } from '../../../contract/result';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { IntakeContent } from '../../../contract/schemas/intake';
import { kbz } from '../api/api';
import { saveTimer, type SaveTimer } from './saveTimer';
import { onBeforeLock } from '../session/beforeLock';

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; error: AppError };

export function useAutosave(id: string, initialRevision: number, updatedAt: string) {
  const revision = useRef(initialRevision);
  const latest = useRef<IntakeContent | null>(null);
  /** Counts changes: a save leaves `latest` in place if something changed while it was under way. */
  const changeCount = useRef(0);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<SaveTimer | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: updatedAt });

  const saveNow = useCallback(async (): Promise<boolean> => {
    timer.current?.cancel();
    // Saves run one after another: each must start from the revision the previous one returned.
    while (inFlight.current) await inFlight.current;
    const content = latest.current;
    if (!content) return true;
    const savingChange = changeCount.current;
    setState({ kind: 'saving' });
    let ok = false;
    const run = (async () => {
      const r = await kbz().intakes.saveDraft({ id, revision: revision.current, content });
      if (r.ok) {
        revision.current = r.value.revision;
        const nothingNewer = changeCount.current === savingChange;
        if (nothingNewer) latest.current = null;
        setState(nothingNewer ? { kind: 'saved', at: r.value.updatedAt } : { kind: 'pending' });
        ok = true;
      } else {
        setState({ kind: 'error', error: r.error });
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
    return ok && changeCount.current === savingChange;
  }, [id]);

  const schedule = useCallback((content: IntakeContent) => {
    // A copy: the form keeps mutating its own values object while a save is under way.
    latest.current = structuredClone(content);
    changeCount.current += 1;
    setState({ kind: 'pending' });
    timer.current?.changed();
  }, []);

  useEffect(() => {
    const ownTimer = saveTimer(() => void saveNow());
    timer.current = ownTimer;
    // The window closes or the page is left: send what is pending now (the transport lets it outlive the page).
    const flush = () => {
      if (ownTimer.pending) void saveNow();
    };
    window.addEventListener('pagehide', flush);
    // Locking the screen or signing out waits for what is pending and under way to reach the database.
    const offLock = onBeforeLock(async () => {
      if (ownTimer.pending) await saveNow();
      while (inFlight.current) await inFlight.current;
    });
    return () => {
      offLock();
      window.removeEventListener('pagehide', flush);
      // Leaving the screen: save what is pending.
      flush();
      ownTimer.cancel();
    };
  }, [saveNow]);

  return { state, schedule, saveNow, revision };
}
