// The recovery code as the handler process offers it to the wizard and the beheerder: a new one shown
// once, and the check that the one typed back from paper is the current one.
import type { DataKey } from '../../../db/cipher';
import type { Clock } from '../../../db/ids';
import type { RecoveryCodes } from '../context';
import { parseRecoveryCode } from './recovery-code';
import { confirmRecoveryCode, recoveryCodeConfirmed, recoveryCodeOpensKey, replaceRecoveryCodeSync } from './key-store';

export function folderRecoveryCodes(dataDir: string, key: DataKey, clock: Clock): RecoveryCodes {
  const now = () => clock.now();
  return {
    renew: () => replaceRecoveryCodeSync(dataDir, key, now),
    confirmed: () => recoveryCodeConfirmed(dataDir),
    confirm(typed) {
      const parsed = parseRecoveryCode(typed);
      if (!parsed.ok) return parsed.message;
      if (!recoveryCodeOpensKey(dataDir, parsed.code)) return { key: 'errors.recoveryCodeNotCurrent' };
      confirmRecoveryCode(dataDir, now);
      return null;
    },
  };
}
