// What the Overzicht asks for: a month and the filters (checked here, the same schema in main and the UI),
// and what it may filter by.
import { z } from 'zod';
import { TARGET_GROUP_TAGS, type TargetGroupTag } from './patient-values';
import { singleLineText } from './text-fields';

/** `YYYY-MM`, January 2000 or later; that it has begun is checked against the clock in main. */
export const overviewMonthSchema = z
  .string('validation.month')
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.month')
  .refine((m) => m >= '2000-01', 'validation.monthTooOld');

export const overviewFiltersSchema = z
  .object({
    /** The patients' own GP (a staff id); '' all. */
    gpId: z.union([z.literal(''), z.string().uuid('validation.id')], 'validation.id'),
    wijk: singleLineText(80),
    /** A doelgroep (target group tag); '' all. */
    tag: singleLineText(60),
  })
  .strict();

export const overviewQuerySchema = z.object({ month: overviewMonthSchema, filters: overviewFiltersSchema }).strict();

export const OVERVIEW_EXPORT_FORMATS = ['pdf', 'xlsx', 'csv'] as const;
export type OverviewExportFormat = (typeof OVERVIEW_EXPORT_FORMATS)[number];

/** The month's overview as a file: suppressed with the practice's threshold, also queued for the network drive when a folder is set. */
export const overviewExportSchema = z
  .object({ month: overviewMonthSchema, filters: overviewFiltersSchema, format: z.enum(OVERVIEW_EXPORT_FORMATS, 'validation.choice') })
  .strict();

/** The doelgroepen the Overzicht filters by. */
export const OVERVIEW_TAGS: readonly TargetGroupTag[] = TARGET_GROUP_TAGS;

export interface OverviewOptions {
  /** The GPs (names of the team, no patient data), active first. */
  gps: { id: string; name: string; active: boolean }[];
  wijken: string[];
  tags: TargetGroupTag[];
  /** The last full month in Europe/Amsterdam: the Overzicht's first month. */
  defaultMonth: string;
  /** The month running now: the latest that may be chosen. */
  currentMonth: string;
}
