// Instellingen → Planning: the practice's rooms, a drie-gesprek's default length, whether the patient's own
// GP is a required participant by default, and the practice's hours Monday to Friday. One setting each.
import { DEFAULT_PLANNING, type PlanningSettings, type PlanningSettingsInput } from '../../../contract/schemas/meetings';
import type { ReadableDb } from '../../../db/handles';
import { readSetting, writeSetting } from '../../../db/settings';
import type { WriteContext } from '../context';

const KEY = {
  rooms: 'planning.rooms',
  duration: 'planning.defaultDurationMinutes',
  ownGp: 'planning.ownGpRequired',
  from: 'planning.openFrom',
  to: 'planning.openTo',
} as const;

export function readPlanning(db: ReadableDb): PlanningSettings {
  const rooms = readSetting(db, KEY.rooms);
  const duration = readSetting(db, KEY.duration);
  const ownGp = readSetting(db, KEY.ownGp);
  return {
    rooms: rooms === null ? DEFAULT_PLANNING.rooms : (JSON.parse(rooms) as PlanningSettings['rooms']),
    defaultDurationMinutes: duration === null ? DEFAULT_PLANNING.defaultDurationMinutes : Number(duration),
    ownGpRequired: ownGp === null ? DEFAULT_PLANNING.ownGpRequired : ownGp === '1',
    openFrom: readSetting(db, KEY.from) ?? DEFAULT_PLANNING.openFrom,
    openTo: readSetting(db, KEY.to) ?? DEFAULT_PLANNING.openTo,
  };
}

/** Rooms keep their id when renamed (meetings refer to it); a new room gets one. */
export function writePlanning(ctx: Pick<WriteContext, 'db' | 'clock' | 'ids'>, s: PlanningSettingsInput): PlanningSettings {
  const rooms = s.rooms.map((r) => ({ id: r.id === '' ? ctx.ids.next() : r.id, name: r.name }));
  writeSetting(ctx, KEY.rooms, JSON.stringify(rooms));
  writeSetting(ctx, KEY.duration, String(s.defaultDurationMinutes));
  writeSetting(ctx, KEY.ownGp, s.ownGpRequired ? '1' : '0');
  writeSetting(ctx, KEY.from, s.openFrom);
  writeSetting(ctx, KEY.to, s.openTo);
  return readPlanning(ctx.db);
}

export function roomNamesOf(settings: PlanningSettings): Map<string, string> {
  return new Map(settings.rooms.map((r) => [r.id, r.name]));
}
