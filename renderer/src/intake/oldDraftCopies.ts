// The version before kept a copy of each open intake draft in localStorage, in case the window was
// lost before a save. Health data belongs only in the encrypted database: such copies are removed.

/** Removes every draft copy; returns how many there were. */
export function removeOldDraftCopies(storage: Pick<Storage, 'length' | 'key' | 'removeItem'>): number {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith('kbz.intakeDraft.')) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
  return keys.length;
}
