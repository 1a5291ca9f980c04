// The sociale kaart's rows: organisations and contact persons, read whole (a practice has tens to a few
// hundred) and filtered in memory by the service.
import type { ContactInput, Organisation, OrganisationInput, PartnerContact, PartnerType } from '../contract/schemas/partners';
import type { Weekday } from '../contract/schemas/staff';
import type { ReadableDb } from './handles';
import type { WriteDeps } from './patients/write';
import { prepared, preparedRead } from './statement-cache';

interface OrganisationRow {
  id: string;
  name: string;
  type: string;
  wijken: string;
  phone: string;
  email: string;
  email_secure: 0 | 1;
  street: string;
  house_number: string;
  postcode: string;
  city: string;
  notes: string;
  active: 0 | 1;
  revision: number;
}

interface ContactRow {
  id: string;
  organisation_id: string;
  name: string;
  function: string;
  phone: string;
  email: string;
  wijken: string;
  reachable_days: string;
  active: 0 | 1;
  revision: number;
}

const ORGANISATION_COLUMNS = 'id, name, type, wijken, phone, email, email_secure, street, house_number, postcode, city, notes, active, revision';
const CONTACT_COLUMNS = 'id, organisation_id, name, function, phone, email, wijken, reachable_days, active, revision';

function contactFrom(r: ContactRow): PartnerContact {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    name: r.name,
    function: r.function,
    phone: r.phone,
    email: r.email,
    wijken: JSON.parse(r.wijken) as string[],
    reachableDays: JSON.parse(r.reachable_days) as Weekday[],
    active: r.active === 1,
    revision: r.revision,
  };
}

function organisationFrom(r: OrganisationRow, contacts: PartnerContact[]): Organisation {
  return {
    id: r.id,
    name: r.name,
    type: r.type as PartnerType,
    wijken: JSON.parse(r.wijken) as string[],
    phone: r.phone,
    email: r.email,
    emailSecure: r.email_secure === 1,
    street: r.street,
    houseNumber: r.house_number,
    postcode: r.postcode,
    city: r.city,
    notes: r.notes,
    active: r.active === 1,
    revision: r.revision,
    contacts,
  };
}

const byActiveThenName = <T extends { active: boolean; name: string }>(a: T, b: T) =>
  Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' });

/** Every organisation with its contacts, active first, then by name. */
export function listOrganisations(db: ReadableDb): Organisation[] {
  const contacts = new Map<string, PartnerContact[]>();
  for (const row of preparedRead(db, `SELECT ${CONTACT_COLUMNS} FROM partner_contacts`).all() as ContactRow[]) {
    const list = contacts.get(row.organisation_id) ?? [];
    list.push(contactFrom(row));
    contacts.set(row.organisation_id, list);
  }
  const rows = preparedRead(db, `SELECT ${ORGANISATION_COLUMNS} FROM partner_organisations`).all() as OrganisationRow[];
  return rows.map((r) => organisationFrom(r, (contacts.get(r.id) ?? []).sort(byActiveThenName))).sort(byActiveThenName);
}

export function getOrganisation(db: ReadableDb, id: string): Organisation | null {
  const row = preparedRead(db, `SELECT ${ORGANISATION_COLUMNS} FROM partner_organisations WHERE id = ?`).get(id) as OrganisationRow | undefined;
  if (!row) return null;
  const contacts = (preparedRead(db, `SELECT ${CONTACT_COLUMNS} FROM partner_contacts WHERE organisation_id = ?`).all(id) as ContactRow[]).map(contactFrom);
  return organisationFrom(row, contacts.sort(byActiveThenName));
}

export function getContact(db: ReadableDb, id: string): PartnerContact | null {
  const row = preparedRead(db, `SELECT ${CONTACT_COLUMNS} FROM partner_contacts WHERE id = ?`).get(id) as ContactRow | undefined;
  return row ? contactFrom(row) : null;
}

function organisationValues(o: OrganisationInput): unknown[] {
  return [o.name, o.type, JSON.stringify(o.wijken), o.phone, o.email, o.emailSecure ? 1 : 0, o.street, o.houseNumber, o.postcode, o.city, o.notes];
}

export function insertOrganisation(deps: WriteDeps, o: OrganisationInput): string {
  const id = deps.ids.next();
  const now = deps.clock.now();
  prepared(
    deps.db,
    `INSERT INTO partner_organisations(id, name, type, wijken, phone, email, email_secure, street, house_number, postcode, city, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, ...organisationValues(o), now, now);
  return id;
}

export function updateOrganisation(deps: WriteDeps, id: string, o: OrganisationInput): void {
  prepared(
    deps.db,
    `UPDATE partner_organisations SET name = ?, type = ?, wijken = ?, phone = ?, email = ?, email_secure = ?, street = ?, house_number = ?,
       postcode = ?, city = ?, notes = ?, updated_at = ?, revision = revision + 1 WHERE id = ?`,
  ).run(...organisationValues(o), deps.clock.now(), id);
}

export function setOrganisationActive(deps: WriteDeps, id: string, active: boolean): void {
  prepared(deps.db, 'UPDATE partner_organisations SET active = ?, updated_at = ?, revision = revision + 1 WHERE id = ?').run(active ? 1 : 0, deps.clock.now(), id);
}

function contactValues(c: ContactInput): unknown[] {
  return [c.name, c.function, c.phone, c.email, JSON.stringify(c.wijken), JSON.stringify(c.reachableDays)];
}

export function insertContact(deps: WriteDeps, organisationId: string, c: ContactInput): string {
  const id = deps.ids.next();
  const now = deps.clock.now();
  prepared(
    deps.db,
    `INSERT INTO partner_contacts(id, organisation_id, name, function, phone, email, wijken, reachable_days, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, organisationId, ...contactValues(c), now, now);
  return id;
}

export function updateContact(deps: WriteDeps, id: string, c: ContactInput): void {
  prepared(
    deps.db,
    'UPDATE partner_contacts SET name = ?, function = ?, phone = ?, email = ?, wijken = ?, reachable_days = ?, updated_at = ?, revision = revision + 1 WHERE id = ?',
  ).run(...contactValues(c), deps.clock.now(), id);
}

export function setContactActive(deps: WriteDeps, id: string, active: boolean): void {
  prepared(deps.db, 'UPDATE partner_contacts SET active = ?, updated_at = ?, revision = revision + 1 WHERE id = ?').run(active ? 1 : 0, deps.clock.now(), id);
}
