// The quiet top bar: the app, the practice it works for (marked when it is the demo), and who is signed in.
import { useTranslation } from 'react-i18next';
import icon from '../../../assets/icon.png';
import { usePractice } from './practiceStore';
import { UserMenu } from './UserMenu';
import { DemoBanner } from '../session/DemoBanner';
import { useSession } from '../session/sessionStore';
import { ShareWaiting } from '../share/ShareWaiting';

export function TopBar() {
  const { t } = useTranslation();
  const name = usePractice((s) => s.practice?.name);
  const demo = useSession((s) => s.status?.demo === true);
  return (
    <header className={demo ? 'topbar topbar-demo no-print' : 'topbar no-print'}>
      <span className="brand">
        <img src={icon} alt="" />
        {t('app.name')}
      </span>
      <span className="practice" data-testid="practice-name">
        {name === undefined ? '' : name || t('app.practiceNotSet')}
      </span>
      <DemoBanner />
      <span className="spacer" />
      <ShareWaiting />
      <UserMenu />
    </header>
  );
}
