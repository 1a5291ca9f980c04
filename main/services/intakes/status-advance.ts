// Finishing an intake moves the patient forward: aangemeld -> intake, and with a plan on to plan. Never back.
import type { KbzStatus } from '../../../contract/schemas/patient';

export function statusesAfterFinish(current: KbzStatus, withPlan: boolean): KbzStatus[] {
  const steps: KbzStatus[] = [];
  let status = current;
  if (status === 'registered') {
    status = 'intake';
    steps.push(status);
  }
  if (status === 'intake' && withPlan) steps.push('plan');
  return steps;
}
