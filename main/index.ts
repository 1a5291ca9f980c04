// Electron main process: lifecycle, windows, IPC. The handlers and the database run in a utility
// process (the handler process), so a long import or export never freezes a window.
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startHandlerClient, type HandlerClient } from './handler-process/client';
import { forwardEvents, registerIpc } from './ipc';
import { savePdfFromFocusedWindow } from './pdf';
import { translateNl } from './services/translate';
import { forkHandlerProcess } from './utility-process';
import { createMainWindow, lockDownSession } from './window';

const outDir = fileURLToPath(new URL('..', import.meta.url));

app.enableSandbox();
// Dutch date inputs (dd-mm-jjjj) and spelling whatever the workstation's language.
app.commandLine.appendSwitch('lang', 'nl');

function openWindow(client: HandlerClient): void {
  const win = createMainWindow(outDir);
  // Jobs belong to the page that started them: a reload or a closed window stops them.
  win.webContents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) client.cancelJobs();
  });
  win.on('closed', () => client.cancelJobs());
}

async function start(): Promise<void> {
  const dataDir = process.env.KBZ_DATA_DIR ?? app.getPath('userData');
  let client: HandlerClient;
  try {
    client = await startHandlerClient(
      forkHandlerProcess(join(outDir, 'main', 'handler-process.js')),
      { dataDir, clockStart: null, host: 'electron', appVersion: app.getVersion(), abilities: ['savePdf'] },
      {
        platform: { savePdf: savePdfFromFocusedWindow },
        onUnexpectedExit: () => {
          dialog.showErrorBox('KBZ Werkplek', translateNl('errors.handlerProcessGone'));
          app.exit(1);
        },
      },
    );
  } catch (err) {
    dialog.showErrorBox('KBZ Werkplek', err instanceof Error ? err.message : translateNl('errors.databaseOpen'));
    app.exit(1);
    return;
  }
  const trustedUrlPrefix = pathToFileURL(join(outDir, 'renderer')).href;
  registerIpc(client, trustedUrlPrefix);
  forwardEvents(client, trustedUrlPrefix);
  lockDownSession();
  openWindow(client);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(client);
  });
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    // Let the handler process close the database before the app ends.
    event.preventDefault();
    void client.close().finally(() => {
      closed = true;
      app.quit();
    });
  });
}

void app.whenReady().then(start);

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
