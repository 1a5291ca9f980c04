// A month as the export names it: `2026-10` → "oktober 2026" (the names from the locale file, so no
// dependence on the machine's locale).
import { translateNl } from '../../translate';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function monthLabel(month: string): string {
  const m = MONTH.exec(month);
  if (!m) return month;
  const names = translateNl('overviewExport.monthNames').split(',');
  return `${names[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}
