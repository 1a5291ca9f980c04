// When a draft's changes go to the database: at most SAVE_WITHIN_MS after the first change not saved
// yet, however long the typing goes on. (A timer reset by every keystroke would wait as long as someone
// types.) Nothing is kept in the browser meanwhile: health data lives only in the encrypted database.
export const SAVE_WITHIN_MS = 250;

export interface SaveTimer {
  /** A change was made: the save comes at most `withinMs` after the first unsaved one. */
  changed(): void;
  /** Whether a save is waiting for its moment. */
  readonly pending: boolean;
  cancel(): void;
}

export function saveTimer(save: () => void, withinMs = SAVE_WITHIN_MS): SaveTimer {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    changed() {
      timer ??= setTimeout(() => {
        timer = null;
        save();
      }, withinMs);
    },
    get pending() {
      return timer !== null;
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
