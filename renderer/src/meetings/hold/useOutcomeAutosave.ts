// Saves the drie-gesprek's notes and agreements as they are typed (the intake's autosave rhythm: within
// SAVE_WITHIN_MS of the first unsaved change). Nothing is kept in the browser; leaving or locking sends what
// is pending. Each save names the revision the last one returned, so another workstation's save is noticed.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../../contract/result';
import type { OutcomeContent } from '../../../../contract/schemas/outcomes';
import { kbz } from '../../api/api';
import { saveTimer, type SaveTimer } from '../../intake/saveTimer';
import { onBeforeLock } from '../../session/beforeLock';

export type OutcomeSaveState = { kind: 'saved'; at: string | null } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'error'; error: AppError };

export function useOutcomeAutosave(meetingId: string, initialRevision: number, savedAt: string | null) {
  const revision = useRef(initialRevision);
  const latest = useRef<OutcomeContent | null>(null);
  const changeCount = useRef(0);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<SaveTimer | null>(null);
  const [state, setState] = useState<OutcomeSaveState>({ kind: 'saved', at: savedAt });

  const saveNow = useCallback(async (): Promise<boolean> => {
    timer.current?.cancel();
    while (inFlight.current) await inFlight.current;
    const content = latest.current;
    if (!content) return true;
    const savingChange = changeCount.current;
    setState({ kind: 'saving' });
    let ok = false;
    const run = (async () => {
      const r = await kbz().outcomes.saveDraft({ meetingId, revision: revision.current, content });
      if (r.ok) {
        revision.current = r.value.revision;
        const nothingNewer = changeCount.current === savingChange;
        if (nothingNewer) latest.current = null;
        setState(nothingNewer ? { kind: 'saved', at: r.value.recordedAt } : { kind: 'pending' });
        ok = true;
      } else {
        setState({ kind: 'error', error: r.error });
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
    return ok && changeCount.current === savingChange;
  }, [meetingId]);

  const schedule = useCallback((content: OutcomeContent) => {
    latest.current = structuredClone(content);
    changeCount.current += 1;
    setState({ kind: 'pending' });
    timer.current?.changed();
  }, []);

  useEffect(() => {
    const ownTimer = saveTimer(() => void saveNow());
    timer.current = ownTimer;
    const flush = () => {
      if (ownTimer.pending) void saveNow();
    };
    window.addEventListener('pagehide', flush);
    const offLock = onBeforeLock(async () => {
      if (ownTimer.pending) await saveNow();
      while (inFlight.current) await inFlight.current;
    });
    return () => {
      offLock();
      window.removeEventListener('pagehide', flush);
      flush();
      ownTimer.cancel();
    };
  }, [saveNow]);

  return { state, schedule, saveNow, revision };
}
