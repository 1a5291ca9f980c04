// The living plan's rules, for the channels and for other areas: add actions from a source (a final intake,
// later a drie-gesprek's agreements), check an owner, and take a final intake's actions over.
//
// A final intake and the list: every action of a final intake is on the list once. Follow-up intakes and
// corrections copy the earlier intake's actions with their item ids, so the item id (per patient and kind of
// source) says "the same action". When a later final intake carries an action already on the list, the list
// takes over only what that intake changed compared with the intake it was copied from (its `copiedFrom`, or
// the intake it corrects): changed words, owner or due date, and a changed status (recorded in the status
// history as changed by whoever finalised). What the intake merely copied is left alone, so a change made on
// the list since (marked done, a new due date) is not undone by an older copy. An action a later intake
// dropped stays on the list: the list is where an action is closed (done or cancelled).
import type { ActionOwner, ActionStatus, Intake, IntakeContent } from '../../../contract/schemas/intake';
import type { ActionSourceKind, PatientAction, PlanOwner, PlanOwnerView } from '../../../contract/schemas/plan';
import { actionFromItem, insertAction, openActionsOf, organisationNamed, setActionStatus, updateAction, type ActionRow } from '../../../db/actions';
import type { ReadableDb } from '../../../db/handles';
import { getIntake } from '../../../db/intakes';
import { getContact, getOrganisation } from '../../../db/partners';
import type { WriteDeps } from '../../../db/patients/write';
import { getStaff } from '../../../db/staff';
import { AppFailure } from '../errors';

export interface NewAction {
  /** The item's id inside its source (an intake's or a meeting's action id): the same id from the same kind of source is one action. */
  itemId?: string;
  text: string;
  owner: PlanOwner;
  dueDate: string;
  /** Open unless the source already closed it. */
  status?: ActionStatus;
}

export interface ActionSource {
  kind: ActionSourceKind;
  id: string | null;
}

const sameOwner = (a: PlanOwner, current: PlanOwnerView | undefined): boolean => {
  if (!current || a.kind !== current.kind) return false;
  if (a.kind === 'staff') return a.staffId === current.staffId;
  if (a.kind === 'organisation') return a.organisationId === current.organisationId;
  if (a.kind === 'contact') return a.contactId === current.contactId;
  if (a.kind === 'text') return a.text === current.label;
  return true;
};

/**
 * Checks an owner against the team and the sociale kaart and returns the row to write. A deactivated staff
 * member or partner may stay the owner of an action that already had them, never become a new one.
 */
export function checkedOwner(
  db: ReadableDb,
  owner: PlanOwner,
  current?: PlanOwnerView,
  { allowInactive = false }: { allowInactive?: boolean } = {},
): Pick<ActionRow, 'owner' | 'contactOrganisationId'> {
  const keeps = allowInactive || sameOwner(owner, current);
  if (owner.kind === 'staff') {
    const staff = getStaff(db, owner.staffId);
    if (!staff || (!staff.active && !keeps)) throw new AppFailure('invalid_input', 'errors.invalidInput', { owner: 'validation.staffUnknown' });
  }
  if (owner.kind === 'organisation') {
    const organisation = getOrganisation(db, owner.organisationId);
    if (!organisation) throw new AppFailure('not_found', 'errors.partnerNotFound');
    if (!organisation.active && !keeps) throw new AppFailure('conflict', 'errors.partnerDeactivated');
  }
  if (owner.kind === 'contact') {
    const contact = getContact(db, owner.contactId);
    if (!contact) throw new AppFailure('not_found', 'errors.contactNotFound');
    if (!keeps && (!contact.active || !getOrganisation(db, contact.organisationId)?.active)) throw new AppFailure('conflict', 'errors.partnerDeactivated');
    return { owner, contactOrganisationId: contact.organisationId };
  }
  return { owner, contactOrganisationId: null };
}

/**
 * Adds actions to a patient's living list from a source (`by`: the signed-in person's staff id). An item
 * already on the list (same item id from the same kind of source) is not added again. Owners are checked
 * as `checkedOwner` does; a refusal throws before anything is written only when the caller runs this in
 * one transaction (every channel does). Returns the ids of the actions added and of those already there.
 */
export function addActions(deps: WriteDeps, patientId: string, actions: readonly NewAction[], source: ActionSource, by: string | null): { added: string[]; existing: string[] } {
  const added: string[] = [];
  const existing: string[] = [];
  for (const a of actions) {
    const already = a.itemId ? actionFromItem(deps.db, patientId, source.kind, a.itemId) : null;
    if (already) {
      existing.push(already.id);
      continue;
    }
    // What a final intake agreed is taken over as it was, even when its owner has since been deactivated.
    const row: ActionRow = { text: a.text.trim(), dueDate: a.dueDate, ...checkedOwner(deps.db, a.owner, undefined, { allowInactive: source.kind === 'intake' }) };
    added.push(insertAction(deps, patientId, row, a.status ?? 'open', { kind: source.kind, id: source.id, itemId: a.itemId ?? null }, by));
  }
  return { added, existing };
}

/** A patient's open actions (due date first): for a drie-gesprek's agenda. */
export function openActions(db: ReadableDb, patientId: string): PatientAction[] {
  return openActionsOf(db, patientId);
}

/**
 * An intake's owner on the list: a free-text partner becomes the sociale kaart's organisation with the same
 * name (case and spacing aside) when exactly one has it, else stays text; a staff owner not (or no longer)
 * on the team, an empty one, becomes nobody.
 */
export function ownerFromIntake(db: ReadableDb, owner: ActionOwner): PlanOwner {
  switch (owner.kind) {
    case 'patient':
      return { kind: 'patient' };
    case 'staff':
      return owner.staffId !== '' && getStaff(db, owner.staffId) ? { kind: 'staff', staffId: owner.staffId } : { kind: 'none' };
    case 'partner': {
      const name = owner.name.trim().replace(/\s+/g, ' ');
      if (name === '') return { kind: 'none' };
      const organisationId = organisationNamed(db, name);
      return organisationId ? { kind: 'organisation', organisationId } : { kind: 'text', text: name };
    }
    default:
      return { kind: 'none' };
  }
}

type IntakeAction = IntakeContent['actions'][number];

const sameIntakeOwner = (a: ActionOwner, b: ActionOwner) => JSON.stringify(a) === JSON.stringify(b);

/** The intake this one started from: the one it corrects, else the one a follow-up copied. */
function earlierContent(db: ReadableDb, intake: Intake): IntakeContent | null {
  const earlierId = intake.supersedesId ?? intake.content.copiedFrom?.intakeId ?? null;
  if (!earlierId) return null;
  const earlier = getIntake(db, earlierId);
  return earlier && earlier.patientId === intake.patientId ? earlier.content : null;
}

/** Takes a just-finalised intake's actions over into the living list (see the top of this file). */
export function takeOverIntakeActions(deps: WriteDeps, intake: Intake, by: string | null): { added: number; changed: number } {
  const earlier = new Map((earlierContent(deps.db, intake)?.actions ?? []).map((a) => [a.id, a] as const));
  let added = 0;
  let changed = 0;
  for (const a of intake.content.actions) {
    if (a.text.trim() === '') continue;
    const onList = actionFromItem(deps.db, intake.patientId, 'intake', a.id);
    if (!onList) {
      addActions(deps, intake.patientId, [{ itemId: a.id, text: a.text, owner: ownerFromIntake(deps.db, a.owner), dueDate: a.dueDate, status: a.status }], { kind: 'intake', id: intake.id }, by);
      added++;
      continue;
    }
    const before: IntakeAction | undefined = earlier.get(a.id);
    const textChanged = !before || before.text.trim() !== a.text.trim();
    const ownerChanged = !before || !sameIntakeOwner(before.owner, a.owner);
    const dueChanged = !before || before.dueDate !== a.dueDate;
    let revision = onList.revision;
    if (textChanged || ownerChanged || dueChanged) {
      const owner = ownerChanged ? ownerFromIntake(deps.db, a.owner) : null;
      const row: ActionRow = {
        text: textChanged ? a.text.trim() : onList.text,
        dueDate: dueChanged ? a.dueDate : onList.dueDate,
        ...(owner ? checkedOwner(deps.db, owner, onList.owner, { allowInactive: true }) : keptOwner(onList.owner)),
      };
      if (row.text !== onList.text || row.dueDate !== onList.dueDate || owner) {
        updateAction(deps, onList.id, revision, row);
        revision++;
        changed++;
      }
    }
    if ((!before || before.status !== a.status) && a.status !== onList.status) {
      setActionStatus(deps, onList.id, revision, a.status, by);
      changed++;
    }
  }
  return { added, changed };
}

/** The row that keeps an action's current owner as it is. */
export function keptOwner(o: PlanOwnerView): Pick<ActionRow, 'owner' | 'contactOrganisationId'> {
  switch (o.kind) {
    case 'staff':
      return { owner: { kind: 'staff', staffId: o.staffId! }, contactOrganisationId: null };
    case 'organisation':
      return { owner: { kind: 'organisation', organisationId: o.organisationId! }, contactOrganisationId: null };
    case 'contact':
      return { owner: { kind: 'contact', contactId: o.contactId! }, contactOrganisationId: o.organisationId };
    case 'text':
      return { owner: { kind: 'text', text: o.label }, contactOrganisationId: null };
    default:
      return { owner: { kind: o.kind as 'patient' | 'none' }, contactOrganisationId: null };
  }
}
