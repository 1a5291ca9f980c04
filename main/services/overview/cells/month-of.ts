// Which Amsterdam month an instant or a date falls in, decided exactly as the figures' SQL decides it: by
// comparing the stored text with each month's bounds (`from <= at < to`), found by binary search.
import { monthDays, monthRange } from '../month-figures';
import { shiftMonth } from '../month-trend';

const FIRST = '1970-01';
const COUNT = 230 * 12;

interface Bounds {
  months: string[];
  /** UTC instant at which each month begins in Amsterdam. */
  instants: string[];
  /** Each month's first day, `YYYY-MM-DD`. */
  days: string[];
}

let bounds: Bounds | null = null;

function allBounds(): Bounds {
  if (bounds) return bounds;
  const months = Array.from({ length: COUNT }, (_, i) => shiftMonth(FIRST, i));
  bounds = { months, instants: months.map((m) => monthRange(m).from), days: months.map((m) => monthDays(m).first) };
  return bounds;
}

/** The last index whose start is <= value (0 when the value lies before all: such data is folded into 1970-01). */
function lastAtOrBefore(starts: string[], value: string): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The month (`YYYY-MM`) in which the UTC instant falls in Amsterdam. */
export function monthOfInstant(at: string): string {
  const b = allBounds();
  return b.months[lastAtOrBefore(b.instants, at)]!;
}

/** The month (`YYYY-MM`) a date (`YYYY-MM-DD`) falls in, compared as the SQL compares text. */
export function monthOfDate(date: string): string {
  const b = allBounds();
  return b.months[lastAtOrBefore(b.days, date)]!;
}
