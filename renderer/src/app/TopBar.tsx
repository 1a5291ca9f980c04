// The quiet top bar: the app, the practice it works for, and (in the browser host) where it runs.
import { useTranslation } from 'react-i18next';
import icon from '../../../assets/icon.png';
import { usePractice } from './practiceStore';
import { UserMenu } from './UserMenu';

export function TopBar() {
  const { t } = useTranslation();
  const name = usePractice((s) => s.practice?.name);
  return (
    <header className="topbar no-print">
      <span className="brand">
        <img src={icon} alt="" />
        {t('app.name')}
      </span>
      <span className="practice" data-testid="practice-name">
        {name === undefined ? '' : name || t('app.practiceNotSet')}
      </span>
      <span className="spacer" />
      <UserMenu />
    </header>
  );
}
