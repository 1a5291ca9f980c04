// The patient's network rows: organisations, contact persons and mantelzorgers involved. Names come from
// the sociale kaart as it is now (a deactivated partner still shows by name); an entry is ended, never deleted.
import type { NetworkEntry, NetworkEntryInput, NetworkKind } from '../contract/schemas/plan';
import type { ReadableDb } from './handles';
import type { WriteDeps } from './patients/write';
import { prepared, preparedRead } from './statement-cache';

interface Row {
  id: string;
  patient_id: string;
  kind: NetworkKind;
  organisation_id: string | null;
  organisation_name: string | null;
  organisation_active: 0 | 1 | null;
  organisation_phone: string | null;
  organisation_email: string | null;
  contact_id: string | null;
  contact_name: string | null;
  contact_function: string | null;
  contact_active: 0 | 1 | null;
  contact_phone: string | null;
  contact_email: string | null;
  name: string;
  relation: string;
  phone: string;
  email: string;
  role: string;
  since: string;
  end_date: string;
  revision: number;
}

const SELECT = `SELECT n.id, n.patient_id, n.kind, n.organisation_id, o.name AS organisation_name, o.active AS organisation_active,
    o.phone AS organisation_phone, o.email AS organisation_email, n.contact_id, c.name AS contact_name, c.function AS contact_function,
    c.active AS contact_active, c.phone AS contact_phone, c.email AS contact_email, n.name, n.relation, n.phone, n.email, n.role, n.since,
    n.end_date, n.revision
  FROM patient_network n LEFT JOIN partner_organisations o ON o.id = n.organisation_id LEFT JOIN partner_contacts c ON c.id = n.contact_id`;

function fromRow(r: Row): NetworkEntry {
  const fromKaart = r.kind !== 'carer';
  return {
    id: r.id,
    kind: r.kind,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name ?? '',
    organisationActive: r.organisation_active !== 0,
    contactId: r.contact_id,
    contactName: r.contact_name ?? '',
    contactFunction: r.contact_function ?? '',
    contactActive: r.contact_active !== 0,
    phone: fromKaart ? r.contact_phone || r.organisation_phone || '' : r.phone,
    email: fromKaart ? r.contact_email || r.organisation_email || '' : r.email,
    name: r.name,
    relation: r.relation,
    role: r.role,
    since: r.since,
    endDate: r.end_date,
    revision: r.revision,
  };
}

const KIND_ORDER: Record<NetworkKind, number> = { carer: 0, contact: 1, organisation: 2 };
const shownName = (e: NetworkEntry) => (e.kind === 'carer' ? e.name : e.kind === 'contact' ? e.contactName : e.organisationName);

/** Current entries first (carers, contact persons, organisations; by name), then ended ones, newest end first. */
export function networkOf(db: ReadableDb, patientId: string): NetworkEntry[] {
  const entries = (preparedRead(db, `${SELECT} WHERE n.patient_id = ?`).all(patientId) as Row[]).map(fromRow);
  return entries.sort((a, b) => {
    if ((a.endDate === '') !== (b.endDate === '')) return a.endDate === '' ? -1 : 1;
    if (a.endDate !== b.endDate) return b.endDate.localeCompare(a.endDate);
    return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || shownName(a).localeCompare(shownName(b), 'nl', { sensitivity: 'base' });
  });
}

export function getNetworkEntry(db: ReadableDb, id: string): (NetworkEntry & { patientId: string }) | null {
  const row = preparedRead(db, `${SELECT} WHERE n.id = ?`).get(id) as Row | undefined;
  return row ? { ...fromRow(row), patientId: row.patient_id } : null;
}

/** A current entry of this patient for the same organisation (kind organisation) or contact person, if any. */
export function currentEntryFor(db: ReadableDb, patientId: string, kind: 'organisation' | 'contact', partnerId: string): string | null {
  const column = kind === 'organisation' ? "kind = 'organisation' AND organisation_id" : "kind = 'contact' AND contact_id";
  const row = preparedRead(db, `SELECT id FROM patient_network WHERE patient_id = ? AND end_date = '' AND ${column} = ?`).get(patientId, partnerId) as
    | { id: string }
    | undefined;
  return row?.id ?? null;
}

/** The columns an input sets; `organisationId` is the contact person's organisation for kind contact. */
function values(e: NetworkEntryInput, organisationId: string | null): unknown[] {
  if (e.kind === 'carer') return [e.kind, null, null, e.name, e.relation, e.phone, e.email, e.role, e.since];
  if (e.kind === 'contact') return [e.kind, organisationId, e.contactId, '', '', '', '', e.role, e.since];
  return [e.kind, e.organisationId, null, '', '', '', '', e.role, e.since];
}

export function insertNetworkEntry(deps: WriteDeps, patientId: string, e: NetworkEntryInput, organisationId: string | null, by: string): string {
  const id = deps.ids.next();
  const now = deps.clock.now();
  prepared(
    deps.db,
    `INSERT INTO patient_network(id, patient_id, kind, organisation_id, contact_id, name, relation, phone, email, role, since, created_by, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, patientId, ...values(e, organisationId), by, now, now);
  return id;
}

/** Saves when the caller had the latest revision; false on a stale one. */
export function updateNetworkEntry(deps: WriteDeps, id: string, revision: number, e: NetworkEntryInput, organisationId: string | null): boolean {
  return (
    prepared(
      deps.db,
      `UPDATE patient_network SET kind = ?, organisation_id = ?, contact_id = ?, name = ?, relation = ?, phone = ?, email = ?, role = ?, since = ?,
         updated_at = ?, revision = revision + 1 WHERE id = ? AND revision = ? AND end_date = ''`,
    ).run(...values(e, organisationId), deps.clock.now(), id, revision).changes === 1
  );
}

export function endNetworkEntry(deps: WriteDeps, id: string, revision: number, endDate: string, by: string): boolean {
  return (
    prepared(
      deps.db,
      `UPDATE patient_network SET end_date = ?, ended_by = ?, updated_at = ?, revision = revision + 1 WHERE id = ? AND revision = ? AND end_date = ''`,
    ).run(endDate, by, deps.clock.now(), id, revision).changes === 1
  );
}
