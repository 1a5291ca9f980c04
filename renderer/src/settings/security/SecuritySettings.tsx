// Instellingen → Beveiliging: the screen lock for everyone to read (and the manager or a beheerder to
// change), the recovery key for a beheerder.
import { useCan } from '../../session/useCan';
import { LockMinutesSettings } from './LockMinutesSettings';
import { RecoveryKeySettings } from './RecoveryKeySettings';

export function SecuritySettings() {
  const isBeheerder = useCan('recovery.status');
  return (
    <div className="security-settings">
      <LockMinutesSettings />
      {isBeheerder && <RecoveryKeySettings />}
    </div>
  );
}
