// The one check before anything goes to a partner: the patient's valid consent for that organisation and
// purpose, today. A refusal names the organisation and what is missing, and carries its id and the purpose
// so the screen can open the consent dialog for exactly that.
import type { ConsentPurpose } from '../../../contract/schemas/consent';
import { todayInAmsterdam } from '../../../contract/schemas/dates';
import { consentHistory } from '../../../db/consents';
import type { ReadContext } from '../context';
import { AppFailure } from '../errors';
import { hasValidConsent } from '../consents/consent-state';

export interface ConsentTarget {
  organisationId: string;
  organisationName: string;
}

export function consentMissing(target: ConsentTarget, purpose: ConsentPurpose): AppFailure {
  return new AppFailure('consent_missing', `errors.consentMissing.${purpose}`, undefined, {
    organisation: target.organisationName,
    organisationId: target.organisationId,
    purpose,
  });
}

/** Throws for the first organisation (in the order given) without valid consent for the purpose. */
export function requireConsent(ctx: ReadContext, patientId: string, targets: readonly ConsentTarget[], purpose: ConsentPurpose): void {
  const history = consentHistory(ctx.db, patientId);
  const today = todayInAmsterdam(new Date(ctx.clock.now()));
  const missing = targets.find((t) => !hasValidConsent(history, t.organisationId, purpose, today));
  if (missing) throw consentMissing(missing, purpose);
}

/** Whether the consent holds, for choices (the invitation shows the plan only with consent for the plan). */
export function consentHolds(ctx: ReadContext, patientId: string, organisationId: string, purpose: ConsentPurpose): boolean {
  return hasValidConsent(consentHistory(ctx.db, patientId), organisationId, purpose, todayInAmsterdam(new Date(ctx.clock.now())));
}
