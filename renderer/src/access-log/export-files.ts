// The access history as files for an AVG request: CSV rows and neutral file names (never a name or BSN).
import type { TFunction } from 'i18next';
import type { AccessLogEntry } from '../../../contract/schemas/access-log';
import { formatInstantNl } from '../../../contract/schemas/dates';
import { toCsv } from './csv';
import { actionLabel, partLabel, userLabel } from './labels';

export function accessCsv(t: TFunction, entries: readonly AccessLogEntry[]): string {
  const header = [t('accessLog.column.at'), t('accessLog.column.action'), t('accessLog.column.part'), t('accessLog.column.workstation'), t('accessLog.column.user')];
  return toCsv([header, ...entries.map((e) => [formatInstantNl(e.at), actionLabel(t, e.action), partLabel(t, e.channel), e.workstation, userLabel(t, e)])]);
}

/** `inzage-2026-11-23-1000.csv`: the moment of export (Europe/Amsterdam), so two exports do not collide. */
export function exportFileName(extension: 'csv' | 'pdf', now: Date): string {
  const [date = '', time = ''] = formatInstantNl(now.toISOString()).split(' ');
  const [day, month, year] = date.split('-');
  return `inzage-${year}-${month}-${day}-${time.replace(':', '')}.${extension}`;
}

/** Hands the text to the browser as a download (in Electron: its save dialog). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Freed a little later: a browser may still be reading the blob when the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
