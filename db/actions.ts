// The living plan's rows: a patient's actions with their owner (resolved to names as they are now) and an
// append-only status history. The service decides what may change; this file only reads and writes.
import type { ActionStatus } from '../contract/schemas/intake';
import type {
  ActionSourceKind,
  ActionStatusChange,
  MyAction,
  PatientAction,
  PlanOwner,
  PlanOwnerKind,
  PlanOwnerView,
} from '../contract/schemas/plan';
import type { ReadableDb } from './handles';
import type { WriteDeps } from './patients/write';
import { prepared, preparedRead } from './statement-cache';

interface Row {
  id: string;
  patient_id: string;
  text: string;
  owner_kind: PlanOwnerKind;
  owner_staff_id: string | null;
  owner_organisation_id: string | null;
  owner_contact_id: string | null;
  owner_text: string;
  due_date: string;
  status: ActionStatus;
  status_changed_by: string | null;
  status_changed_at: string;
  source_kind: ActionSourceKind;
  source_id: string | null;
  source_item_id: string | null;
  revision: number;
  staff_name: string | null;
  staff_active: number | null;
  organisation_name: string | null;
  organisation_active: number | null;
  contact_name: string | null;
  contact_active: number | null;
  changed_by_name: string | null;
}

const SELECT = `SELECT a.*, s.name AS staff_name, s.active AS staff_active, o.name AS organisation_name, o.active AS organisation_active,
    c.name AS contact_name, c.active AS contact_active, cb.name AS changed_by_name
  FROM patient_actions a
  LEFT JOIN staff s ON s.id = a.owner_staff_id
  LEFT JOIN partner_organisations o ON o.id = a.owner_organisation_id
  LEFT JOIN partner_contacts c ON c.id = a.owner_contact_id
  LEFT JOIN staff cb ON cb.id = a.status_changed_by`;

/** How names are compared with the sociale kaart: case, accents' composition and spacing aside. */
export function foldName(name: string): string {
  return name.normalize('NFC').toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();
}

/** The one organisation on the sociale kaart with this name (folded), active ones first; null when none or several. */
export function organisationNamed(db: ReadableDb, name: string): string | null {
  const key = foldName(name);
  if (key === '') return null;
  const rows = preparedRead(db, 'SELECT id, name, active FROM partner_organisations').all() as { id: string; name: string; active: number }[];
  const matches = rows.filter((r) => foldName(r.name) === key);
  return matches.length === 1 ? matches[0]!.id : null;
}

function ownerOf(r: Row): PlanOwnerView {
  const base = { kind: r.owner_kind, staffId: r.owner_staff_id, organisationId: r.owner_organisation_id, contactId: r.owner_contact_id };
  switch (r.owner_kind) {
    case 'staff':
      return { ...base, label: r.staff_name ?? '', active: r.staff_active !== 0 };
    case 'contact':
      return { ...base, label: `${r.contact_name ?? ''} (${r.organisation_name ?? ''})`, active: r.contact_active !== 0 && r.organisation_active !== 0 };
    case 'organisation':
      return { ...base, label: r.organisation_name ?? '', active: r.organisation_active !== 0 };
    case 'text':
      return { ...base, label: r.owner_text, active: true };
    default:
      return { ...base, label: '', active: true };
  }
}

function historiesOf(db: ReadableDb, ids: string[]): Map<string, ActionStatusChange[]> {
  const map = new Map<string, ActionStatusChange[]>();
  if (ids.length === 0) return map;
  // One query per patient list: the ids are few (a plan has tens of actions), chunked to stay under SQLite's limit.
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const rows = preparedRead(
      db,
      `SELECT h.action_id, h.status, h.changed_by, h.changed_at, s.name AS changed_by_name FROM patient_action_history h
       LEFT JOIN staff s ON s.id = h.changed_by WHERE h.action_id IN (${chunk.map(() => '?').join(', ')}) ORDER BY h.seq`,
    ).all(...chunk) as { action_id: string; status: ActionStatus; changed_by: string | null; changed_at: string; changed_by_name: string | null }[];
    for (const r of rows) {
      const list = map.get(r.action_id) ?? [];
      list.push({ status: r.status, changedBy: r.changed_by, changedByName: r.changed_by_name ?? r.changed_by ?? '', changedAt: r.changed_at });
      map.set(r.action_id, list);
    }
  }
  return map;
}

function fromRows(db: ReadableDb, rows: Row[]): PatientAction[] {
  const histories = historiesOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    patientId: r.patient_id,
    text: r.text,
    owner: ownerOf(r),
    dueDate: r.due_date,
    status: r.status,
    statusChangedBy: r.status_changed_by,
    statusChangedByName: r.changed_by_name ?? r.status_changed_by ?? '',
    statusChangedAt: r.status_changed_at,
    source: { kind: r.source_kind, id: r.source_id, itemId: r.source_item_id },
    history: histories.get(r.id) ?? [],
    revision: r.revision,
  }));
}

const STATUS_ORDER = `CASE a.status WHEN 'open' THEN 0 ELSE 1 END,
  CASE WHEN a.status = 'open' THEN (CASE WHEN a.due_date = '' THEN '9999' ELSE a.due_date END) ELSE '' END,
  CASE WHEN a.status = 'open' THEN '' ELSE a.status_changed_at END DESC, a.created_at, a.id`;

/** Open first (due date first, none last), then done and cancelled, newest change first. */
export function actionsOf(db: ReadableDb, patientId: string): PatientAction[] {
  return fromRows(db, preparedRead(db, `${SELECT} WHERE a.patient_id = ? ORDER BY ${STATUS_ORDER}`).all(patientId) as Row[]);
}

/** A patient's open actions, due date first: for a drie-gesprek's agenda. */
export function openActionsOf(db: ReadableDb, patientId: string): PatientAction[] {
  return fromRows(db, preparedRead(db, `${SELECT} WHERE a.patient_id = ? AND a.status = 'open' ORDER BY ${STATUS_ORDER}`).all(patientId) as Row[]);
}

export function getAction(db: ReadableDb, id: string): PatientAction | null {
  const rows = preparedRead(db, `${SELECT} WHERE a.id = ?`).all(id) as Row[];
  return rows.length ? fromRows(db, rows)[0]! : null;
}

/** The action that came from this item of a source of this kind (an intake action's id through follow-ups), if any. */
export function actionFromItem(db: ReadableDb, patientId: string, sourceKind: ActionSourceKind, itemId: string): PatientAction | null {
  const rows = preparedRead(db, `${SELECT} WHERE a.patient_id = ? AND a.source_kind = ? AND a.source_item_id = ?`).all(patientId, sourceKind, itemId) as Row[];
  return rows.length ? fromRows(db, rows)[0]! : null;
}

/** Open actions owned by this staff member, due on or before `until`, across patients still on the roster. */
export function openActionsOwnedBy(db: ReadableDb, staffId: string, until: string, today: string): MyAction[] {
  const rows = preparedRead(
    db,
    `${SELECT} JOIN patients p ON p.id = a.patient_id
     WHERE a.owner_staff_id = ? AND a.status = 'open' AND a.due_date <> '' AND a.due_date <= ? AND p.archived_at IS NULL
     ORDER BY a.due_date, a.created_at, a.id`,
  ).all(staffId, until) as Row[];
  const patients = new Map(
    (rows.length
      ? (preparedRead(
          db,
          `SELECT id, initials, given_name, prefix, surname, date_of_birth FROM patients WHERE id IN (SELECT a.patient_id FROM patient_actions a
           WHERE a.owner_staff_id = ? AND a.status = 'open' AND a.due_date <> '' AND a.due_date <= ?)`,
        ).all(staffId, until) as { id: string; initials: string; given_name: string; prefix: string; surname: string; date_of_birth: string }[])
      : []
    ).map((p) => [p.id, { id: p.id, initials: p.initials, givenName: p.given_name, prefix: p.prefix, surname: p.surname, dateOfBirth: p.date_of_birth }]),
  );
  return fromRows(db, rows).map((action) => ({ action, patient: patients.get(action.patientId)!, overdue: action.dueDate < today }));
}

function ownerColumns(o: PlanOwner, contactOrganisationId: string | null): [PlanOwnerKind, string | null, string | null, string | null, string] {
  switch (o.kind) {
    case 'staff':
      return ['staff', o.staffId, null, null, ''];
    case 'organisation':
      return ['organisation', null, o.organisationId, null, ''];
    case 'contact':
      return ['contact', null, contactOrganisationId, o.contactId, ''];
    case 'text':
      return ['text', null, null, null, o.text];
    default:
      return [o.kind, null, null, null, ''];
  }
}

export interface ActionRow {
  text: string;
  owner: PlanOwner;
  /** For an owner of kind contact: the contact person's organisation. */
  contactOrganisationId: string | null;
  dueDate: string;
}

/** Inserts an action and the first entry of its status history. `by` null: nobody signed in (never from a channel). */
export function insertAction(
  deps: WriteDeps,
  patientId: string,
  a: ActionRow,
  status: ActionStatus,
  source: { kind: ActionSourceKind; id: string | null; itemId: string | null },
  by: string | null,
): string {
  const id = deps.ids.next();
  const now = deps.clock.now();
  prepared(
    deps.db,
    `INSERT INTO patient_actions(id, patient_id, text, owner_kind, owner_staff_id, owner_organisation_id, owner_contact_id, owner_text, due_date,
       status, status_changed_by, status_changed_at, source_kind, source_id, source_item_id, created_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, patientId, a.text, ...ownerColumns(a.owner, a.contactOrganisationId), a.dueDate, status, by, now, source.kind, source.id, source.itemId, by, now, now);
  appendHistory(deps, id, status, by, now);
  return id;
}

/** Changes text, owner and due date when the caller had the latest revision; false on a stale one. */
export function updateAction(deps: WriteDeps, id: string, revision: number, a: ActionRow): boolean {
  return (
    prepared(
      deps.db,
      `UPDATE patient_actions SET text = ?, owner_kind = ?, owner_staff_id = ?, owner_organisation_id = ?, owner_contact_id = ?, owner_text = ?,
         due_date = ?, updated_at = ?, revision = revision + 1 WHERE id = ? AND revision = ?`,
    ).run(a.text, ...ownerColumns(a.owner, a.contactOrganisationId), a.dueDate, deps.clock.now(), id, revision).changes === 1
  );
}

/** Sets the status (and its history entry) when the caller had the latest revision; false on a stale one. */
export function setActionStatus(deps: WriteDeps, id: string, revision: number, status: ActionStatus, by: string | null): boolean {
  const now = deps.clock.now();
  const changed =
    prepared(
      deps.db,
      `UPDATE patient_actions SET status = ?, status_changed_by = ?, status_changed_at = ?, updated_at = ?, revision = revision + 1
       WHERE id = ? AND revision = ?`,
    ).run(status, by, now, now, id, revision).changes === 1;
  if (changed) appendHistory(deps, id, status, by, now);
  return changed;
}

function appendHistory(deps: WriteDeps, actionId: string, status: ActionStatus, by: string | null, at: string): void {
  prepared(deps.db, 'INSERT INTO patient_action_history(action_id, status, changed_by, changed_at) VALUES (?, ?, ?, ?)').run(actionId, status, by, at);
}
