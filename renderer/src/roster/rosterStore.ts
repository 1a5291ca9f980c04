// Roster state: the query, and the pages of results fetched for what is on screen.
import { create } from 'zustand';
import type { AppError } from '../../../contract/result';
import type { PatientListItem } from '../../../contract/schemas/patient';
import { KBZ_STATUSES, type KbzStatus } from '../../../contract/schemas/patient-values';
import type { RosterQuery } from '../../../contract/schemas/roster';
import { DEFAULT_ROSTER_QUERY, type RosterSort } from '../../../contract/schemas/roster-defaults';
import { kbz } from '../api/api';

export const PAGE_SIZE = 100;

export type RosterFilters = Omit<RosterQuery, 'offset' | 'limit' | 'withCounts'>;

const { offset: _offset, limit: _limit, withCounts: _withCounts, ...ROSTER_QUERY_WITHOUT_PAGING } = DEFAULT_ROSTER_QUERY;
export const DEFAULT_FILTERS: RosterFilters = ROSTER_QUERY_WITHOUT_PAGING;

type Pages = Record<number, PatientListItem[]>;

interface RosterState {
  filters: RosterFilters;
  /** Counts up with every new query; answers to an older one are dropped. */
  generation: number;
  /** Counts up when the query itself changes: the table then scrolls back to the top. */
  queryVersion: number;
  total: number | null;
  statusCounts: Record<KbzStatus, number>;
  pages: Pages;
  /** The previous query's rows: shown until the new ones arrive, never a screen of placeholders. */
  previousPages: Pages;
  error: AppError | null;
  /** The search text whose first page is showing (tests and screen readers wait on it). */
  loadedText: string | null;
  activeIndex: number;
  /** Rows on screen, as the list last reported them. */
  visible: { first: number; last: number };
  setFilters(patch: Partial<RosterFilters>): void;
  /** A click on a column header: sort on it, or turn the order round when it already sorts. */
  sortOn(sort: RosterSort): void;
  resetFilters(): void;
  /** New results for the same query; `keepPosition` keeps the highlighted row (coming back from a patient).
   *  Settles when the first page's answer is handled. */
  reload(keepPosition?: boolean): Promise<void>;
  setVisible(first: number, last: number): void;
  /** Settles when the page's answer is handled (at once when it is already there). */
  ensurePage(page: number): Promise<void>;
  setActiveIndex(index: number): void;
}

/** Pages asked for and not yet answered, by generation and page number. */
const requested = new Map<string, Promise<void>>();
let startupFetch = false;

/** Asks for the first page before React's first render; settles once its rows (or an error) are in. */
export function fetchAtStartup(): Promise<void> {
  startupFetch = true;
  return useRoster.getState().reload();
}

/** True once, for the roster screen that the start-up fetch was for. */
export function takeStartupFetch(): boolean {
  const taken = startupFetch;
  startupFetch = false;
  return taken;
}
const zeroCounts = Object.fromEntries(KBZ_STATUSES.map((s) => [s, 0])) as Record<KbzStatus, number>;

export const useRoster = create<RosterState>((set, get) => ({
  filters: DEFAULT_FILTERS,
  generation: 0,
  queryVersion: 0,
  total: null,
  statusCounts: zeroCounts,
  pages: {},
  previousPages: {},
  error: null,
  loadedText: null,
  activeIndex: 0,
  visible: { first: 0, last: 0 },
  setFilters: (patch) => {
    set({ filters: { ...get().filters, ...patch }, queryVersion: get().queryVersion + 1 });
    get().reload();
  },
  sortOn: (sort) => {
    const { filters } = get();
    get().setFilters(filters.sort === sort ? { descending: !filters.descending } : { sort, descending: false });
  },
  resetFilters: () => {
    set({ filters: { ...DEFAULT_FILTERS, text: get().filters.text }, queryVersion: get().queryVersion + 1 });
    get().reload();
  },
  reload: (keepPosition = false) => {
    const { pages, previousPages, generation, activeIndex, visible } = get();
    set({
      generation: generation + 1,
      previousPages: Object.keys(pages).length > 0 ? pages : previousPages,
      pages: {},
      activeIndex: keepPosition ? activeIndex : 0,
    });
    // A new query starts at the top; the same query (coming back) fetches what was on screen.
    const first = keepPosition ? visible.first : 0;
    const last = keepPosition ? visible.last : Math.max(0, visible.last - visible.first);
    for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) void get().ensurePage(p);
    return get().ensurePage(0); // the first page also brings the counts (asked for once its rows are in)
  },
  setVisible: (first, last) => {
    set({ visible: { first, last } });
    for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) void get().ensurePage(p);
  },
  ensurePage: (page) => {
    const { generation, filters, pages } = get();
    const key = `${generation}:${page}`;
    if (pages[page]) return Promise.resolve();
    const pending = requested.get(key);
    if (pending) return pending;
    const answered = kbz()
      .patients.search({ ...filters, offset: page * PAGE_SIZE, limit: PAGE_SIZE, withCounts: false })
      .then((r) => {
        requested.delete(key);
        if (get().generation !== generation) return; // an answer to an older query
        if (!r.ok) {
          set({ error: r.error });
          return;
        }
        const rows = r.value.rows;
        if (page !== 0) {
          set({ error: null, pages: { ...get().pages, [page]: rows } });
          return;
        }
        // The rows show at once. A short first page is the whole answer; otherwise the previous total
        // holds the list's height until the count arrives (asked for only if the text is still current).
        const known = rows.length < PAGE_SIZE;
        const total = known ? rows.length : Math.max(get().total ?? 0, rows.length);
        set({ error: null, total, loadedText: filters.text, pages: { ...get().pages, 0: rows } });
        void kbz()
          .patients.count({ ...filters, offset: 0, limit: 1 })
          .then((c) => {
            if (get().generation !== generation || !c.ok) return;
            set({ total: c.value.total, statusCounts: c.value.byStatus });
          });
      });
    requested.set(key, answered);
    return answered;
  },
  setActiveIndex: (index) => set({ activeIndex: index }),
}));

/** True when a filter (not the text, not the sort) narrows the list: "Wissen" has something to clear. */
export function filtersNarrow(filters: RosterFilters): boolean {
  return (['statuses', 'tag', 'gpId', 'wijk', 'archived'] as const).some(
    (k) => JSON.stringify(filters[k]) !== JSON.stringify(DEFAULT_FILTERS[k]),
  );
}

/** The row at an index: from the current query, else (while it loads) from the previous one. */
export function rowAt(state: Pick<RosterState, 'pages' | 'previousPages'>, index: number): PatientListItem | undefined {
  const page = Math.floor(index / PAGE_SIZE);
  return (state.pages[page] ?? state.previousPages[page])?.[index % PAGE_SIZE];
}
