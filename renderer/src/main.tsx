// Renderer entry: connect to main (IPC or HTTP), then show the app inside the design system's providers.
import './theme/mantine-styles';
import './theme/global.css';
import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import 'dayjs/locale/nl';
import 'dayjs/locale/en';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { connectApi } from './api/api';
import { removeOldDraftCopies } from './intake/oldDraftCopies';
import { fetchAtStartup } from './roster/rosterStore';
import { App } from './app/App';
import i18n from './i18n';
import { cssVariablesResolver, theme } from './theme/theme';

function Providers({ children }: { children: React.ReactNode }) {
  const { i18n: active } = useTranslation();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <DatesProvider settings={{ locale: active.language === 'en' ? 'en' : 'nl', firstDayOfWeek: 1 }}>
        <Notifications position="bottom-right" limit={3} />
        {children}
      </DatesProvider>
    </MantineProvider>
  );
}

/** The longest the first render waits for the roster's first rows (a slow database still gets a shell). */
const FIRST_ROWS_WAIT_MS = 250;

// The version before kept a copy of open intake drafts here: health data belongs only in the encrypted database.
removeOldDraftCopies(localStorage);

const connected = connectApi();
// The roster is the start screen. Its first rows are asked for before anything renders, and the first
// render waits for them: one render and one frame with rows, instead of a shell whose long first render
// holds up the answer that is already there, then a second render and frame for the rows.
const firstRows = connected ? fetchAtStartup() : Promise.resolve();
const waitLimit = new Promise<void>((resolve) => setTimeout(resolve, FIRST_ROWS_WAIT_MS));
void Promise.race([firstRows, waitLimit]).then(render);

function render(): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers>
        {connected ? (
          <App />
        ) : (
          <main className="page">
            <p role="alert">{i18n.t('app.tokenMissing')}</p>
          </main>
        )}
      </Providers>
    </StrictMode>,
  );
}
