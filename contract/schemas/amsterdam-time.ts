// Wall-clock time in Europe/Amsterdam, whatever the machine's zone: a local date and time to the UTC
// instant it names (across the changes to and from summer time), and back. Plain Intl, no library.
import { WEEKDAYS, type Weekday } from './staff';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Amsterdam's offset from UTC at the start of a UTC hour, in ms, read from Intl. */
function offsetAtHour(hour: number): number {
  const ms = hour * 3_600_000;
  const p = Object.fromEntries(parts.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second)) - ms;
}

// Amsterdam's clock changes on a whole UTC hour, so the offset is the same within one: asking Intl once per
// hour (a few µs each time) keeps a week view's hundreds of conversions cheap.
const offsets = new Map<number, number>();

/** Amsterdam's offset from UTC at this instant, in ms (1 h in winter, 2 h in summer). */
function offsetMs(ms: number): number {
  const hour = Math.floor(ms / 3_600_000);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    if (offsets.size > 50_000) offsets.clear();
    offset = offsetAtHour(hour);
    offsets.set(hour, offset);
  }
  return offset;
}

/** The local wall clock of an instant in ms, as if it were UTC (for the offset arithmetic). */
function wallClockMs(ms: number): number {
  return ms + offsetMs(ms);
}

/**
 * `2026-03-30` + `08:00` → `2026-03-30T06:00:00.000Z`. A time that occurs twice (02:30 on the last Sunday of
 * October) is the first of the two; a time skipped by the change to summer time (02:30 on the last Sunday of
 * March) is read with the offset before the change, so it lands an hour later, as a clock not yet set forward would.
 */
export function amsterdamToUtc(date: string, time: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  const day = 86_400_000;
  // The offsets a day before and after: the two candidates around any change of the clock.
  const candidates = [...new Set([offsetMs(wall - day), offsetMs(wall + day)])].map((o) => wall - o).sort((a, b) => a - b);
  const exact = candidates.find((c) => wallClockMs(c) === wall);
  return new Date(exact ?? wall - offsetMs(wall - day)).toISOString();
}

export interface AmsterdamMoment {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm */
  time: string;
  weekday: Weekday;
}

/** An instant as Amsterdam's date, time of day and weekday. */
export function amsterdamMoment(isoInstant: string): AmsterdamMoment {
  const wall = new Date(wallClockMs(Date.parse(isoInstant)));
  const iso = wall.toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16), weekday: WEEKDAYS[(wall.getUTCDay() + 6) % 7]! };
}

/** A calendar date plus whole days (no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d + days)).toISOString().slice(0, 10);
}

/** The Monday of the week a date falls in (weeks start on Monday). */
export function mondayOf(date: string): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
  return addDays(date, -((day + 6) % 7));
}

/** An instant plus minutes, as an ISO instant. */
export function addMinutes(isoInstant: string, minutes: number): string {
  return new Date(Date.parse(isoInstant) + minutes * 60_000).toISOString();
}
