// Electron main process: lifecycle, store, IPC and the window. Behaviour lives in services/.
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { registerIpc } from './ipc';
import { savePdfFromFocusedWindow } from './pdf';
import { createHandlerTable } from './services/handlers';
import { createServiceEnv, openStore } from './services/open-store';
import { translateNl } from './services/translate';
import { createMainWindow, lockDownSession } from './window';

const outDir = fileURLToPath(new URL('..', import.meta.url));

app.enableSandbox();
// Dutch date inputs (dd-mm-jjjj) and spelling whatever the workstation's language.
app.commandLine.appendSwitch('lang', 'nl');

app.whenReady().then(() => {
  const dataDir = process.env.KBZ_DATA_DIR ?? app.getPath('userData');
  let db;
  try {
    db = openStore(dataDir);
  } catch (err) {
    dialog.showErrorBox('KBZ Werkplek', err instanceof Error ? err.message : translateNl('errors.databaseOpen'));
    app.exit(1);
    return;
  }
  const env = createServiceEnv(db, {
    host: 'electron',
    appVersion: app.getVersion(),
    dataDir,
    savePdf: savePdfFromFocusedWindow,
  });
  registerIpc(createHandlerTable(), env, pathToFileURL(join(outDir, 'renderer')).href);
  lockDownSession();
  createMainWindow(outDir);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(outDir);
  });
  app.on('will-quit', () => db.close());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
