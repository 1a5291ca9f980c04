// The sociale kaart file's columns and the Dutch words in its cells (type, days, ja/nee), shared by the
// import and the export so that an export always imports back.
import type { PartnerType } from '../../../../contract/schemas/partners';
import type { Weekday } from '../../../../contract/schemas/staff';
import { foldText } from '../../../../contract/schemas/text';

export const PARTNER_COLUMNS = [
  ['organisation', 'Organisatie'],
  ['type', 'Type'],
  ['wijken', 'Wijken'],
  ['phone', 'Telefoon'],
  ['email', 'E-mail'],
  ['emailSecure', 'Beveiligd'],
  ['street', 'Straat'],
  ['houseNumber', 'Huisnummer'],
  ['postcode', 'Postcode'],
  ['city', 'Plaats'],
  ['notes', 'Notities'],
  ['contact', 'Contactpersoon'],
  ['contactFunction', 'Functie'],
  ['contactPhone', 'Telefoon contactpersoon'],
  ['contactEmail', 'E-mail contactpersoon'],
  ['contactWijken', 'Wijken contactpersoon'],
  ['contactDays', 'Bereikbaar'],
] as const;

export type PartnerColumn = (typeof PARTNER_COLUMNS)[number][0];

/** The organisation's own columns; every row of one organisation repeats them. */
export const ORGANISATION_COLUMNS: readonly PartnerColumn[] = PARTNER_COLUMNS.slice(0, 11).map(([c]) => c);
export const CONTACT_COLUMNS: readonly PartnerColumn[] = PARTNER_COLUMNS.slice(11).map(([c]) => c);

export const HEADER_OF = Object.fromEntries(PARTNER_COLUMNS) as Record<PartnerColumn, string>;

/** A header as typed by hand: case, accents, spaces and hyphens do not matter ("e-mail" = "Email"). */
export function headerKey(header: string): string {
  return foldText(header).replace(/[^a-z0-9]/g, '');
}

const COLUMN_BY_KEY = new Map<string, PartnerColumn>(PARTNER_COLUMNS.map(([column, header]) => [headerKey(header), column]));

export function columnOfHeader(header: string): PartnerColumn | null {
  return COLUMN_BY_KEY.get(headerKey(header)) ?? null;
}

/** The word the export writes per type; the import also takes the other words in `TYPE_BY_WORD`. */
export const TYPE_WORD: Record<PartnerType, string> = {
  neighbourhood_team: 'buurtteam',
  welfare: 'welzijn',
  debt_help: 'schuldhulp',
  mental_health: 'GGZ',
  youth: 'jeugd',
  district_nursing: 'wijkverpleging',
  municipality: 'gemeente',
  carer_support: 'mantelzorgondersteuning',
  other: 'anders',
};

const TYPE_BY_WORD = new Map<string, PartnerType>([
  ...Object.entries(TYPE_WORD).map(([type, word]) => [headerKey(word), type as PartnerType] as const),
  ['wijkteam', 'neighbourhood_team'],
  ['wmo', 'municipality'],
]);

export function typeOfWord(word: string): PartnerType | null {
  return TYPE_BY_WORD.get(headerKey(word)) ?? null;
}

export const DAY_WORD: Record<Weekday, string> = { mon: 'ma', tue: 'di', wed: 'wo', thu: 'do', fri: 'vr', sat: 'za', sun: 'zo' };
const DAY_NAMES: Record<Weekday, string> = { mon: 'maandag', tue: 'dinsdag', wed: 'woensdag', thu: 'donderdag', fri: 'vrijdag', sat: 'zaterdag', sun: 'zondag' };

const DAY_BY_WORD = new Map<string, Weekday>(
  (Object.keys(DAY_WORD) as Weekday[]).flatMap((d) => [[DAY_WORD[d], d] as const, [DAY_NAMES[d], d] as const]),
);

/** "ma di do", "ma, di" or "maandag|dinsdag" → the weekdays; null when a word is no day. */
export function daysOfCell(cell: string): Weekday[] | null {
  const words = foldText(cell).split(/[\s,|]+/).filter(Boolean);
  const days = words.map((w) => DAY_BY_WORD.get(w.replace(/\.$/, '')) ?? null);
  return days.every((d) => d !== null) ? days : null;
}

/** "Overvecht-Noord, Zuilen" or "Overvecht-Noord|Zuilen" → the wijken. */
export function wijkenOfCell(cell: string): string[] {
  return cell
    .split(/[,|]/)
    .map((w) => w.trim())
    .filter(Boolean);
}

/** ja/nee (also j/n, empty = nee); null when the cell says something else. */
export function yesNoOfCell(cell: string): boolean | null {
  const word = foldText(cell).trim();
  if (word === '' || word === 'nee' || word === 'n') return false;
  if (word === 'ja' || word === 'j') return true;
  return null;
}
