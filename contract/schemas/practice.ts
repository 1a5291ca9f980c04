// The practice itself: its name now (top bar, printouts); address, AGB code and the rest follow with sign-in.
import { z } from 'zod';
import { singleLineText } from './text-fields';

export const practiceInputSchema = z.object({
  name: singleLineText(120, { required: true }),
});
export type PracticeInput = z.infer<typeof practiceInputSchema>;

export interface Practice {
  /** Empty until someone sets it. */
  name: string;
}
