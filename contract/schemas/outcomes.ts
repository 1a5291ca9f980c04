// Holding the drie-gesprek and what follows: notes per agenda item, agreements (who does what, by when),
// the next step and a follow-up date, saved as a draft while talking and frozen once finished. Finishing
// puts the agreements on the patient's living plan. The report back (terugkoppeling) is a short letter
// with the agreements for the meeting's partner organisations and the GP.
import { z } from 'zod';
import { isIsoDate } from './dates';
import type { ConsentState } from './consent';
import type { Meeting } from './meetings';
import type { PatientAction, PlanOwner } from './plan';
import { multiLineText, singleLineText } from './text-fields';

const id = z.string('validation.required').uuid('validation.id');
const itemId = z.string('validation.required').min(1, 'validation.required').max(40, 'validation.tooLong').regex(/^[A-Za-z0-9_-]+$/, 'validation.id');
const isoDate = z.string('validation.date').max(10, 'validation.tooLong').refine(isIsoDate, 'validation.date');
const optionalDate = z.union([isoDate, z.literal('')], 'validation.date');
/** 0 while nothing was saved yet. */
const outcomeRevision = z.number('validation.invalid').int('validation.invalid').min(0, 'validation.invalid').max(Number.MAX_SAFE_INTEGER, 'validation.invalid');

export const MAX_AGREEMENTS = 30;

/**
 * An agreement's owner, the living plan's kinds. While talking a free-text owner may still be empty
 * (autosave runs while typing); finishing requires every agreement to have someone.
 */
export const outcomeOwnerSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('patient') }).strict(),
    z.object({ kind: z.literal('staff'), staffId: id }).strict(),
    z.object({ kind: z.literal('contact'), contactId: id }).strict(),
    z.object({ kind: z.literal('organisation'), organisationId: id }).strict(),
    z.object({ kind: z.literal('text'), text: singleLineText(120) }).strict(),
    z.object({ kind: z.literal('none') }).strict(),
  ],
  'validation.choice',
);
export type OutcomeOwner = z.output<typeof outcomeOwnerSchema>;

export const agreementSchema = z
  .object({
    /** Stable within the outcome; becomes the action's item id on the living plan. */
    id: itemId,
    text: singleLineText(300),
    owner: outcomeOwnerSchema,
    dueDate: optionalDate,
  })
  .strict();
export type Agreement = z.output<typeof agreementSchema>;

export const outcomeContentSchema = z
  .object({
    /** Notes per agenda item id (items not on the agenda are refused by the service). */
    notes: z.record(itemId, multiLineText(4000), 'validation.invalid').refine((n) => Object.keys(n).length <= 40, 'validation.tooMany'),
    agreements: z.array(agreementSchema, 'validation.invalid').max(MAX_AGREEMENTS, 'validation.tooMany'),
    nextStep: multiLineText(1000),
    followUpDate: optionalDate,
  })
  .strict()
  .refine((c) => new Set(c.agreements.map((a) => a.id)).size === c.agreements.length, { path: ['agreements'], message: 'validation.invalid' });
export type OutcomeContent = z.output<typeof outcomeContentSchema>;

export const EMPTY_OUTCOME: OutcomeContent = { notes: {}, agreements: [], nextStep: '', followUpDate: '' };

export const outcomeDraftInputSchema = z.object({ meetingId: id, revision: outcomeRevision, content: outcomeContentSchema }).strict();

export const outcomeFinishInputSchema = z
  .object({
    meetingId: id,
    revision: outcomeRevision,
    /** Participant ids of those who were not there (optional). */
    absent: z.array(id, 'validation.invalid').max(20, 'validation.tooMany'),
  })
  .strict();

export interface MeetingOutcome {
  meetingId: string;
  content: OutcomeContent;
  /** True once finished: frozen. */
  finished: boolean;
  recordedBy: string;
  recordedByName: string;
  recordedAt: string;
  finishedAt: string | null;
  revision: number;
}

/** What the screen to hold the drie-gesprek opens with. */
export interface OutcomeView {
  meeting: Meeting;
  patient: { id: string; initials: string; givenName: string; prefix: string; surname: string; dateOfBirth: string; gpId: string };
  /** The patient's open actions on the living plan (due date first): to look back on. */
  openActions: PatientAction[];
  /** Null until something was saved. */
  outcome: MeetingOutcome | null;
  /** The outcome may still be written: the meeting is planned (or held without a finished outcome) and the patient is not archived. */
  editable: boolean;
  /** Finishing is possible now: editable, and the meeting's start has come. */
  canFinish: boolean;
}

// ---- The report back ----

export const reportRequestSchema = z
  .object({
    meetingId: id,
    /** The partner organisations the letter goes to (all or some of the meeting's). */
    organisationIds: z.array(id, 'validation.invalid').min(1, 'validation.reportRecipients').max(12, 'validation.tooMany'),
  })
  .strict()
  .refine((r) => new Set(r.organisationIds).size === r.organisationIds.length, { path: ['organisationIds'], message: 'validation.invalid' });

export interface ReportAgreement {
  text: string;
  /** The owner as a name ("de patiënt" is the screen's words: kind patient has an empty label). */
  ownerKind: PlanOwner['kind'];
  ownerLabel: string;
  dueDate: string;
}

export interface ReportRecipient {
  organisationId: string;
  organisationName: string;
  /** The meeting's contact persons of this organisation. */
  contactNames: string[];
  /** Consent for the report back, as it holds today. */
  consent: ConsentState['status'] | 'none';
}

/** The letter (B1-ish Dutch), printed per recipient or once with the list of partners. */
export interface ReportLetter {
  practiceName: string;
  practicePhone: string;
  practiceAddress: string;
  patientName: string;
  patientDateOfBirth: string;
  /** "dinsdag 24-11-2026" */
  day: string;
  time: string;
  /** Who took part (not those absent). */
  present: string[];
  gpName: string;
  agreements: ReportAgreement[];
  nextStep: string;
  followUpDate: string;
  recipients: ReportRecipient[];
  producedOn: string;
  producedByName: string;
}

export interface ReportPreview {
  letter: ReportLetter;
  /** The meeting's partner organisations, each with its consent for the report back. */
  recipients: ReportRecipient[];
  /** Reports already produced for this meeting (newest first). */
  produced: { organisationId: string | null; organisationName: string; producedAt: string; producedByName: string }[];
}

export interface ProducedReport {
  /** The letter as made, its recipients the organisations it went to. */
  letter: ReportLetter;
  state: ReportPreview;
}
