// A staff member as the intake names them: name and role ("Makkes, huisarts").
import type { TFunction } from 'i18next';
import type { StaffMember } from '../../../contract/schemas/staff';

export function staffLabel(member: StaffMember, t: TFunction): string {
  return `${member.name}, ${t(`role.${member.role}`)}`;
}
