// The browser host's data key (development and tests): keys.json opened with the stand-in protector,
// whose secret is KBZ_DB_KEY or the key file in the data folder. The seed and screenshot scripts use it
// too, so a folder they fill opens in the browser host.
import type { DataKey } from '../../db/cipher';
import { browserHostProtector } from '../services/keys/browser-host-protector';
import { dataKeyForFolder } from '../services/keys/folder-key';

export function browserHostDataKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Promise<DataKey> {
  return dataKeyForFolder(dataDir, [browserHostProtector(dataDir, env.KBZ_DB_KEY)]);
}
