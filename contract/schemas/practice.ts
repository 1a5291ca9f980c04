// The practice itself: the top bar and printouts show its name; "Mijn plan" its phone; invitations
// (a later issue) come from its e-mail address.
import { z } from 'zod';
import { emailField, phoneField, postcodeField } from './contact-fields';
import { singleLineText } from './text-fields';

export const practiceInputSchema = z.object({
  name: singleLineText(120, { required: true }),
  /** The practice's AGB code: 8 digits; empty until someone fills it in. */
  agbCode: z.string('validation.agbCode').trim().regex(/^(\d{8})?$/, 'validation.agbCode'),
  street: singleLineText(120),
  houseNumber: singleLineText(20),
  postcode: postcodeField(),
  city: singleLineText(80),
  phone: phoneField(),
  email: emailField(),
});
export type PracticeInput = z.output<typeof practiceInputSchema>;
export type PracticeFormValues = z.input<typeof practiceInputSchema>;

/** Every field empty until someone sets it. */
export type Practice = PracticeInput;

export const PRACTICE_FIELDS = ['name', 'agbCode', 'street', 'houseNumber', 'postcode', 'city', 'phone', 'email'] as const satisfies readonly (keyof Practice)[];
