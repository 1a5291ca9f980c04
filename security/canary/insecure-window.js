// Deliberately insecure, never built or shipped: the security scan must report this window, or the
// scanner has stopped working (security/electronegativity-allowlist.json expects these findings).
import { BrowserWindow } from 'electron';

export const canary = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });
