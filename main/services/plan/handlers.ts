// The patient's network and living plan channels. The network is part of the record (the assistant plans
// drie-gesprekken with it); the plan is part of the clinical plan (see contract/permissions.ts). Opening
// either is a view of the record and logged; every change is logged as an update.
import { todayInAmsterdam } from '../../../contract/schemas/dates';
import { MY_ACTIONS_DAYS, type NetworkEntryInput, type PatientActions, type PatientNetwork } from '../../../contract/schemas/plan';
import { actionsOf, getAction, insertAction, openActionsOwnedBy, setActionStatus, updateAction } from '../../../db/actions';
import { currentEntryFor, endNetworkEntry, getNetworkEntry, insertNetworkEntry, networkOf, updateNetworkEntry } from '../../../db/network';
import { getContact, getOrganisation } from '../../../db/partners';
import { getPatient } from '../../../db/patients/write';
import type { ReadContext, WriteContext } from '../context';
import { AppFailure, notFound } from '../errors';
import { read, write, type AreaHandlers } from '../handler-table';
import { checkedOwner } from './living-plan';

const today = (ctx: ReadContext) => todayInAmsterdam(new Date(ctx.clock.now()));

function signedIn(ctx: ReadContext): string {
  const user = ctx.auth.user;
  if (!user) throw new AppFailure('signed_out', 'errors.signInFirst');
  return user.staffId;
}

function patientOrFail(ctx: ReadContext, patientId: string) {
  const patient = getPatient(ctx.db, patientId);
  if (!patient) throw notFound();
  return patient;
}

function openPatientOrFail(ctx: ReadContext, patientId: string) {
  const patient = patientOrFail(ctx, patientId);
  if (patient.archivedAt) throw new AppFailure('conflict', 'errors.patientArchived');
  return patient;
}

const networkOfPatient = (ctx: ReadContext, patientId: string): PatientNetwork => ({ entries: networkOf(ctx.db, patientId) });
const actionsOfPatient = (ctx: ReadContext, patientId: string): PatientActions => ({ actions: actionsOf(ctx.db, patientId) });

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Checks an entry against the sociale kaart (a deactivated partner is never newly added; an entry that
 * already names it may keep it) and the dates; returns the organisation a contact person belongs to.
 */
function checkedEntry(ctx: ReadContext, e: NetworkEntryInput, keeping?: { organisationId: string | null; contactId: string | null }): string | null {
  if (e.since !== '' && e.since > today(ctx)) throw new AppFailure('invalid_input', 'errors.invalidInput', { since: 'validation.dateInFuture' });
  if (e.kind === 'organisation') {
    const organisation = getOrganisation(ctx.db, e.organisationId);
    if (!organisation) throw new AppFailure('not_found', 'errors.partnerNotFound');
    if (!organisation.active && keeping?.organisationId !== e.organisationId) throw new AppFailure('conflict', 'errors.partnerDeactivated');
    return organisation.id;
  }
  if (e.kind === 'contact') {
    const contact = getContact(ctx.db, e.contactId);
    if (!contact) throw new AppFailure('not_found', 'errors.contactNotFound');
    const organisationActive = getOrganisation(ctx.db, contact.organisationId)?.active ?? false;
    if ((!contact.active || !organisationActive) && keeping?.contactId !== e.contactId) throw new AppFailure('conflict', 'errors.partnerDeactivated');
    return contact.organisationId;
  }
  return null;
}

function refuseDuplicate(ctx: ReadContext, patientId: string, e: NetworkEntryInput, self: string | null): void {
  if (e.kind === 'carer') return;
  const existing = currentEntryFor(ctx.db, patientId, e.kind, e.kind === 'organisation' ? e.organisationId : e.contactId);
  if (existing && existing !== self) throw new AppFailure('conflict', 'errors.networkDuplicate');
}

function entryOrFail(ctx: ReadContext, id: string) {
  const entry = getNetworkEntry(ctx.db, id);
  if (!entry) throw new AppFailure('not_found', 'errors.networkEntryNotFound');
  return entry;
}

function actionOrFail(ctx: ReadContext, id: string) {
  const action = getAction(ctx.db, id);
  if (!action) throw new AppFailure('not_found', 'errors.actionNotFound');
  return action;
}

export const networkHandlers: AreaHandlers<'network'> = {
  'network.list': write(({ patientId }, ctx) => {
    patientOrFail(ctx, patientId);
    ctx.access('view', patientId);
    return networkOfPatient(ctx, patientId);
  }),
  'network.add': write(({ patientId, entry }, ctx: WriteContext) => {
    const by = signedIn(ctx);
    openPatientOrFail(ctx, patientId);
    const organisationId = checkedEntry(ctx, entry);
    refuseDuplicate(ctx, patientId, entry, null);
    insertNetworkEntry(ctx, patientId, entry, organisationId, by);
    ctx.access('update', patientId);
    return networkOfPatient(ctx, patientId);
  }),
  'network.update': write(({ id, revision, entry }, ctx) => {
    signedIn(ctx);
    const current = entryOrFail(ctx, id);
    openPatientOrFail(ctx, current.patientId);
    if (current.endDate !== '') throw new AppFailure('conflict', 'errors.networkEnded');
    if (current.kind !== entry.kind) throw new AppFailure('invalid_input', 'errors.invalidInput', { kind: 'validation.choice' });
    const organisationId = checkedEntry(ctx, entry, current);
    refuseDuplicate(ctx, current.patientId, entry, id);
    if (!updateNetworkEntry(ctx, id, revision, entry, organisationId)) throw new AppFailure('conflict', 'errors.networkChangedElsewhere');
    ctx.access('update', current.patientId);
    return networkOfPatient(ctx, current.patientId);
  }),
  'network.end': write(({ id, revision, endDate }, ctx) => {
    const by = signedIn(ctx);
    const current = entryOrFail(ctx, id);
    openPatientOrFail(ctx, current.patientId);
    if (current.endDate !== '') throw new AppFailure('conflict', 'errors.networkEnded');
    if (endDate > today(ctx)) throw new AppFailure('invalid_input', 'errors.invalidInput', { endDate: 'validation.dateInFuture' });
    if (current.since !== '' && endDate < current.since) throw new AppFailure('invalid_input', 'errors.invalidInput', { endDate: 'validation.endBeforeSince' });
    if (!endNetworkEntry(ctx, id, revision, endDate, by)) throw new AppFailure('conflict', 'errors.networkChangedElsewhere');
    ctx.access('update', current.patientId);
    return networkOfPatient(ctx, current.patientId);
  }),
};

export const actionHandlers: AreaHandlers<'actions'> = {
  'actions.list': write(({ patientId }, ctx) => {
    patientOrFail(ctx, patientId);
    ctx.access('view', patientId);
    return actionsOfPatient(ctx, patientId);
  }),
  'actions.create': write(({ patientId, action }, ctx) => {
    const by = signedIn(ctx);
    openPatientOrFail(ctx, patientId);
    insertAction(ctx, patientId, { text: action.text, dueDate: action.dueDate, ...checkedOwner(ctx.db, action.owner) }, 'open', { kind: 'manual', id: null, itemId: null }, by);
    ctx.access('update', patientId);
    return actionsOfPatient(ctx, patientId);
  }),
  'actions.update': write(({ id, revision, action }, ctx) => {
    signedIn(ctx);
    const current = actionOrFail(ctx, id);
    openPatientOrFail(ctx, current.patientId);
    const row = { text: action.text, dueDate: action.dueDate, ...checkedOwner(ctx.db, action.owner, current.owner) };
    if (!updateAction(ctx, id, revision, row)) throw new AppFailure('conflict', 'errors.actionChangedElsewhere');
    ctx.access('update', current.patientId);
    return actionsOfPatient(ctx, current.patientId);
  }),
  'actions.setStatus': write(({ id, revision, status }, ctx) => {
    const by = signedIn(ctx);
    const current = actionOrFail(ctx, id);
    openPatientOrFail(ctx, current.patientId);
    if (current.revision !== revision) throw new AppFailure('conflict', 'errors.actionChangedElsewhere');
    if (current.status !== status) {
      setActionStatus(ctx, id, revision, status, by);
      ctx.access('update', current.patientId);
    }
    return actionsOfPatient(ctx, current.patientId);
  }),
  /**
   * A read: the signed-in person's own work list (like the roster's search, not the opening of one record),
   * so not logged per patient; opening a patient from it is.
   */
  'actions.mine': read((_input, ctx) => {
    const staffId = signedIn(ctx);
    const day = today(ctx);
    return { today: day, items: openActionsOwnedBy(ctx.db, staffId, addDays(day, MY_ACTIONS_DAYS), day) };
  }),
};
