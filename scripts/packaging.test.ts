// Packaging cannot run offline (it downloads Electron); this checks what can be checked here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
interface BuilderConfig {
  appId: string;
  asar?: boolean;
  electronFuses: Record<string, boolean>;
  productName: string;
  files: string[];
  extraMetadata: { main: string };
  win: { target: { target: string }[]; icon: string };
  nsis: { perMachine: boolean };
  linux: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
}
const config = load(readFileSync(`${root}/electron-builder.yml`, 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));

describe('electron-builder.yml', () => {
  it('has the app id, product name and the targets a practice needs', () => {
    expect(config.appId).toBe('nl.kbz.werkplek');
    expect(config.productName).toBe('KBZ Werkplek');
    expect(config.win.target[0]?.target).toBe('nsis');
    expect(config.nsis.perMachine).toBe(false);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('names icons that exist, with the right magic bytes', () => {
    const magic = (path: string, n: number) => readFileSync(`${root}/${path}`).subarray(0, n).toString('hex');
    expect(magic(config.win.icon, 4)).toBe('00000100');
    expect(magic(config.linux.icon, 8)).toBe('89504e470d0a1a0a');
    expect(magic(config.mac.icon, 4)).toBe(Buffer.from('icns').toString('hex'));
  });

  it('packs the built app whose entry is package.json main', () => {
    expect(config.files).toContain('out/**/*');
    expect(config.extraMetadata.main).toBe(pkg.main);
    expect(existsSync(`${root}/electron.vite.config.ts`)).toBe(true);
  });

  it('builds the handler process as a second main entry, where main forks it from', async () => {
    const { default: viteConfig } = (await import('../electron.vite.config')) as { default: { main: { build: { rollupOptions: { input: Record<string, string> } } } } };
    const input = viteConfig.main.build.rollupOptions.input;
    expect(Object.keys(input).sort()).toEqual(['backup-worker', 'handler-process', 'index', 'share-worker']);
    expect(input['handler-process']).toBe(`${root}main/handler-process/worker-entry.ts`);
    expect(readFileSync(`${root}/main/index.ts`, 'utf8')).toContain("join(outDir, 'main', 'handler-process.js')");
  });

  it("builds the backup's worker thread beside the handler process, where make-backup.ts starts it from", async () => {
    const { default: viteConfig } = (await import('../electron.vite.config')) as { default: { main: { build: { rollupOptions: { input: Record<string, string> } } } } };
    expect(viteConfig.main.build.rollupOptions.input['backup-worker']).toBe(`${root}main/services/backup/vacuum-worker.ts`);
    expect(readFileSync(`${root}/main/services/backup/make-backup.ts`, 'utf8')).toContain("new URL('./backup-worker.js', import.meta.url)");
  });

  it('is valid by the schema of electron-builder itself', async () => {
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config.js');
    await expect(validateConfiguration(structuredClone(config) as never, { isEnabled: false } as never)).resolves.toBeUndefined();
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsnode: false } };
    await expect(validateConfiguration(misspelt as never, { isEnabled: false } as never)).rejects.toThrow(/electronFuses/);
  });

  it('flips the Electron fuses that close a packaged app to other code', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: true,
    });
    // onlyLoadAppFromAsar and the integrity check need an app.asar.
    expect(config.asar).toBe(true);
  });

  it('needs no ELECTRON_RUN_AS_NODE: main forks no Node child process', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return entry.name === 'browser-host' ? [] : sources(path);
        return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
      });
    const files = sources(`${root}main`);
    expect(files.filter((file) => /ELECTRON_RUN_AS_NODE/.test(readFileSync(file, 'utf8')))).toEqual([]);
    // The share runner forks a Node child in the browser host only; in Electron its workers are threads.
    const forking = files.filter((file) => /child_process/.test(readFileSync(file, 'utf8')));
    expect(forking.map((f) => relative(root, f))).toEqual(['main/services/share/child-runner.ts']);
    expect(readFileSync(`${root}main/handler-process/share-worker-spawn.ts`, 'utf8')).toContain("kind: 'thread'");
  });

  it('requires Node 22', () => {
    expect(pkg.engines.node).toMatch(/^>=22/);
    expect(readFileSync(`${root}/.npmrc`, 'utf8')).toContain('engine-strict=true');
  });
});
