// The sociale kaart as a CSV file Dutch Excel opens as is (UTF-8 with BOM, `;`, CRLF), one row per
// active contact person of each active organisation. A cell that starts like a formula gets a leading
// `'` (papaparse's escapeFormulae); the import takes it off again, so an export imports back unchanged.
import Papa from 'papaparse';
import type { PartnerCsvExport } from '../../../../contract/schemas/partner-transfer';
import type { Organisation, PartnerContact } from '../../../../contract/schemas/partners';
import { todayInAmsterdam } from '../../../../contract/schemas/dates';
import { DAY_WORD, PARTNER_COLUMNS, TYPE_WORD, type PartnerColumn } from './csv-columns';

/** Papaparse's own pattern (`/^[=+\-@\t\r].*$/`) misses a formula followed by a line break in the same cell. */
const FORMULA_START = /^[=+\-@\t\r]/;

function rowOf(o: Organisation, c: PartnerContact | null): string[] {
  const cells: Record<PartnerColumn, string> = {
    organisation: o.name,
    type: TYPE_WORD[o.type],
    wijken: o.wijken.join(', '),
    phone: o.phone,
    email: o.email,
    emailSecure: o.emailSecure ? 'ja' : 'nee',
    street: o.street,
    houseNumber: o.houseNumber,
    postcode: o.postcode,
    city: o.city,
    notes: o.notes,
    contact: c?.name ?? '',
    contactFunction: c?.function ?? '',
    contactPhone: c?.phone ?? '',
    contactEmail: c?.email ?? '',
    contactWijken: c?.wijken.join(', ') ?? '',
    contactDays: c?.reachableDays.map((d) => DAY_WORD[d]).join(' ') ?? '',
  };
  return PARTNER_COLUMNS.map(([column]) => cells[column]);
}

export function partnersCsv(organisations: Organisation[], now: Date): PartnerCsvExport {
  const rows = organisations
    .filter((o) => o.active)
    .flatMap((o) => {
      const contacts = o.contacts.filter((c) => c.active);
      return contacts.length === 0 ? [rowOf(o, null)] : contacts.map((c) => rowOf(o, c));
    });
  const body = Papa.unparse([PARTNER_COLUMNS.map(([, header]) => header), ...rows], { delimiter: ';', newline: '\r\n', escapeFormulae: FORMULA_START });
  return { fileName: `sociale-kaart-${todayInAmsterdam(now)}.csv`, content: `\uFEFF${body}\r\n` };
}
