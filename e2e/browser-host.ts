// Starts the real browser host (same handlers, real SQLite file) as a child process for a test.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';
import { E2E_NOW } from './fixed-time';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface RunningHost {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export function tempDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-e2e-'));
  // The demo practice opens beside the data folder (`<dir>-voorbeeldpraktijk`): removed with it.
  return { dir, remove: () => [dir, `${dir}-voorbeeldpraktijk`].forEach((d) => rmSync(d, { recursive: true, force: true })) };
}

/** `port` 0 picks a free one; pass the old port to come back on the same origin (the same localStorage: the language chosen). */
export function startHost(dataDir: string, port = 0): Promise<RunningHost> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'main/browser-host/cli.ts'), '--data-dir', dataDir, '--port', String(port)],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, KBZ_TEST_CLOCK: E2E_NOW } },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`browser host did not start: ${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /open (http:\/\/127\.0\.0\.1:\d+\/#token=\w+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve({
        url: match[1]!,
        dataDir,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`browser host exited (${code}): ${output}`)));
  });
}

export const HIS_EXPORT_FIXTURE = fileURLToPath(new URL('./fixtures/his-export-sample.csv', import.meta.url));

export interface FileHost {
  readonly url: string;
  readonly dataDir: string;
  /** Stops the host and starts a new one on the same data folder (and port: same origin). */
  restart(): Promise<void>;
}

/**
 * One browser host with its own temporary data folder for the tests of one file: `demoPatients` seeds the
 * demo practice first; `blank` leaves the folder empty (the first-start wizard); else a practice with the
 * accounts of e2e/support/accounts.ts.
 */
export function hostForThisFile(options: { demoPatients?: number; blank?: boolean } = {}): FileHost {
  let data: ReturnType<typeof tempDataDir> | null = null;
  let host: RunningHost | null = null;
  test.beforeAll(async () => {
    data = tempDataDir();
    // In their own process: the store's modules import JSON in a way Playwright's loader does not take.
    if (options.demoPatients) {
      execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/seed-demo.ts'), '--data-dir', data.dir, '--patients', String(options.demoPatients), '--now', E2E_NOW], { cwd: root, stdio: 'ignore' });
    } else if (options.blank !== true) {
      // A practice with people who can sign in (e2e/support/accounts.ts), and nothing else.
      execFileSync(process.execPath, ['--import', 'tsx', join(root, 'e2e/support/seed-accounts.ts'), data.dir], { cwd: root, stdio: 'ignore' });
    }
    host = await startHost(data.dir);
  });
  test.afterAll(async () => {
    await host?.stop();
    data?.remove();
  });
  return {
    get url() {
      return host!.url;
    },
    get dataDir() {
      return data!.dir;
    },
    async restart() {
      const port = Number(new URL(host!.url).port);
      await host!.stop();
      host = await startHost(data!.dir, port);
    },
  };
}
