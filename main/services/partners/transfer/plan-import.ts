// Reads a sociale kaart file and decides, without writing, what an import would do: rows with the same
// organisation name (folded) make one organisation; an organisation or contact person whose folded name
// already exists is updated, any other is added. Nothing is deleted or deactivated.
import type { PartnerImportCounts, PartnerImportPreview, PartnerImportRowError } from '../../../../contract/schemas/partner-transfer';
import type { ContactInput, Organisation, OrganisationInput, PartnerContact } from '../../../../contract/schemas/partners';
import { foldText } from '../../../../contract/schemas/text';
import type { ReadableDb } from '../../../../db/handles';
import { listOrganisations } from '../../../../db/partners';
import { checkContact, checkOrganisation, checkOrganisationName } from './check-row';
import { HEADER_OF, ORGANISATION_COLUMNS } from './csv-columns';
import { fileRows, type FileRow } from './file-rows';
import { readCsvFile } from './read-csv-file';

export interface PlannedContact {
  existingId: string | null;
  changed: boolean;
  input: ContactInput;
}

export interface PlannedOrganisation {
  existingId: string | null;
  changed: boolean;
  input: OrganisationInput;
  contacts: PlannedContact[];
}

export interface PartnerImportPlan {
  preview: PartnerImportPreview;
  organisations: PlannedOrganisation[];
}

interface Group {
  first: FileRow;
  input: OrganisationInput | null;
  contacts: { line: number; input: ContactInput }[];
}

/** Case, accents and runs of spaces do not make another organisation or person. */
const nameKey = (name: string) => foldText(name).replace(/\s+/g, ' ').trim();

const sameValues = (input: object, current: object) =>
  Object.entries(input).every(([key, value]) => JSON.stringify(value) === JSON.stringify((current as Record<string, unknown>)[key]));

/** Rows grouped per organisation; a later row's organisation cells must be empty or the same as the first's. */
function groupRows(rows: FileRow[], errors: PartnerImportRowError[]): Group[] {
  const groups = new Map<string, Group>();
  for (const row of rows) {
    const name = checkOrganisationName(row.cells, row.line, errors);
    const contact = checkContact(row.cells, row.line, errors);
    if (name === null) continue;
    const key = nameKey(name);
    let group = groups.get(key);
    if (!group) {
      // The organisation's cells are checked on its first row only; later rows must repeat them or stay empty.
      group = { first: row, input: checkOrganisation(row.cells, row.line, errors), contacts: [] };
      groups.set(key, group);
    } else {
      for (const column of ORGANISATION_COLUMNS) {
        const cell = row.cells[column].trim();
        if (column !== 'organisation' && cell !== '' && cell !== group.first.cells[column].trim()) {
          errors.push({ line: row.line, column: HEADER_OF[column], key: 'partnerTransfer.issue.organisationDiffers' });
        }
      }
    }
    if (!contact) continue;
    if (group.contacts.some((c) => nameKey(c.input.name) === nameKey(contact.name))) {
      errors.push({ line: row.line, column: HEADER_OF.contact, key: 'partnerTransfer.issue.duplicateContact' });
    } else {
      group.contacts.push({ line: row.line, input: contact });
    }
  }
  return [...groups.values()];
}

function planContacts(group: Group, existing: Organisation | undefined, errors: PartnerImportRowError[]): PlannedContact[] {
  const byName = new Map<string, PartnerContact>((existing?.contacts ?? []).map((c) => [nameKey(c.name), c]));
  return group.contacts.map(({ line, input }) => {
    const current = byName.get(nameKey(input.name));
    if (!current && existing && !existing.active) errors.push({ line, column: HEADER_OF.organisation, key: 'partnerTransfer.issue.organisationInactive' });
    return { existingId: current?.id ?? null, changed: !current || !sameValues(input, current), input };
  });
}

const zero = (): PartnerImportCounts => ({ organisations: 0, contacts: 0 });

export function planPartnerImport(db: ReadableDb, contentBase64: string): PartnerImportPlan {
  const csv = readCsvFile(contentBase64);
  const errors: PartnerImportRowError[] = [];
  const groups = groupRows(fileRows(csv, errors), errors);
  const existingByName = new Map(listOrganisations(db).map((o) => [nameKey(o.name), o]));
  const organisations: PlannedOrganisation[] = [];
  for (const group of groups) {
    if (!group.input) continue;
    const existing = existingByName.get(nameKey(group.input.name));
    const contacts = planContacts(group, existing, errors);
    organisations.push({ existingId: existing?.id ?? null, changed: !existing || !sameValues(group.input, existing), input: group.input, contacts });
  }
  const counts = { new: zero(), updated: zero(), unchanged: zero() };
  const outcome = (existingId: string | null, changed: boolean) => (existingId === null ? counts.new : changed ? counts.updated : counts.unchanged);
  for (const o of organisations) {
    outcome(o.existingId, o.changed).organisations++;
    for (const c of o.contacts) outcome(c.existingId, c.changed).contacts++;
  }
  errors.sort((a, b) => a.line - b.line);
  const preview: PartnerImportPreview = {
    encoding: csv.encoding,
    delimiter: csv.delimiter,
    rows: csv.rows.length,
    organisations: groups.length,
    contacts: groups.reduce((n, g) => n + g.contacts.length, 0),
    ...counts,
    errors,
  };
  return { preview, organisations };
}
