// The frame of the screens before the app: the app's name and the practice above one centred card.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import icon from '../../../assets/icon.png';

export function AuthLayout({ children, practiceName, wide = false }: { children: ReactNode; practiceName?: string; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="auth-page">
      <main id="main" className={wide ? 'auth-card auth-card-wide' : 'auth-card'}>
        <div className="auth-brand">
          <img src={icon} alt="" />
          <span>{t('app.name')}</span>
        </div>
        {practiceName && <p className="auth-practice">{practiceName}</p>}
        {children}
      </main>
    </div>
  );
}
