// The export settings, kept as practice settings (text values): the folder on the network drive, the
// automatic month export, the threshold below which exports hide small numbers, and the month last
// exported automatically.
import { SUPPRESS_BELOW_DEFAULT, SUPPRESS_BELOW_MAX, SUPPRESS_BELOW_MIN, type ShareSettings } from '../../../contract/schemas/share';
import type { ReadableDb, WritableDb } from '../../../db/handles';
import type { Clock } from '../../../db/ids';
import { readSetting, writeSetting } from '../../../db/settings';

export const SETTING_FOLDER = 'export.folder';
export const SETTING_AUTO_MONTH = 'export.autoMonth';
export const SETTING_SUPPRESS_BELOW = 'export.suppressBelow';
/** The month (`YYYY-MM`) whose export the automatic trigger queued last. */
export const SETTING_AUTO_MONTH_DONE = 'export.autoMonthDone';

function suppressBelowOf(text: string | null): number {
  const n = text === null ? NaN : Number(text);
  return Number.isInteger(n) && n >= SUPPRESS_BELOW_MIN && n <= SUPPRESS_BELOW_MAX ? n : SUPPRESS_BELOW_DEFAULT;
}

export function readShareSettings(db: ReadableDb): ShareSettings {
  return {
    folder: readSetting(db, SETTING_FOLDER) ?? '',
    autoMonth: readSetting(db, SETTING_AUTO_MONTH) === '1',
    suppressBelow: suppressBelowOf(readSetting(db, SETTING_SUPPRESS_BELOW)),
  };
}

/** The threshold the exports' producer is given. */
export function readSuppressBelow(db: ReadableDb): number {
  return suppressBelowOf(readSetting(db, SETTING_SUPPRESS_BELOW));
}

export function writeShareSettings(deps: { db: WritableDb; clock: Clock }, s: ShareSettings): ShareSettings {
  writeSetting(deps, SETTING_FOLDER, s.folder);
  writeSetting(deps, SETTING_AUTO_MONTH, s.autoMonth ? '1' : '0');
  writeSetting(deps, SETTING_SUPPRESS_BELOW, String(s.suppressBelow));
  return readShareSettings(deps.db);
}
