// Toestemming per patient: the history and what holds today (a view of the record, logged), and a new
// entry (a withdrawal is one too). Recorded by the signed-in person.
import { todayInAmsterdam } from '../../../contract/schemas/dates';
import { appendConsent, consentHistory } from '../../../db/consents';
import { getOrganisation } from '../../../db/partners';
import { getPatient } from '../../../db/patients/write';
import type { WriteContext } from '../context';
import { AppFailure, notFound } from '../errors';
import { write, type AreaHandlers } from '../handler-table';
import { currentConsents } from './consent-state';

function consentsOf(ctx: WriteContext, patientId: string) {
  const entries = consentHistory(ctx.db, patientId);
  return { entries, current: currentConsents(entries, todayInAmsterdam(new Date(ctx.clock.now()))) };
}

export const consentHandlers: AreaHandlers<'consents'> = {
  'consents.list': write(({ patientId }, ctx) => {
    if (!getPatient(ctx.db, patientId)) throw notFound();
    ctx.access('view', patientId);
    return consentsOf(ctx, patientId);
  }),
  'consents.record': write((input, ctx) => {
    if (!getPatient(ctx.db, input.patientId)) throw notFound();
    if (!getOrganisation(ctx.db, input.organisationId)) throw new AppFailure('not_found', 'errors.partnerNotFound');
    if (input.date > todayInAmsterdam(new Date(ctx.clock.now()))) throw new AppFailure('invalid_input', 'errors.invalidInput', { date: 'validation.dateInFuture' });
    const recorder = ctx.auth.user;
    if (!recorder) throw new AppFailure('signed_out', 'errors.signInFirst');
    appendConsent(ctx, input, recorder.staffId);
    ctx.access('update', input.patientId);
    return consentsOf(ctx, input.patientId);
  }),
};
