// Which screen the window shows: the wizard on an empty folder, the sign-in screen, or the app with the
// lock screen over it while locked (the app stays mounted underneath, hidden and inert: nothing is lost).
import { useTranslation } from 'react-i18next';
import { onSessionRefused } from '../api/api';
import { App } from '../app/App';
import { DelayedLoader } from '../components/DelayedLoader';
import { ErrorAlert } from '../components/ErrorAlert';
import { messageText } from '../errors/messages';
import { LockScreen } from './LockScreen';
import { useSession } from './sessionStore';
import { SetupWizard } from './setup/SetupWizard';
import { SignInScreen } from './SignInScreen';
import { useIdleLock } from './useIdleLock';

onSessionRefused((code) => (code === 'locked' ? useSession.getState().lockedByDoor() : useSession.getState().ended()));

function SignedInApp() {
  const locked = useSession((s) => s.locked);
  useIdleLock();
  return (
    <>
      <div className="app-frame" hidden={locked} inert={locked}>
        <App />
      </div>
      {locked && <LockScreen />}
    </>
  );
}

export function SessionGate() {
  const { t } = useTranslation();
  const phase = useSession((s) => s.phase);
  const startError = useSession((s) => s.startError);

  if (startError) {
    return (
      <main className="page">
        <ErrorAlert>{messageText(t, startError)}</ErrorAlert>
      </main>
    );
  }
  switch (phase) {
    case 'starting':
      return <DelayedLoader />;
    case 'setup':
      return <SetupWizard />;
    case 'signIn':
      return <SignInScreen />;
    case 'app':
      return <SignedInApp />;
  }
}
