// One row of the sociale kaart file to an organisation and (when named) a contact person, each through
// the same schemas the forms use, with every problem named by its column.
import type { z } from 'zod';
import type { PartnerImportRowError } from '../../../../contract/schemas/partner-transfer';
import { contactInputSchema, organisationInputSchema, type ContactInput, type OrganisationInput } from '../../../../contract/schemas/partners';
import { CONTACT_COLUMNS, daysOfCell, HEADER_OF, typeOfWord, wijkenOfCell, yesNoOfCell, type PartnerColumn } from './csv-columns';

export type RowCells = Record<PartnerColumn, string>;

/** The export's guard against formulas (a leading `'` before = + - @ tab CR) taken off again. */
export function unguardCell(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

const ORGANISATION_FIELD_COLUMN: Record<keyof OrganisationInput, PartnerColumn> = {
  name: 'organisation',
  type: 'type',
  wijken: 'wijken',
  phone: 'phone',
  email: 'email',
  emailSecure: 'emailSecure',
  street: 'street',
  houseNumber: 'houseNumber',
  postcode: 'postcode',
  city: 'city',
  notes: 'notes',
};

const CONTACT_FIELD_COLUMN: Record<keyof ContactInput, PartnerColumn> = {
  name: 'contact',
  function: 'contactFunction',
  phone: 'contactPhone',
  email: 'contactEmail',
  wijken: 'contactWijken',
  reachableDays: 'contactDays',
};

type Errors = PartnerImportRowError[];

function issuesTo(errors: Errors, line: number, issues: z.core.$ZodIssue[], columnOf: Record<string, PartnerColumn>): void {
  for (const issue of issues) {
    const column = columnOf[String(issue.path[0])];
    errors.push({ line, column: column ? HEADER_OF[column] : undefined, key: issue.message });
  }
}

export function checkOrganisation(cells: RowCells, line: number, errors: Errors): OrganisationInput | null {
  const type = typeOfWord(cells.type);
  const emailSecure = yesNoOfCell(cells.emailSecure);
  const before = errors.length;
  if (type === null) errors.push({ line, column: HEADER_OF.type, key: 'partnerTransfer.issue.unknownType' });
  if (emailSecure === null) errors.push({ line, column: HEADER_OF.emailSecure, key: 'partnerTransfer.issue.yesNo' });
  const parsed = organisationInputSchema.safeParse({
    name: cells.organisation,
    type: type ?? 'other',
    wijken: wijkenOfCell(cells.wijken),
    phone: cells.phone,
    email: cells.email,
    emailSecure: emailSecure ?? false,
    street: cells.street,
    houseNumber: cells.houseNumber,
    postcode: cells.postcode,
    city: cells.city,
    notes: cells.notes,
  });
  if (!parsed.success) issuesTo(errors, line, parsed.error.issues, ORGANISATION_FIELD_COLUMN);
  return parsed.success && errors.length === before ? parsed.data : null;
}

/** The organisation's name alone, for a later row of the same organisation. */
export function checkOrganisationName(cells: RowCells, line: number, errors: Errors): string | null {
  const parsed = organisationInputSchema.shape.name.safeParse(cells.organisation);
  if (!parsed.success) issuesTo(errors, line, parsed.error.issues.map((i) => ({ ...i, path: ['name'] })), ORGANISATION_FIELD_COLUMN);
  return parsed.success ? parsed.data : null;
}

/** `undefined`: the row names no contact person; null: it does, with errors. */
export function checkContact(cells: RowCells, line: number, errors: Errors): ContactInput | null | undefined {
  if (cells.contact.trim() === '') {
    if (CONTACT_COLUMNS.every((c) => cells[c].trim() === '')) return undefined;
    errors.push({ line, column: HEADER_OF.contact, key: 'partnerTransfer.issue.contactNameMissing' });
    return null;
  }
  const days = daysOfCell(cells.contactDays);
  const before = errors.length;
  if (days === null) errors.push({ line, column: HEADER_OF.contactDays, key: 'partnerTransfer.issue.unknownDay' });
  const parsed = contactInputSchema.safeParse({
    name: cells.contact,
    function: cells.contactFunction,
    phone: cells.contactPhone,
    email: cells.contactEmail,
    wijken: wijkenOfCell(cells.contactWijken),
    reachableDays: days ?? [],
  });
  if (!parsed.success) issuesTo(errors, line, parsed.error.issues, CONTACT_FIELD_COLUMN);
  return parsed.success && errors.length === before ? parsed.data : null;
}
