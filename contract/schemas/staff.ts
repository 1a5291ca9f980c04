// Practice staff: who can be a patient's own GP, an intake's professional or an action's owner.
import { z } from 'zod';
import { emailField, phoneField } from './contact-fields';
import { singleLineText } from './text-fields';

/** huisarts, POH-somatiek, POH-GGZ, POH-welzijn, doktersassistent, praktijkmanager, other. */
export const STAFF_ROLES = ['gp', 'practice_nurse', 'mental_health_nurse', 'welfare_nurse', 'assistant', 'manager', 'other'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A staff member's name, as typed or as an import's GP column gives it. */
export const staffNameSchema = singleLineText(120, { required: true });

const clockTime = z.string('validation.time').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time');

/** One working day: from and to (HH:mm, Europe/Amsterdam), or null when the person does not work that day. */
const workDaySchema = z
  .object({ from: clockTime, to: clockTime })
  .refine((d) => d.from < d.to, { message: 'validation.timeOrder', path: ['to'] })
  .nullable();

export const workHoursSchema = z.object(Object.fromEntries(WEEKDAYS.map((d) => [d, workDaySchema])) as Record<Weekday, typeof workDaySchema>);
export type WorkHours = z.infer<typeof workHoursSchema>;

export const NO_WORK_HOURS: WorkHours = { mon: null, tue: null, wed: null, thu: null, fri: null, sat: null, sun: null };

export const staffInputSchema = z.object({
  givenName: singleLineText(60),
  prefix: singleLineText(20),
  surname: singleLineText(80, { required: true }),
  role: z.enum(STAFF_ROLES, 'validation.choice'),
  agbCode: z.string('validation.agbCode').trim().regex(/^(\d{8})?$/, 'validation.agbCode'),
  email: emailField(),
  phone: phoneField(),
  workHours: workHoursSchema,
  canSignIn: z.boolean('validation.choice'),
});
export type StaffInput = z.infer<typeof staffInputSchema>;

export interface StaffMember extends StaffInput {
  id: string;
  /** As the practice writes it: given name, tussenvoegsel, surname. */
  name: string;
  active: boolean;
  /** Counts up with every change; a save names the revision it was made from. */
  revision: number;
}

/** The display name: "Ĳsbrand van 't Hoff"; only the surname when that is all there is. */
export function staffDisplayName(s: Pick<StaffInput, 'givenName' | 'prefix' | 'surname'>): string {
  return [s.givenName, s.prefix, s.surname].filter((part) => part !== '').join(' ');
}
