// The words the sociale kaart shows for a type, reachable days and an organisation's contacts.
import type { Organisation, PartnerType } from '../../../contract/schemas/partners';
import { WEEKDAYS, type Weekday } from '../../../contract/schemas/staff';

/** The locale key for a partner type's Dutch (or English) label. */
export function partnerTypeKey(type: PartnerType): string {
  return `partners.type.${type}`;
}

/** Reachable days in week order, as short names: "ma di do"; '' when none. */
export function formatReachableDays(days: readonly Weekday[], dayName: (day: Weekday) => string): string {
  return WEEKDAYS.filter((d) => days.includes(d)).map(dayName).join(' ');
}

export function activeContactCount(organisation: Organisation): number {
  return organisation.contacts.filter((c) => c.active).length;
}

/** The wijken as one line for a table cell: "Overvecht, Zuilen". */
export function formatWijken(wijken: readonly string[]): string {
  return wijken.join(', ');
}
