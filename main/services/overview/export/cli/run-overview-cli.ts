// `npm run overview`: the month's overview of a practice's data folder as a file in a folder, without the
// app (for a scheduled task). Reads the folder read-only, computes the month for all patients, suppresses
// with the practice's setting `export.suppressBelow` (default 5), writes through safeCopy and says where.
// Every failure is one Dutch message and a non-zero exit code; never a stack trace or patient data.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSetting } from '../../../../../db/settings';
import type { ReadableDb } from '../../../../../db/handles';
import { nodeFileLayer } from '../../../share/file-layer';
import { safeCopy, ShareFailure } from '../../../share/safe-copy';
import { translateNl as t } from '../../../translate';
import { KeyStoreError } from '../../../keys/key-store-error';
import { monthOverview } from '../../month-overview';
import { produceOverviewExport } from '../produce-export';
import { DEFAULT_SUPPRESS_BELOW } from '../suppress';
import { parseOverviewArgs } from './cli-args';
import { CliFailure } from './cli-failure';
import { openPracticeReadOnly } from './open-read-only';

export const SUPPRESS_SETTING = 'export.suppressBelow';
const ALL = { gpId: '', wijk: '', tag: '' };

export interface CliOutcome {
  code: number;
  /** Lines for stdout (the path written) and stderr (what went wrong, in Dutch). */
  out: string[];
  err: string[];
}

/** The setting as the share's settings screen saves it: a whole number 2–20 as text; anything else the default. */
export function suppressBelowSetting(db: ReadableDb): number {
  const n = Number(readSetting(db, SUPPRESS_SETTING) ?? '');
  return Number.isInteger(n) && n >= 2 && n <= 20 ? n : DEFAULT_SUPPRESS_BELOW;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function messageOf(err: unknown): string {
  if (err instanceof CliFailure || err instanceof KeyStoreError) return err.message;
  if (err instanceof ShareFailure) return t('overviewExport.cli.writeFailed', { reason: t(`overviewExport.cli.write.${err.reason}`) });
  return t('overviewExport.cli.failed');
}

export async function runOverviewCli(argv: readonly string[], env: NodeJS.ProcessEnv, now: () => string = () => new Date().toISOString()): Promise<CliOutcome> {
  const parsed = parseOverviewArgs(argv);
  if (!parsed.ok) return { code: 2, out: [], err: [...parsed.problems, t('overviewExport.cli.usage')] };
  const { dataDir, month, format, out } = parsed.value;
  let db: ReadableDb | null = null;
  try {
    const folder = resolve(out);
    if (!isFolder(folder)) throw new CliFailure('overviewExport.cli.outNoFolder', { folder });
    db = await openPracticeReadOnly(resolve(dataDir), env);
    const overview = monthOverview(db, month, ALL);
    const produced = await produceOverviewExport(overview, format, {
      suppressBelow: suppressBelowSetting(db),
      practiceName: readSetting(db, 'practice.name') ?? '',
      generatedAt: now(),
    });
    db.close();
    db = null;
    const written = await safeCopy(nodeFileLayer, { folder, fileName: produced.fileName, data: produced.data });
    return { code: 0, out: [t('overviewExport.cli.wrote', { path: written.path })], err: [] };
  } catch (err) {
    return { code: 1, out: [], err: [messageOf(err)] };
  } finally {
    db?.close();
  }
}
