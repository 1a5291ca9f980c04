// Roster state: the query, and the pages of results fetched as the list scrolls.
import { create } from 'zustand';
import type { KbzStatus, PatientListItem } from '../../../contract/schemas/patient';
import { KBZ_STATUSES } from '../../../contract/schemas/patient';
import { DEFAULT_ROSTER_QUERY, type RosterQuery } from '../../../contract/schemas/roster';
import { kbz } from '../api/api';
import type { AppError } from '../../../contract/result';

export const PAGE_SIZE = 100;

export type RosterFilters = Omit<RosterQuery, 'offset' | 'limit'>;

const { offset: _offset, limit: _limit, ...ROSTER_QUERY_WITHOUT_PAGING } = DEFAULT_ROSTER_QUERY;
export const DEFAULT_FILTERS: RosterFilters = ROSTER_QUERY_WITHOUT_PAGING;

interface RosterState {
  filters: RosterFilters;
  generation: number;
  total: number | null;
  statusCounts: Record<KbzStatus, number>;
  pages: Record<number, PatientListItem[]>;
  error: AppError | null;
  /** The search text whose first page is showing (tests and screen readers wait on it). */
  loadedText: string | null;
  activeIndex: number;
  setFilters(patch: Partial<RosterFilters>): void;
  resetFilters(): void;
  /** New results for the same query; `keepPosition` keeps the highlighted row (coming back from a patient). */
  reload(keepPosition?: boolean): void;
  ensurePage(page: number): void;
  setActiveIndex(index: number): void;
}

const requested = new Set<string>();
const zeroCounts = Object.fromEntries(KBZ_STATUSES.map((s) => [s, 0])) as Record<KbzStatus, number>;

export const useRoster = create<RosterState>((set, get) => ({
  filters: DEFAULT_FILTERS,
  generation: 0,
  total: null,
  statusCounts: zeroCounts,
  pages: {},
  error: null,
  loadedText: null,
  activeIndex: 0,
  setFilters: (patch) => {
    set({ filters: { ...get().filters, ...patch } });
    get().reload();
  },
  resetFilters: () => {
    set({ filters: { ...DEFAULT_FILTERS, text: get().filters.text } });
    get().reload();
  },
  reload: (keepPosition = false) => {
    set({ generation: get().generation + 1, pages: {}, activeIndex: keepPosition ? get().activeIndex : 0 });
    get().ensurePage(0);
  },
  ensurePage: (page) => {
    const { generation, filters, pages } = get();
    const key = `${generation}:${page}`;
    if (pages[page] || requested.has(key)) return;
    requested.add(key);
    void kbz()
      .patients.search({ ...filters, offset: page * PAGE_SIZE, limit: PAGE_SIZE })
      .then((r) => {
        requested.delete(key);
        if (get().generation !== generation) return; // an answer to an older query
        if (!r.ok) {
          set({ error: r.error });
          return;
        }
        const counts = r.value.counts;
        set({
          error: null,
          ...(counts ? { total: counts.total, statusCounts: counts.byStatus, loadedText: filters.text } : {}),
          pages: { ...get().pages, [page]: r.value.rows },
        });
      });
  },
  setActiveIndex: (index) => set({ activeIndex: index }),
}));

export function rowAt(pages: Record<number, PatientListItem[]>, index: number): PatientListItem | undefined {
  return pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
}
