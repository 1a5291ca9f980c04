// The app shell: navigation, language and the current screen.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportScreen } from '../import/ImportScreen';
import { CompareScreen } from '../intake/CompareScreen';
import { IntakeScreen } from '../intake/IntakeScreen';
import { MyPlanSheet } from '../intake/MyPlanSheet';
import { PictureScreen } from '../intake/PictureScreen';
import { setLanguage } from '../i18n';
import { PatientForm } from '../patient/PatientForm';
import { PatientPage } from '../patient/PatientPage';
import { RosterScreen } from '../roster/RosterScreen';
import { useNavigation } from './navigation';
import { useStaff } from './staffStore';
import { errorText } from '../errors/messages';

export function App() {
  const { t, i18n } = useTranslation();
  const { view, go } = useNavigation();
  const refreshStaff = useStaff((s) => s.refresh);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    refreshStaff().catch((e: unknown) => setLoadError(errorText(t, e)));
  }, [refreshStaff, t]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="topbar no-print">
        <span className="app-name">{t('app.name')}</span>
        <nav aria-label={t('app.nav.label')}>
          <button type="button" aria-current={view.name !== 'import' ? 'page' : undefined} onClick={() => go({ name: 'roster' })}>
            {t('app.nav.roster')}
          </button>
          <button type="button" aria-current={view.name === 'import' ? 'page' : undefined} onClick={() => go({ name: 'import' })}>
            {t('app.nav.import')}
          </button>
        </nav>
        <div className="language">
          <label htmlFor="language">{t('app.language')}</label>
          <select id="language" value={i18n.language} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'nl')}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </div>
      </header>
      <main id="main">
        {loadError && <p className="error" role="alert">{loadError}</p>}
        {view.name === 'roster' && <RosterScreen />}
        {view.name === 'patient' && <PatientPage key={view.id} id={view.id} />}
        {view.name === 'patientForm' && <PatientForm key={view.id ?? 'new'} id={view.id} />}
        {view.name === 'import' && <ImportScreen />}
        {view.name === 'intake' && <IntakeScreen key={view.id} id={view.id} />}
        {view.name === 'intakePicture' && <PictureScreen key={view.id} id={view.id} />}
        {view.name === 'compare' && <CompareScreen key={`${view.olderId}-${view.newerId}`} olderId={view.olderId} newerId={view.newerId} />}
        {view.name === 'myPlan' && <MyPlanSheet key={view.id} id={view.id} />}
      </main>
    </div>
  );
}
