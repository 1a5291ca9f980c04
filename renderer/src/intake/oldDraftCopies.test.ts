import { describe, expect, it } from 'vitest';
import { removeOldDraftCopies } from './oldDraftCopies';

describe('draft copies the version before left in the browser', () => {
  it('removes them, and only them', () => {
    const items = new Map([
      ['kbz.intakeDraft.0190-a', '{"content":{}}'],
      ['kbz.language', 'en'],
      ['kbz.intakeDraft.0190-b', '{}'],
    ]);
    const storage = {
      get length() {
        return items.size;
      },
      key: (i: number) => [...items.keys()][i] ?? null,
      removeItem: (key: string) => void items.delete(key),
    };
    expect(removeOldDraftCopies(storage)).toBe(2);
    expect([...items.keys()]).toEqual(['kbz.language']);
  });
});
