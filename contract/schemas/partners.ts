// De sociale kaart: the organisations in the neighbourhood the practice works with, and their contact
// persons. Deactivated, never deleted: old meetings and plans still name them.
import { z } from 'zod';
import { emailField, phoneField, postcodeField } from './contact-fields';
import { WEEKDAYS } from './staff';
import { multiLineText, singleLineText } from './text-fields';

export const PARTNER_TYPES = [
  'neighbourhood_team',
  'welfare',
  'debt_help',
  'mental_health',
  'youth',
  'district_nursing',
  'municipality',
  'carer_support',
  'other',
] as const;
export type PartnerType = (typeof PARTNER_TYPES)[number];

/** The wijken (districts) served: each named once (case and spacing do not make another), at most 40. */
export const wijkenSchema = z
  .array(singleLineText(60, { required: true }), 'validation.invalid')
  .max(40, 'validation.tooMany')
  .transform((list) => {
    const seen = new Set<string>();
    return list.filter((w) => {
      const key = w.toLocaleLowerCase('nl');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

export const organisationInputSchema = z.object({
  name: singleLineText(120, { required: true }),
  type: z.enum(PARTNER_TYPES, 'validation.choice'),
  wijken: wijkenSchema,
  phone: phoneField(),
  email: emailField(),
  /** The e-mail address is a secure channel (ZorgMail, Veilig mailen): fit for patient data. */
  emailSecure: z.boolean('validation.choice'),
  street: singleLineText(120),
  houseNumber: singleLineText(20),
  postcode: postcodeField(),
  city: singleLineText(80),
  notes: multiLineText(2000),
});
export type OrganisationInput = z.output<typeof organisationInputSchema>;
export type OrganisationFormValues = z.input<typeof organisationInputSchema>;

export const contactInputSchema = z.object({
  name: singleLineText(120, { required: true }),
  function: singleLineText(80),
  phone: phoneField(),
  email: emailField(),
  wijken: wijkenSchema,
  /** The weekdays the person can be reached. */
  reachableDays: z
    .array(z.enum(WEEKDAYS, 'validation.choice'), 'validation.invalid')
    .max(7, 'validation.tooMany')
    .transform((days) => WEEKDAYS.filter((d) => days.includes(d))),
});
export type ContactInput = z.output<typeof contactInputSchema>;
export type ContactFormValues = z.input<typeof contactInputSchema>;

export interface PartnerContact extends ContactInput {
  id: string;
  organisationId: string;
  active: boolean;
  revision: number;
}

export interface Organisation extends OrganisationInput {
  id: string;
  active: boolean;
  revision: number;
  /** Active first, then by name. */
  contacts: PartnerContact[];
}

export const partnerQuerySchema = z
  .object({
    text: singleLineText(100),
    type: z.union([z.enum(PARTNER_TYPES), z.literal('')], 'validation.choice'),
    wijk: singleLineText(60),
    includeInactive: z.boolean('validation.choice'),
  })
  .strict();
export type PartnerQuery = z.output<typeof partnerQuerySchema>;

export const ALL_PARTNERS: PartnerQuery = { text: '', type: '', wijk: '', includeInactive: false };

/** A search's answer: the organisations that match (with all their contacts), by name. */
export interface PartnerList {
  organisations: Organisation[];
  /** Every wijk any organisation or contact serves, for the filter. */
  wijken: string[];
}
