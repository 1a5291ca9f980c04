// The main window, hardened: no navigation, no new windows, no permissions; only allowed links
// leave the app, for the workstation's browser or mail program.
import { BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security/csp';
import { openExternalIfAllowed } from './security/external-links';
import { hardenedWebPreferences } from './security/web-preferences';

export function lockDownSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

function openInShell(url: string): void {
  shell.openExternal(url).catch(() => console.error('[kbz] the workstation could not open an external link'));
}

export function createMainWindow(outDir: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'KBZ Werkplek',
    webPreferences: hardenedWebPreferences(join(outDir, 'preload', 'index.cjs')),
  });
  win.webContents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openExternalIfAllowed(url, openInShell);
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url, openInShell);
    return { action: 'deny' };
  });
  win.once('ready-to-show', () => win.show());
  void win.loadFile(join(outDir, 'renderer', 'index.html'));
  return win;
}

/** A second start of the app brings the window of the first to the front instead. */
export function bringToFront(win: BrowserWindow): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
