// Who carries out an action, as a name to show: staff with their role.
import type { TFunction } from 'i18next';
import type { ActionOwner } from '../../../contract/schemas/intake';
import type { StaffMember } from '../../../contract/schemas/staff';
import { staffLabel } from './staffLabel';

/** `patientLabel` differs per audience: "de patiënt zelf" for staff, "u zelf" on the patient's own plan. */
export function ownerLabel(owner: ActionOwner, staff: StaffMember[], patientLabel: string, t: TFunction): string {
  if (owner.kind === 'patient') return patientLabel;
  if (owner.kind === 'staff') {
    const member = staff.find((s) => s.id === owner.staffId);
    return member ? staffLabel(member, t) : '–';
  }
  return owner.kind === 'partner' ? owner.name : '–';
}
