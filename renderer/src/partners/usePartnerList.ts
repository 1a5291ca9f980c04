// The sociale kaart's search: the filters, a short pause while typing, and the latest answer only.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../contract/result';
import { ALL_PARTNERS, type Organisation, type PartnerList, type PartnerQuery } from '../../../contract/schemas/partners';
import { kbz } from '../api/api';

const TYPING_PAUSE_MS = 150;

export interface PartnerListState {
  query: PartnerQuery;
  setQuery(change: Partial<PartnerQuery>): void;
  resetFilters(): void;
  /** null until the first answer. */
  list: PartnerList | null;
  error: AppError | null;
  reload(): Promise<void>;
  /** Puts a saved organisation in the list at once, before the search is asked again. */
  replace(organisation: Organisation): void;
}

export function usePartnerList(): PartnerListState {
  const [query, setQueryState] = useState<PartnerQuery>(ALL_PARTNERS);
  const [list, setList] = useState<PartnerList | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  // Answers can overtake each other: only the one to the newest question is shown.
  const asked = useRef(0);

  const search = useCallback(async (q: PartnerQuery) => {
    const ticket = ++asked.current;
    const r = await kbz().partners.search(q);
    if (ticket !== asked.current) return;
    if (r.ok) {
      setList(r.value);
      setError(null);
    } else setError(r.error);
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => void search(query), query.text === '' ? 0 : TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query, search]);

  const setQuery = useCallback((change: Partial<PartnerQuery>) => setQueryState((q) => ({ ...q, ...change })), []);
  const resetFilters = useCallback(() => setQueryState((q) => ({ ...ALL_PARTNERS, text: q.text })), []);
  const reload = useCallback(() => search(query), [search, query]);
  const replace = useCallback((organisation: Organisation) => {
    setList((l) => l && { ...l, organisations: l.organisations.map((o) => (o.id === organisation.id ? organisation : o)) });
  }, []);
  return { query, setQuery, resetFilters, list, error, reload, replace };
}

/** Whether any filter besides the search text narrows the list. */
export function filtersNarrow(query: PartnerQuery): boolean {
  return query.type !== '' || query.wijk !== '' || query.includeInactive;
}
