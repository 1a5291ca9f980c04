// Where the demo practice lives: beside the practice's data folder, never inside it, so the demo has its
// own database, keys, backups and lock and cannot mix with real data.
import path from 'node:path';
import { translateNl } from '../translate';

export const DEMO_FOLDER_SUFFIX = '-voorbeeldpraktijk';

type PathApi = Pick<typeof path, 'normalize' | 'dirname' | 'basename' | 'join'>;

/** `<dataDir>-voorbeeldpraktijk`. `paths`: the platform's path rules (tests pass path.win32). */
export function demoFolderOf(dataDir: string, paths: PathApi = path): string {
  const normal = paths.normalize(dataDir);
  const name = paths.basename(normal);
  // A drive or the file system's root has no sibling folder to put the demo in.
  if (name === '' || name === '.' || name === '..') throw new Error(translateNl('errors.demoFolderImpossible', { folder: dataDir }));
  return paths.join(paths.dirname(normal), `${name}${DEMO_FOLDER_SUFFIX}`);
}
