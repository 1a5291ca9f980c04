// Electron main process: lifecycle, windows, IPC. The handlers and the database run in a utility
// process (the handler process), so a long import or export never freezes a window.
import { app, BrowserWindow, dialog, safeStorage } from 'electron';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startHandlerClient, type HandlerClient } from './handler-process/client';
import { chooseBackupFileIn } from './backup-dialog';
import { chooseFolderFromFocusedWindow } from './choose-folder';
import { forwardEvents, registerIpc, sendEvent } from './ipc';
import { savePdfFromFocusedWindow } from './pdf';
import { lockDataDir, type DataDirLock } from './services/data-dir-lock';
import { launchFolder, relaunchArguments, type LaunchFolder } from './services/demo/demo-launch';
import { desktopProtectors } from './services/keys/desktop-protectors';
import { dataKeyForFolder } from './services/keys/folder-key';
import { translateNl } from './services/translate';
import { chooseDataDir } from './security/data-dir';
import { forkHandlerProcess } from './utility-process';
import { bringToFront, createMainWindow, lockDownSession } from './window';

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

/** Into the demo practice or back: a restart with or without the demo argument, after the handler process closed the database. */
function restartIn(demo: boolean): void {
  app.relaunch({ args: relaunchArguments(process.argv.slice(1), demo) });
  app.quit();
}

/** `argv` chooses the practice's data folder, or the demo's beside it (whose lock is taken too). */
async function start(dataDir: string, argv: readonly string[]): Promise<void> {
  const trustedUrlPrefix = pathToFileURL(join(outDir, 'renderer')).href;
  let client: HandlerClient;
  let folder: LaunchFolder;
  const folderLocks: DataDirLock[] = [];
  try {
    folder = launchFolder(dataDir, argv);
    // The same lock the browser host takes: the two never open one folder at once either. In the demo the
    // practice's folder stays taken as well, as in the browser host.
    folderLocks.push(lockDataDir(dataDir));
    if (folder.demo) folderLocks.push(lockDataDir(folder.dir));
  } catch (err) {
    for (const lock of folderLocks) lock.release();
    dialog.showErrorBox('KBZ Werkplek', err instanceof Error ? err.message : translateNl('errors.databaseOpen'));
    app.exit(1);
    return;
  }
  try {
    // The demo folder has keys of its own.
    const protectors = desktopProtectors({ isPackaged: app.isPackaged, dataDir: folder.dir, safeStorage, envSecret: process.env.KBZ_DB_KEY });
    const dataKey = await dataKeyForFolder(folder.dir, protectors);
    client = await startHandlerClient(
      forkHandlerProcess(join(outDir, 'main', 'handler-process.js')),
      {
        dataDir: folder.dir,
        dataKey: dataKey.toString('hex'),
        clockStart: null,
        host: 'electron',
        appVersion: app.getVersion(),
        abilities: ['savePdf', 'openDemo', 'chooseFolder', 'chooseBackupFile'],
        demoFolder: folder.demo,
      },
      {
        platform: {
          savePdf: savePdfFromFocusedWindow,
          openDemo: () => restartIn(true),
          closeDemo: () => restartIn(false),
          chooseFolder: chooseFolderFromFocusedWindow,
          chooseBackupFile: (jobId) => chooseBackupFileIn(jobId, (event) => sendEvent(event, trustedUrlPrefix)),
        },
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
      for (const lock of folderLocks) lock.release();
      closed = true;
      app.quit();
    });
  });
}

const dataDir = chooseDataDir({ isPackaged: app.isPackaged, envDataDir: process.env.KBZ_DATA_DIR, userDataDir: app.getPath('userData') });
// Electron keeps its single-instance lock in userData: with the data there too (as in an installed
// app), one app runs per data folder, also in development with KBZ_DATA_DIR. setPath wants the folder to exist.
mkdirSync(dataDir, { recursive: true, mode: 0o700 });
app.setPath('userData', dataDir);

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    const first = BrowserWindow.getAllWindows()[0];
    if (first) bringToFront(first);
  });
  void app.whenReady().then(() => start(dataDir, process.argv));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
} else {
  // Another app holds this data folder; it brings its window to the front ('second-instance').
  app.quit();
}
