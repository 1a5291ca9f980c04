// Which protectors the desktop app uses, in order of preference (the first makes new wraps). An
// installed app: the operating system's key store only (KBZ_DB_KEY is ignored, as KBZ_DATA_DIR is).
// A development build also opens folders the browser host or the seed script made; with KBZ_DB_KEY
// set it keeps its key as the browser host does, so the Electron suite runs on a machine without a
// keyring (where the key store would be Linux's refused basic_text).
import { browserHostProtector } from './browser-host-protector';
import type { PlatformProtector } from './protector';
import { safeStorageProtector, type SafeStorageLike } from './safe-storage-protector';

export interface DesktopKeyOptions {
  isPackaged: boolean;
  dataDir: string;
  safeStorage: SafeStorageLike;
  /** KBZ_DB_KEY */
  envSecret: string | undefined;
  platform?: NodeJS.Platform;
}

export function desktopProtectors(options: DesktopKeyOptions): [PlatformProtector, ...PlatformProtector[]] {
  const keyStore = safeStorageProtector(options.safeStorage, options.platform);
  if (options.isPackaged) return [keyStore];
  const development = browserHostProtector(options.dataDir, options.envSecret);
  return options.envSecret !== undefined ? [development, keyStore] : [keyStore, development];
}
