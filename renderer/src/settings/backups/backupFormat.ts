// How a backup's size reads: kB below a megabyte, MB below a gigabyte, one decimal in Dutch.
import type { TFunction } from 'i18next';

export function sizeText(t: TFunction, bytes: number): string {
  const nl = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return t('backups.size.kb', { n: nl(Math.max(1, Math.round(bytes / 1024))) });
  if (bytes < 1024 ** 3) return t('backups.size.mb', { n: nl(bytes / 1024 ** 2) });
  return t('backups.size.gb', { n: nl(bytes / 1024 ** 3) });
}
