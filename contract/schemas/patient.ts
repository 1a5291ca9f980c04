// The patient on the KBZ roster: what the form sends and what the app returns.
import { z } from 'zod';
import { isIsoDate, parseDateInput, todayInAmsterdam } from './dates';
import { isValidBsn, normaliseBsn } from './identifiers';
import { emailField, phoneField, postcodeField } from './contact-fields';
import { multiLineText, singleLineText } from './text-fields';
import { GENDERS, SIGNALLED_VIA, TARGET_GROUP_TAGS, type KbzStatus, type TargetGroupTag } from './patient-values';

export * from './patient-values';

const dateField = z
  .string()
  .max(20, 'validation.tooLong')
  .transform((v, ctx) => {
    const iso = parseDateInput(v);
    if (!iso) {
      ctx.addIssue({ code: 'custom', message: v.trim() === '' ? 'validation.required' : 'validation.date' });
      return z.NEVER;
    }
    return iso;
  });

const optionalDateField = z
  .string()
  .max(20, 'validation.tooLong')
  .transform((v, ctx) => {
    if (v.trim() === '') return '';
    const iso = parseDateInput(v);
    if (!iso) {
      ctx.addIssue({ code: 'custom', message: 'validation.date' });
      return z.NEVER;
    }
    return iso;
  });

export const patientInputSchema = z
  .object({
    hisNumber: singleLineText(20, { required: true }).regex(/^[A-Za-z0-9.\-/]*$/, 'validation.hisNumber'),
    initials: singleLineText(20),
    givenName: singleLineText(80),
    prefix: singleLineText(20),
    surname: singleLineText(120, { required: true }),
    dateOfBirth: dateField,
    gender: z.enum(GENDERS, 'validation.choice'),
    bsn: z
      .string()
      .max(20, 'validation.tooLong')
      .transform((v) => normaliseBsn(v.trim()))
      .refine((v) => v === '' || isValidBsn(v), 'validation.bsn'),
    street: singleLineText(120),
    houseNumber: singleLineText(20),
    postcode: postcodeField(),
    city: singleLineText(80),
    wijk: singleLineText(80),
    phone: phoneField(),
    email: emailField(),
    gpId: z.string().max(64, 'validation.tooLong'),
    tags: z.array(z.enum(TARGET_GROUP_TAGS, 'validation.choice')).max(TARGET_GROUP_TAGS.length),
    interpreterNeeded: z.boolean('validation.choice'),
    interpreterLanguage: singleLineText(60),
    longConsult: z.boolean('validation.choice'),
    signalledVia: z.union([z.enum(SIGNALLED_VIA, 'validation.choice'), z.literal('')]),
    signalledBy: singleLineText(120),
    signalledOn: optionalDateField,
    notes: multiLineText(4000),
  })
  .superRefine((p, ctx) => {
    if (p.interpreterNeeded && p.interpreterLanguage === '') {
      ctx.addIssue({ code: 'custom', path: ['interpreterLanguage'], message: 'validation.interpreterLanguage' });
    }
    if (isIsoDate(p.dateOfBirth) && p.dateOfBirth > todayInAmsterdam()) {
      ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'validation.dateInFuture' });
    }
    if (isIsoDate(p.signalledOn) && p.signalledOn > todayInAmsterdam()) {
      ctx.addIssue({ code: 'custom', path: ['signalledOn'], message: 'validation.dateInFuture' });
    }
    if (p.dateOfBirth < '1900-01-01') {
      ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'validation.dateTooOld' });
    }
  });

/** What the form holds (dates as typed, dd-mm-jjjj). */
export type PatientFormValues = z.input<typeof patientInputSchema>;
/** What main stores (dates ISO, postcode normalised). */
export type PatientInput = z.output<typeof patientInputSchema>;

export interface StatusChange {
  status: KbzStatus;
  changedAt: string;
  note: string;
}

export interface Patient extends PatientInput {
  id: string;
  status: KbzStatus;
  statusSince: string;
  archivedAt: string | null;
  archiveReason: string;
  createdAt: string;
  updatedAt: string;
  /** Counts up with every change; a save names the revision it was made from. */
  revision: number;
  statusHistory: StatusChange[];
}

/** One row of the roster list: only what the list shows. */
export interface PatientListItem {
  id: string;
  hisNumber: string;
  initials: string;
  givenName: string;
  prefix: string;
  surname: string;
  dateOfBirth: string;
  postcode: string;
  wijk: string;
  gpId: string;
  status: KbzStatus;
  /** UTC instant of the last status change. */
  statusSince: string;
  tags: TargetGroupTag[];
  archived: boolean;
}
