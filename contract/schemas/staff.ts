// Practice staff: who can be a patient's own GP or an action's owner.
import { singleLineText } from './text-fields';

export const STAFF_ROLES = ['gp', 'practice_nurse', 'mental_health_nurse', 'welfare_nurse', 'assistant', 'manager'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A staff member's name, as typed or as an import's GP column gives it. */
export const staffNameSchema = singleLineText(120, { required: true });

export interface StaffMember {
  id: string;
  name: string;
  role: StaffRole;
  agbCode: string;
  active: boolean;
}
