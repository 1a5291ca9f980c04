// Searching, filtering and paging the roster.
import { z } from 'zod';
import type { PatientListItem } from './patient';
import { KBZ_STATUSES, TARGET_GROUP_TAGS, type KbzStatus } from './patient-values';
import { ROSTER_SORTS } from './roster-defaults';

export { ROSTER_SORTS, type RosterSort } from './roster-defaults';

export const rosterQuerySchema = z.object({
  text: z.string().max(200, 'validation.tooLong'),
  statuses: z.array(z.enum(KBZ_STATUSES, 'validation.choice')).max(KBZ_STATUSES.length),
  tag: z.union([z.enum(TARGET_GROUP_TAGS, 'validation.choice'), z.literal('')]),
  gpId: z.string().max(64, 'validation.tooLong'),
  wijk: z.string().max(80, 'validation.tooLong'),
  archived: z.enum(['active', 'archived', 'all'], 'validation.choice'),
  sort: z.enum(ROSTER_SORTS, 'validation.choice'),
  descending: z.boolean('validation.choice'),
  offset: z.number('validation.number').int('validation.number').min(0).max(10_000_000),
  limit: z.number('validation.number').int('validation.number').min(1).max(500),
  /** The first page also counts (total and per status); the roster asks for the counts apart (patients.count). */
  withCounts: z.boolean('validation.choice').default(true),
});
export type RosterQuery = z.output<typeof rosterQuerySchema>;

export { DEFAULT_ROSTER_QUERY } from './roster-defaults';

export interface RosterPage {
  offset: number;
  rows: PatientListItem[];
  /** Counted only for the first page (offset 0): scrolling further does not count again. */
  counts: {
    total: number;
    /** Matches per status for the same text and filters, ignoring the status filter. */
    byStatus: Record<KbzStatus, number>;
  } | null;
}

export interface RosterFacets {
  wijken: string[];
}
