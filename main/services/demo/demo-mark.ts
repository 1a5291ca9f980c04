// The mark that a database is the demo practice (set by the demo seed, never by the wizard): the app
// shows the demo banner for it, and the demo channels check it before switching folders.
import type { ReadableDb } from '../../../db/handles';
import { readSetting } from '../../../db/settings';

export const DEMO_SETTING = 'practice.demo';

export function isDemoPractice(db: ReadableDb): boolean {
  return readSetting(db, DEMO_SETTING) === '1';
}
