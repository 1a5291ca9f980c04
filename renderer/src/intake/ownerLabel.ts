// Who carries out an action, as a name to show.
import type { ActionOwner } from '../../../contract/schemas/intake';
import type { StaffMember } from '../../../contract/schemas/staff';
import { staffName } from '../app/staffStore';

/** `patientLabel` differs per audience: "de patiënt zelf" for staff, "ikzelf" on the patient's own plan. */
export function ownerLabel(owner: ActionOwner, staff: StaffMember[], patientLabel: string): string {
  if (owner.kind === 'patient') return patientLabel;
  if (owner.kind === 'staff') return staffName(staff, owner.staffId);
  return owner.kind === 'partner' ? owner.name : '–';
}
