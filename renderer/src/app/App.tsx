// The app shell: top bar, left navigation and the current screen in the one scrolling content area.
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { DelayedLoader } from '../components/DelayedLoader';
import { errorText } from '../errors/messages';
import { CurrentScreen } from './CurrentScreen';
import { usePractice } from './practiceStore';
import { SideNav } from './SideNav';
import { useStaff } from './staffStore';
import { TopBar } from './TopBar';

export function App() {
  const { t } = useTranslation();
  const refreshStaff = useStaff((s) => s.refresh);
  const refreshPractice = usePractice((s) => s.refresh);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([refreshStaff(), refreshPractice()]).catch((e: unknown) => setLoadError(errorText(t, e)));
  }, [refreshStaff, refreshPractice, t]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <TopBar />
      <SideNav />
      <main id="main" className="content" tabIndex={-1}>
        {loadError && (
          <div className="page">
            <ErrorAlert>{loadError}</ErrorAlert>
          </div>
        )}
        <Suspense fallback={<DelayedLoader />}>
          <CurrentScreen />
        </Suspense>
      </main>
    </div>
  );
}
