// Renderer entry: connect to main (IPC or HTTP), then show the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api/api';
import { App } from './app/App';
import i18n from './i18n';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
if (connectApi()) {
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
} else {
  root.render(<main><p role="alert">{i18n.t('app.tokenMissing')}</p></main>);
}
