// Electron: save the window's current page (e.g. "Mijn plan") as PDF where the user chooses.
import { app, BrowserWindow, dialog } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { translateNl } from './services/translate';

export function savePdfFromFocusedWindow(suggestedName: string): void {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  if (!win) return;
  void (async () => {
    const choice = await dialog.showSaveDialog(win, {
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (choice.canceled || !choice.filePath) return;
    const pdf = await win.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
    await writeFile(choice.filePath, pdf);
  })().catch(() => {
    dialog.showErrorBox('KBZ Werkplek', translateNl('errors.pdfFailed'));
  });
}
