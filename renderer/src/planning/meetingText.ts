// How a drie-gesprek's time reads: "di 24-11-2026 10:00–10:45", always in Europe/Amsterdam.
import type { TFunction } from 'i18next';
import { amsterdamMoment } from '../../../contract/schemas/amsterdam-time';
import { formatDateNl } from '../../../contract/schemas/dates';

export function formatSlot(t: TFunction, start: string | null, end: string | null): string {
  if (!start || !end) return t('planning.noTime');
  const a = amsterdamMoment(start);
  const b = amsterdamMoment(end);
  return `${t(`weekday.${a.weekday}`)} ${formatDateNl(a.date)} ${a.time}–${b.time}`;
}

export function formatDay(t: TFunction, date: string, weekday: string): string {
  return `${t(`weekday.${weekday}`)} ${formatDateNl(date)}`;
}
