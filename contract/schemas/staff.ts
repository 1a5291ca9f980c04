// Practice staff: who can be a patient's own GP or an action's owner.
export const STAFF_ROLES = ['gp', 'practice_nurse', 'mental_health_nurse', 'welfare_nurse', 'assistant', 'manager'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface StaffMember {
  id: string;
  name: string;
  role: StaffRole;
  agbCode: string;
  active: boolean;
}
