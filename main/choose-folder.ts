// Electron host: the folder dialog for the export folder (Instellingen → Netwerkschijf → "Kies map…").
// The handler process checks the answer like a typed folder; this only asks.
import { BrowserWindow, dialog } from 'electron';

export async function chooseFolderFromFocusedWindow(): Promise<string | null> {
  const window = BrowserWindow.getFocusedWindow();
  const options = { properties: ['openDirectory' as const, 'createDirectory' as const] };
  const r = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return r.canceled ? null : (r.filePaths[0] ?? null);
}
