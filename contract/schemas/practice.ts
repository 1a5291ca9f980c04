// The practice itself: its name now (top bar, printouts); address, AGB code and the rest follow with sign-in.
import { z } from 'zod';

export const practiceInputSchema = z.object({
  name: z
    .string('validation.required')
    .trim()
    .min(1, 'validation.required')
    .max(120, 'validation.tooLong')
    .refine((v) => !/[\p{Cc}\p{Cf}]/u.test(v), 'validation.controlCharacters'),
});
export type PracticeInput = z.infer<typeof practiceInputSchema>;

export interface Practice {
  /** Empty until someone sets it. */
  name: string;
}
