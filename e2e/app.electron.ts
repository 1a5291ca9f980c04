// The desktop app itself: start (on an empty folder: the first-start wizard), window security, round
// trips over IPC through the door, one app per data folder.
// Runs wherever the Electron binary is installed; here (offline) it skips and says why.
import { _electron as electron, expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { META_CONTENT_SECURITY_POLICY } from '../main/security/csp';
import { installedElectronBinary } from '../scripts/electron-binary';
import { tempDataDir } from './browser-host';

const root = fileURLToPath(new URL('..', import.meta.url));
const binary = installedElectronBinary();
const reason =
  'Electron binary not installed (offline install: it cannot be downloaded here). It runs with `npm run test:electron` on a workstation where npm could install Electron; the browser-host suite covers the same handlers and UI';
if (!binary) console.log(`Electron suite skipped: ${reason}`);

test.skip(!binary, reason);

/**
 * The app's environment: its data folder, and KBZ_DB_KEY so a development build keeps the data key as
 * the browser host does; a test machine often has no keyring, and the OS key store would refuse.
 */
const appEnv = (dataDir: string) => ({ ...process.env, KBZ_DATA_DIR: dataDir, KBZ_DB_KEY: 'e2'.repeat(32) });

test('starts hardened and answers one round trip over IPC', async () => {
  const data = tempDataDir();
  const app = await electron.launch({ executablePath: binary!, args: [root], env: appEnv(data.dir) });
  try {
    const win = await app.firstWindow();
    await expect(win.getByRole('heading', { name: 'De praktijk inrichten' })).toBeVisible();
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const w = BrowserWindow.getAllWindows()[0]!;
      const p = (w.webContents as unknown as { getLastWebPreferences(): Record<string, unknown> | null }).getLastWebPreferences();
      return { contextIsolation: p?.contextIsolation, sandbox: p?.sandbox, nodeIntegration: p?.nodeIntegration };
    });
    expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(await win.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    // An empty folder: the first-start wizard. A public channel answers; any other asks to sign in first.
    type Bridge = { kbz: { session: { status(i: object): Promise<unknown> }; app: { info(i: object): Promise<unknown> } } };
    const status = await win.evaluate(() => (globalThis as unknown as Bridge).kbz.session.status({}));
    expect(status).toMatchObject({ ok: true, value: { setupNeeded: true, user: null } });
    const info = await win.evaluate(() => (globalThis as unknown as Bridge).kbz.app.info({}));
    expect(info).toMatchObject({ ok: false, error: { code: 'signed_out' } });
    const opened = await win.evaluate(() => (globalThis as unknown as { open(url: string): unknown }).open('https://example.org') === null);
    expect(opened).toBe(true);
  } finally {
    await app.close();
    data.remove();
  }
});

test('the page carries its CSP in a <meta>, and it holds: no inline script runs', async () => {
  const data = tempDataDir();
  const app = await electron.launch({ executablePath: binary!, args: [root], env: appEnv(data.dir) });
  try {
    const win = await app.firstWindow();
    await expect(win.getByRole('heading', { name: 'De praktijk inrichten' })).toBeVisible();
    expect(await win.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(META_CONTENT_SECURITY_POLICY);
    await win.addScriptTag({ content: 'globalThis.inlineScriptRan = true;' }).catch(() => null);
    expect(await win.evaluate(() => (globalThis as { inlineScriptRan?: boolean }).inlineScriptRan)).toBeUndefined();
  } finally {
    await app.close();
    data.remove();
  }
});

test('a second start on the same data folder ends and brings the first window back', async () => {
  const data = tempDataDir();
  const env = appEnv(data.dir);
  const app = await electron.launch({ executablePath: binary!, args: [root], env });
  try {
    const win = await app.firstWindow();
    await expect(win.getByRole('heading', { name: 'De praktijk inrichten' })).toBeVisible();
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.minimize());
    const second = spawn(binary!, [root], { env, stdio: 'ignore' });
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the second instance did not end within 20 s')), 20_000);
      second.on('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
    expect(exitCode).toBe(0);
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.isMinimized()))).toEqual([false]);
  } finally {
    await app.close();
    data.remove();
  }
});
