// Where the practice data lives when no folder is given: the user's app-data folder.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER = 'KBZ Werkplek';
/** The practice database inside the data folder. */
export const DATABASE_FILE = 'kbz-werkplek.sqlite';

export function defaultDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_FOLDER);
}
