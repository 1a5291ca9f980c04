// Electron: the file dialog for a backup from elsewhere (another computer, the network drive). The
// chosen path goes to the renderer as an event; the handler process checks it again when it opens it.
import { BrowserWindow, dialog } from 'electron';
import type { AppEvent } from '../contract/events';

export function chooseBackupFileIn(jobId: string, send: (event: AppEvent) => void): void {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (!win) return;
  void dialog
    .showOpenDialog(win, { properties: ['openFile'], filters: [{ name: 'KBZ Werkplek back-up', extensions: ['kbzbak'] }] })
    .then((choice) => {
      const path = choice.filePaths[0];
      if (!choice.canceled && path) send({ type: 'backup.fileChosen', jobId, path });
    })
    .catch(() => {
      // No dialog, no path: the person can still type it.
    });
}
