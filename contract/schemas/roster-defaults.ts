// The roster's sort orders and first query, apart from its schema: the first screen needs these, not zod.
import type { RosterQuery } from './roster';

export const ROSTER_SORTS = ['surname', 'hisNumber', 'dateOfBirth', 'statusSince'] as const;
export type RosterSort = (typeof ROSTER_SORTS)[number];

/** Active patients, all statuses, sorted on surname: what the roster shows first. */
export const DEFAULT_ROSTER_QUERY: RosterQuery = {
  text: '',
  statuses: [],
  tag: '',
  gpId: '',
  wijk: '',
  archived: 'active',
  sort: 'surname',
  descending: false,
  offset: 0,
  limit: 100,
  withCounts: true,
};
