// Calendar dates: stored as YYYY-MM-DD, shown and typed as dd-mm-jjjj.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DUTCH_DATE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Accepts `dd-mm-jjjj` (also with / or .) or `YYYY-MM-DD`; returns ISO or null. */
export function parseDateInput(value: string): string | null {
  const text = value.trim();
  const iso = ISO_DATE.exec(text);
  const dutch = iso ? null : DUTCH_DATE.exec(text);
  const parts = iso
    ? { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]) }
    : dutch
      ? { y: Number(dutch[3]), m: Number(dutch[2]), d: Number(dutch[1]) }
      : null;
  if (!parts || !isRealDate(parts.y, parts.m, parts.d)) return null;
  return `${pad(parts.y, 4)}-${pad(parts.m)}-${pad(parts.d)}`;
}

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** YYYY-MM-DD to dd-mm-jjjj. */
export function formatDateNl(iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

// Formatters are made once: creating one costs about 100 µs, which adds up over an import.
const amsterdamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const amsterdamInstant = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** Today's date in Europe/Amsterdam as YYYY-MM-DD. */
export function todayInAmsterdam(now: Date = new Date()): string {
  // Checked once per row of an import: reuse the answer within the same minute.
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastMinute = minute;
    lastDay = amsterdamDay.format(now);
  }
  return lastDay;
}
let lastMinute = Number.NaN;
let lastDay = '';

/** An instant (UTC ISO) shown as dd-mm-jjjj HH:mm in Europe/Amsterdam. */
export function formatInstantNl(isoInstant: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  const parts = amsterdamInstant.formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}-${get('month')}-${get('year')} ${get('hour')}:${get('minute')}`;
}

const amsterdamTime = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hour12: false });

/** An instant (UTC ISO) shown as its time of day, HH:mm, in Europe/Amsterdam. */
export function formatTimeNl(isoInstant: string): string {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return isoInstant;
  const parts = amsterdamTime.formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('hour')}:${get('minute')}`;
}
