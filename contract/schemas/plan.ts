// The patient's network (organisations, contact persons and mantelzorgers involved) and the living plan:
// the actions agreed in final intakes (and later drie-gesprekken) as one list that outlives the intake.
// Intakes stay snapshots; the list keeps its own status history (who changed what, when).
import { z } from 'zod';
import { emailField, phoneField } from './contact-fields';
import { ACTION_STATUSES, type ActionStatus } from './intake';
import { isIsoDate } from './dates';
import { singleLineText } from './text-fields';

const id = z.string('validation.required').uuid('validation.id');
const isoDate = z.string('validation.date').max(10, 'validation.tooLong').refine(isIsoDate, 'validation.date');
const optionalDate = z.union([isoDate, z.literal('')], 'validation.date');
const revision = z.number('validation.invalid').int('validation.invalid').min(1, 'validation.invalid').max(Number.MAX_SAFE_INTEGER, 'validation.invalid');

// ---- Network ----

export const NETWORK_KINDS = ['organisation', 'contact', 'carer'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

const networkCommon = {
  /** What they do for the patient ("schuldhulpverlener", "doet de boodschappen"). */
  role: singleLineText(120),
  /** Since when they are involved; empty when unknown. */
  since: optionalDate,
};

export const networkEntryInputSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('organisation'), organisationId: id, ...networkCommon }).strict(),
    z.object({ kind: z.literal('contact'), contactId: id, ...networkCommon }).strict(),
    z
      .object({
        kind: z.literal('carer'),
        name: singleLineText(120, { required: true }),
        /** "dochter", "buurman". */
        relation: singleLineText(60, { required: true }),
        phone: phoneField(),
        email: emailField(),
        ...networkCommon,
      })
      .strict(),
  ],
  'validation.choice',
);
export type NetworkEntryInput = z.output<typeof networkEntryInputSchema>;

export const networkEndSchema = z.object({ id, revision, endDate: isoDate }).strict();

export interface NetworkEntry {
  id: string;
  kind: NetworkKind;
  /** The organisation (kind organisation, or the contact person's organisation). */
  organisationId: string | null;
  organisationName: string;
  /** False when the sociale kaart deactivated it: still shown by name. */
  organisationActive: boolean;
  contactId: string | null;
  contactName: string;
  contactFunction: string;
  contactActive: boolean;
  /** Phone and e-mail: the carer's own, or the contact's (else the organisation's) from the sociale kaart. */
  phone: string;
  email: string;
  /** Carers only. */
  name: string;
  relation: string;
  role: string;
  since: string;
  /** Empty while involved. */
  endDate: string;
  revision: number;
}

export interface PatientNetwork {
  /** Current first (by kind, then name), then ended ones, newest end first. */
  entries: NetworkEntry[];
}

// ---- The living plan ----

export const PLAN_OWNER_KINDS = ['patient', 'staff', 'contact', 'organisation', 'text', 'none'] as const;
export type PlanOwnerKind = (typeof PLAN_OWNER_KINDS)[number];

export const planOwnerSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('patient') }).strict(),
    z.object({ kind: z.literal('staff'), staffId: id }).strict(),
    z.object({ kind: z.literal('contact'), contactId: id }).strict(),
    z.object({ kind: z.literal('organisation'), organisationId: id }).strict(),
    /** Someone not on the sociale kaart, by name. */
    z.object({ kind: z.literal('text'), text: singleLineText(120, { required: true }) }).strict(),
    z.object({ kind: z.literal('none') }).strict(),
  ],
  'validation.choice',
);
export type PlanOwner = z.output<typeof planOwnerSchema>;

export const planActionInputSchema = z
  .object({
    text: singleLineText(300, { required: true }),
    owner: planOwnerSchema,
    dueDate: optionalDate,
  })
  .strict();
export type PlanActionInput = z.output<typeof planActionInputSchema>;

/** Where an action on the list came from. A meeting (drie-gesprek) adds its agreements later. */
export const ACTION_SOURCE_KINDS = ['intake', 'meeting', 'manual'] as const;
export type ActionSourceKind = (typeof ACTION_SOURCE_KINDS)[number];

/** An owner as shown: the ids plus the names as they are now (a deactivated partner keeps its name). */
export interface PlanOwnerView {
  kind: PlanOwnerKind;
  staffId: string | null;
  organisationId: string | null;
  contactId: string | null;
  /** The name to show: staff member, contact person (with organisation), organisation, or the free text. */
  label: string;
  /** False when the named staff member or partner is no longer active. */
  active: boolean;
}

export interface ActionStatusChange {
  status: ActionStatus;
  /** Staff id; null when the migration took it over from an intake written before the list existed. */
  changedBy: string | null;
  changedByName: string;
  changedAt: string;
}

export interface PatientAction {
  id: string;
  patientId: string;
  text: string;
  owner: PlanOwnerView;
  dueDate: string;
  status: ActionStatus;
  /** The last status change: who and when (the newest entry of `history`). */
  statusChangedBy: string | null;
  statusChangedByName: string;
  statusChangedAt: string;
  /** Where it came from; `itemId` the action's id inside that intake or meeting (null when added on the list). */
  source: { kind: ActionSourceKind; id: string | null; itemId: string | null };
  /** Oldest first. */
  history: ActionStatusChange[];
  revision: number;
}

export interface PatientActions {
  /** Open first (by due date, none last), then done and cancelled, newest change first. */
  actions: PatientAction[];
}

export const actionStatusInputSchema = z
  .object({ id, revision, status: z.enum(ACTION_STATUSES, 'validation.choice') })
  .strict();

/** The signed-in person's open actions that are overdue or due within `MY_ACTIONS_DAYS`, across patients. */
export const MY_ACTIONS_DAYS = 7;

export interface MyAction {
  action: PatientAction;
  patient: { id: string; initials: string; givenName: string; prefix: string; surname: string; dateOfBirth: string };
  overdue: boolean;
}

export interface MyActions {
  today: string;
  /** Due date first. */
  items: MyAction[];
}

export type { ActionStatus };
export { ACTION_STATUSES, id as planIdSchema, revision as planRevisionSchema };
