// `--data-dir DIR --month YYYY-MM --format pdf|xlsx|csv --out FOLDER`: each problem named, in Dutch.
import { translateNl as t } from '../../../translate';
import { EXPORT_FORMATS, type ExportFormat } from '../file-name';

export interface OverviewArgs {
  dataDir: string;
  month: string;
  format: ExportFormat;
  out: string;
}

const OPTIONS = ['--data-dir', '--month', '--format', '--out'] as const;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export type ParsedArgs = { ok: true; value: OverviewArgs } | { ok: false; problems: string[] };

export function parseOverviewArgs(argv: readonly string[]): ParsedArgs {
  const found = new Map<string, string>();
  const problems: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!(OPTIONS as readonly string[]).includes(name)) {
      problems.push(t('overviewExport.cli.unknownOption', { option: name.slice(0, 40) }));
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i++;
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      problems.push(t('overviewExport.cli.noValue', { option: name }));
      if (value?.startsWith('--')) i--;
      continue;
    }
    if (found.has(name)) problems.push(t('overviewExport.cli.twice', { option: name }));
    found.set(name, value);
  }
  for (const name of OPTIONS) if (!found.has(name) && !problems.some((p) => p.startsWith(name))) problems.push(t('overviewExport.cli.missing', { option: name }));
  const month = found.get('--month');
  if (month !== undefined && !MONTH.test(month)) problems.push(t('overviewExport.cli.badMonth'));
  const format = found.get('--format');
  if (format !== undefined && !(EXPORT_FORMATS as readonly string[]).includes(format)) problems.push(t('overviewExport.cli.badFormat'));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { dataDir: found.get('--data-dir')!, month: month!, format: format as ExportFormat, out: found.get('--out')! } };
}
