import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PatientListItem } from '../../../contract/schemas/patient';
import type { RosterQuery } from '../../../contract/schemas/roster';

const TOTAL = 1000;
const calls: RosterQuery[] = [];
const row = (i: number, sort: string): PatientListItem => ({
  id: `${sort}-${i}`, hisNumber: String(i), initials: '', givenName: '', prefix: '', surname: `${sort}${i}`, dateOfBirth: '1980-01-01',
  postcode: '', wijk: '', gpId: '', status: 'registered', statusSince: '2026-11-23T09:00:00.000Z', tags: [], archived: false,
});

vi.mock('../api/api', () => ({
  kbz: () => ({
    patients: {
      search: (q: RosterQuery) => {
        calls.push(q);
        const rows = Array.from({ length: Math.min(q.limit, TOTAL - q.offset) }, (_, i) => row(q.offset + i, q.sort));
        return Promise.resolve({ ok: true, value: { offset: q.offset, rows, counts: null } });
      },
      count: () => Promise.resolve({ ok: true, value: { total: TOTAL, byStatus: { registered: TOTAL, intake: 0, plan: 0, trajectory: 0, closed: 0 } } }),
    },
  }),
}));

const { fetchAtStartup, rowAt, takeStartupFetch, useRoster, PAGE_SIZE } = await import('./rosterStore');
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the roster store', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('at start-up settles once the first rows are in, and the roster screen takes that fetch once', async () => {
    const started = fetchAtStartup();
    expect(rowAt(useRoster.getState(), 0)).toBeUndefined();
    await started;
    expect(rowAt(useRoster.getState(), 0)?.id).toBe('surname-0');
    expect(calls.filter((c) => c.offset === 0)).toHaveLength(1);
    expect(takeStartupFetch()).toBe(true);
    expect(takeStartupFetch()).toBe(false);
  });

  it('after scrolling to the end and changing the sort, fetches what is on screen and keeps the old rows until then', async () => {
    useRoster.getState().reload();
    await settle();
    useRoster.getState().setVisible(980, 999); // End
    await settle();
    expect(rowAt(useRoster.getState(), 990)?.id).toBe('surname-990');
    calls.length = 0;

    useRoster.getState().sortOn('dateOfBirth');
    // Before any answer: the previous rows stay, no placeholders.
    expect(rowAt(useRoster.getState(), 0)?.id).toBe('surname-0');
    await settle();
    // The new query starts at the top and fetched the page that is on screen there.
    expect(calls.map((c) => [c.sort, c.offset])).toContainEqual(['dateOfBirth', 0]);
    expect(rowAt(useRoster.getState(), 5)?.id).toBe('dateOfBirth-5');
    // Scrolling down again fetches the pages that come into view.
    useRoster.getState().setVisible(980, 999);
    await settle();
    expect(rowAt(useRoster.getState(), 999)?.id).toBe('dateOfBirth-999');
    expect(calls.filter((c) => c.sort === 'dateOfBirth').map((c) => c.offset)).toEqual([0, 9 * PAGE_SIZE]);
  });

  it('turns the order round when the same header is chosen again, and drops answers to older queries', async () => {
    const before = useRoster.getState().filters;
    useRoster.getState().sortOn(before.sort);
    expect(useRoster.getState().filters.descending).toBe(!before.descending);
    useRoster.getState().setFilters({ text: 'a' });
    useRoster.getState().setFilters({ text: 'ab' });
    await settle();
    expect(useRoster.getState().loadedText).toBe('ab');
  });
});
