// How an action's owner is named: staff, contact person (organisation), organisation, a name, the patient.
import type { TFunction } from 'i18next';
import type { PlanOwnerView } from '../../../contract/schemas/plan';

/** `patientLabel` differs per audience: "de patiënt zelf" for staff, "u zelf" on the patient's own plan. */
export function planOwnerText(owner: PlanOwnerView, t: TFunction, patientLabel: string): string {
  if (owner.kind === 'patient') return patientLabel;
  if (owner.kind === 'none') return t('plan.ownerNone');
  return owner.active ? owner.label : `${owner.label} (${t('partners.inactive').toLowerCase()})`;
}
