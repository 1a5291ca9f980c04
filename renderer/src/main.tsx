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
import { SessionGate } from './session/SessionGate';
import { useSession } from './session/sessionStore';
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

// The version before kept a copy of open intake drafts here: health data belongs only in the encrypted database.
removeOldDraftCopies(localStorage);

const connected = connectApi();
// Who may see what is known only after sign-in: the session's state is asked before the first render,
// so the first screen is the right one (wizard, sign-in) without a flash of another. After sign-in the
// roster's first rows are fetched before the app renders (session/startApp.ts).
const firstStatus = connected ? useSession.getState().start() : Promise.resolve();
void firstStatus.then(render);

function render(): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Providers>
        {connected ? (
          <SessionGate />
        ) : (
          <main className="page">
            <p role="alert">{i18n.t('app.tokenMissing')}</p>
          </main>
        )}
      </Providers>
    </StrictMode>,
  );
}
