// The browser host as it is started (`npm run start:browser`): one host per data folder, the lock let go on stop.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const base = mkdtempSync(join(tmpdir(), 'kbz-cli-'));
const dataDir = join(base, 'data');
const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(base, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  /** Resolves with the start line, or rejects with the output when the host exits first. */
  line: Promise<string>;
  exit: Promise<{ code: number | null; output: string }>;
}

function startCli(args: string[]): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--data-dir', dataDir, '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, KBZ_TOKEN: undefined, KBZ_TOKEN_FILE: undefined },
  });
  running.add(child);
  let output = '';
  let onLine: (line: string) => void = () => {};
  const line = new Promise<string>((resolve) => (onLine = resolve));
  const collect = (c: Buffer) => {
    output += c.toString();
    const match = /KBZ Werkplek \(browser host\) is running.*/.exec(output);
    if (match) onLine(match[0]);
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exit = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, output: `${output}${signal ? ` (ended by ${signal})` : ''}` });
    }),
  );
  const lineOrExit = Promise.race([line, exit.then((e) => Promise.reject(new Error(`host exited (${e.code}): ${e.output}`)))]);
  // A host expected to refuse never prints the line: that is no unhandled failure.
  lineOrExit.catch(() => {});
  return { child, line: lineOrExit, exit };
}

describe('browser host start-up', () => {
  it('refuses a data folder another host holds, naming the folder, and takes it once that host has stopped', async () => {
    const first = startCli([]);
    expect(await first.line).toContain(`with data folder "${dataDir}"`);

    const second = startCli([]);
    const refused = await second.exit;
    expect(refused.code).toBe(1);
    expect(refused.output).toContain(`KBZ Werkplek could not start: De gegevensmap "${dataDir}" is al in gebruik`);

    first.child.kill('SIGTERM');
    const stopped = await first.exit;
    expect(stopped.code, stopped.output).toBe(0);
    const tokenFile = join(base, 'token');
    writeFileSync(tokenFile, 'token-from-a-file-0123456789\n');
    const third = startCli(['--token-file', tokenFile]);
    expect(await third.line).toContain('#token=token-from-a-file-0123456789');
    third.child.kill('SIGTERM');
    const thirdStopped = await third.exit;
    expect(thirdStopped.code, thirdStopped.output).toBe(0);
  }, 60_000);
});
