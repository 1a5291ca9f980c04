// How the Overzicht writes months, counts and differences: "oktober 2026", "1.234", "+3" / "−2".
import type { TFunction } from 'i18next';
import type { MonthFigures } from '../../../contract/schemas/overview';
import { formatDateNl } from '../../../contract/schemas/dates';

/** "oktober 2026" (the month's name from the locale). */
export function monthLabel(t: TFunction, month: string): string {
  return `${t(`overview.monthName.${Number(month.slice(5, 7))}`)} ${month.slice(0, 4)}`;
}

/** "okt 2026", for a chart's axis. */
export function monthShort(t: TFunction, month: string): string {
  return `${t(`overview.monthShort.${Number(month.slice(5, 7))}`)} ${month.slice(0, 4)}`;
}

/** The month's first and last day, dd-mm-jjjj. */
export function monthDates(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: formatDateNl(`${month}-01`), last: formatDateNl(`${month}-${String(lastDay).padStart(2, '0')}`) };
}

/** The month `steps` months before or after. */
export function shiftMonth(month: string, steps: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + steps;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The months from `last` back to `first`, newest first. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = last; m >= first; m = shiftMonth(m, -1)) out.push(m);
  return out;
}

const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** A count or median in Dutch notation; "Onbekend" for a median without any value. */
export function formatFigure(t: TFunction, value: number | null): string {
  return value === null ? t('overview.unknown') : NUMBER.format(value);
}

/** The difference with a sign a screen reader reads too: "+3", "−2", "0"; empty when either is unknown. */
export function formatDifference(now: number | null, then: number | null): string {
  if (now === null || then === null) return '';
  const d = Math.round((now - then) * 10) / 10;
  if (d === 0) return '0';
  return d > 0 ? `+${NUMBER.format(d)}` : `−${NUMBER.format(-d)}`;
}

export const onRoster = (f: MonthFigures) => Object.values(f.roster.byStatusAtEnd).reduce((s, n) => s + n, 0);

/** Nothing recorded for the chosen patients at all by the month's end: no roster, no work in the month. */
export function isEmptyMonth(f: MonthFigures): boolean {
  return (
    onRoster(f) + f.roster.registered + f.roster.ended + f.roster.archived + f.intakes.finished + f.meetings.planned + f.meetings.held + f.meetings.notHeld + f.meetings.cancelled + f.actions.opened + f.actions.done ===
    0
  );
}
