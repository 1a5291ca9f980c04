// Saves a draft as you type: a local backup at once, the database after a short pause.
// A crash or a closed window between the two loses nothing: the backup is applied when the draft opens again.
import type { AppError } from '../../../contract/result';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { IntakeContent } from '../../../contract/schemas/intake';
import { kbz } from '../api/api';

const SAVE_DELAY_MS = 600;
const backupKey = (id: string) => `kbz.intakeDraft.${id}`;

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'error'; error: AppError };

interface Backup {
  revision: number;
  content: IntakeContent;
}

export function removeBackup(id: string): void {
  localStorage.removeItem(backupKey(id));
}

export function readBackup(id: string, revision: number): IntakeContent | null {
  try {
    const raw = localStorage.getItem(backupKey(id));
    if (!raw) return null;
    const backup = JSON.parse(raw) as Backup;
    if (backup.revision === revision) return backup.content;
    // Older than the database (saved from elsewhere since): of no use, and health data should not linger.
    localStorage.removeItem(backupKey(id));
    return null;
  } catch {
    return null;
  }
}

export function useAutosave(id: string, initialRevision: number, updatedAt: string) {
  const revision = useRef(initialRevision);
  const latest = useRef<IntakeContent | null>(null);
  /** Counts changes: a save clears the backup only if nothing changed while it was under way. */
  const changeCount = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'saved', at: updatedAt });

  const saveNow = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
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
        if (changeCount.current === savingChange) {
          latest.current = null;
          localStorage.removeItem(backupKey(id));
        } else {
          localStorage.setItem(backupKey(id), JSON.stringify({ revision: revision.current, content: latest.current }));
        }
        setState({ kind: 'saved', at: r.value.updatedAt });
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

  const schedule = useCallback(
    (content: IntakeContent) => {
      // A copy: the form keeps mutating its own values object while a save is under way.
      latest.current = structuredClone(content);
      changeCount.current += 1;
      localStorage.setItem(backupKey(id), JSON.stringify({ revision: revision.current, content: latest.current }));
      setState({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
    },
    [id, saveNow],
  );

  useEffect(
    () => () => {
      // Leaving the screen: save what is pending (the backup already holds it).
      if (timer.current) void saveNow();
    },
    [saveNow],
  );

  return { state, schedule, saveNow, revision };
}
