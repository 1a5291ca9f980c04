// The automatic month export: on the first start in a new month (and at the sender's turns while the app
// stays open), last month's export is queued once, when the setting is on and a folder is set. What the
// export holds is the producer's (the overview's exports), injected here as a MonthExportSource.
import { todayInAmsterdam } from '../../../contract/schemas/dates';

export interface ProducedShareFile {
  /** The name on the share, without patient data ("KBZ overzicht 2026-10.xlsx"). */
  fileName: string;
  data: Uint8Array;
}

/** Makes a month's export file(s); `suppressBelow` is the threshold set under Instellingen → Netwerkschijf. */
export interface MonthExportSource {
  produce(month: string, options: { suppressBelow: number }): Promise<ProducedShareFile | ProducedShareFile[]> | ProducedShareFile | ProducedShareFile[];
}

/** The month before `nowIso`'s month in Europe/Amsterdam, as `YYYY-MM`. */
export function previousMonth(nowIso: string): string {
  const [y, m] = todayInAmsterdam(new Date(nowIso)).split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The month to export now, or null: the setting off, no folder, or last month already queued. */
export function monthToExport(s: { autoMonth: boolean; folder: string; doneMonth: string | null; nowIso: string }): string | null {
  if (!s.autoMonth || s.folder === '') return null;
  const month = previousMonth(s.nowIso);
  return s.doneMonth !== null && s.doneMonth >= month ? null : month;
}
