// Toestemming: per patient, organisation and purpose, given or refused, how and when, by whom recorded,
// optionally until when. A withdrawal is a new entry; the history is never changed.
import { z } from 'zod';
import { isIsoDate } from './dates';
import { multiLineText } from './text-fields';

/** What the consent is for: invite to and take part in a drie-gesprek; receive the plan; receive the report back. */
export const CONSENT_PURPOSES = ['meeting', 'plan', 'report'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export const CONSENT_DECISIONS = ['given', 'refused'] as const;
export type ConsentDecision = (typeof CONSENT_DECISIONS)[number];

export const CONSENT_FORMS = ['verbal', 'written'] as const;
export type ConsentForm = (typeof CONSENT_FORMS)[number];

const isoDate = z.string('validation.date').refine(isIsoDate, 'validation.date');

export const consentInputSchema = z
  .object({
    patientId: z.string('validation.required').uuid('validation.id'),
    organisationId: z.string('validation.required').uuid('validation.id'),
    /** One entry per purpose, recorded together (a patient usually agrees to several at once). */
    purposes: z
      .array(z.enum(CONSENT_PURPOSES, 'validation.choice'))
      .min(1, 'validation.consentPurposeRequired')
      .max(CONSENT_PURPOSES.length, 'validation.tooMany')
      .refine((list) => new Set(list).size === list.length, 'validation.choice'),
    decision: z.enum(CONSENT_DECISIONS, 'validation.choice'),
    form: z.enum(CONSENT_FORMS, 'validation.choice'),
    date: isoDate,
    /** Empty: no end date. */
    validUntil: z.union([isoDate, z.literal('')]),
    note: multiLineText(1000),
  })
  .strict()
  .refine((c) => c.validUntil === '' || c.validUntil >= c.date, { path: ['validUntil'], message: 'validation.consentUntilBeforeDate' });
export type ConsentInput = z.output<typeof consentInputSchema>;

export interface ConsentEntry extends Omit<ConsentInput, 'patientId' | 'purposes'> {
  seq: number;
  purpose: ConsentPurpose;
  organisationName: string;
  recordedBy: string;
  /** The recorder's name as the team lists it now. */
  recordedByName: string;
  recordedAt: string;
}

/** Per organisation and purpose, the newest entry decides. */
export interface ConsentState {
  organisationId: string;
  organisationName: string;
  purpose: ConsentPurpose;
  /** 'given' only while its date has come and its end date has not passed. */
  status: 'given' | 'refused' | 'expired';
  latest: ConsentEntry;
}

export interface PatientConsents {
  /** Newest first: the whole history, withdrawals included. */
  entries: ConsentEntry[];
  current: ConsentState[];
}
