// The child-process runner against a real temporary folder: a copy, a probe, and a job that hangs in the
// file system (reading a FIFO nobody writes to holds a libuv pool thread) ends in a time-out with the child
// killed.
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './file-layer';
import { childProcessRunner, tsxShareWorker, workerEnv } from './child-runner';

const DATA = Buffer.from('Maand;Aangemeld\r\n2026-10;12\r\n', 'utf8');

function exited(child: ChildProcess): Promise<NodeJS.Signals | number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.signalCode ?? child.exitCode);
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ?? code)));
}

describe('the child-process share runner', () => {
  it('copies a queued local file to a folder and probes it, each in a child that ends', { timeout: 30_000 }, async () => {
    const local = mkdtempSync(join(tmpdir(), 'kbz-outbox-'));
    const share = mkdtempSync(join(tmpdir(), 'kbz-share-'));
    writeFileSync(join(local, 'o1.bin'), DATA);
    const children: ChildProcess[] = [];
    const runner = childProcessRunner(tsxShareWorker(), { observe: (c) => children.push(c) });
    const copied = await runner.copy({ folder: share, fileName: 'overzicht 2026-10.csv', sourcePath: join(local, 'o1.bin'), sha256: sha256Hex(DATA) });
    expect(copied).toMatchObject({ ok: true, name: 'overzicht 2026-10.csv', bytes: DATA.length });
    expect(readFileSync(join(share, 'overzicht 2026-10.csv'))).toEqual(DATA);
    const probed = await runner.probe(share);
    expect(probed.ok).toBe(true);
    if (probed.ok) {
      expect(probed.ms).toBeGreaterThanOrEqual(0);
      expect(probed.freeBytes).toBeGreaterThan(0);
    }
    expect(readdirSync(share).sort()).toEqual(['overzicht 2026-10.csv', 'overzicht 2026-10.csv.sha256']);
    expect(await Promise.all(children.map(exited))).toEqual([0, 0]);
  });

  it('a probe of a folder that does not exist says unreachable', { timeout: 30_000 }, async () => {
    const runner = childProcessRunner(tsxShareWorker());
    expect(await runner.probe(join(tmpdir(), 'kbz-bestaat-niet', 'x'))).toEqual({ ok: false, reason: 'unreachable' });
  });

  // A FIFO (mkfifo) is how this test makes a read that hangs; Windows has none. It runs on Linux and macOS (CI).
  const noFifo = process.platform === 'win32';
  if (noFifo) console.log('skipped: the hanging-share test needs mkfifo (not on Windows); it runs on Linux and macOS, as in CI');
  it.skipIf(noFifo)('a job that hangs in the file system times out and its child is killed', { timeout: 30_000 }, async () => {
    const local = mkdtempSync(join(tmpdir(), 'kbz-outbox-'));
    const fifo = join(local, 'hangs.bin');
    execFileSync('mkfifo', [fifo]);
    const children: ChildProcess[] = [];
    const runner = childProcessRunner(tsxShareWorker(), { startMarginMs: 3_000, observe: (c) => children.push(c) });
    const started = Date.now();
    const outcome = await runner.copy({ folder: mkdtempSync(join(tmpdir(), 'kbz-share-')), fileName: 'a.csv', sourcePath: fifo, sha256: sha256Hex(DATA), timeoutMs: 500 });
    expect(outcome).toEqual({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await exited(children[0]!)).toBe('SIGKILL');
  });

  it('in a worker thread (Electron: no process can be forked), copies with the thread\'s own calls and probes', { timeout: 30_000 }, async () => {
    const local = mkdtempSync(join(tmpdir(), 'kbz-outbox-'));
    const share = mkdtempSync(join(tmpdir(), 'kbz-share-'));
    writeFileSync(join(local, 'o1.bin'), DATA);
    writeFileSync(join(share, 'overzicht 2026-10.csv'), 'van een collega');
    const runner = childProcessRunner({ ...tsxShareWorker(), kind: 'thread' });
    const copied = await runner.copy({ folder: share, fileName: 'overzicht 2026-10.csv', sourcePath: join(local, 'o1.bin'), sha256: sha256Hex(DATA) });
    // The colleague's file stays: the copy gets a name of its own.
    expect(copied).toMatchObject({ ok: true, name: 'overzicht 2026-10 (2).csv', bytes: DATA.length });
    expect(readFileSync(join(share, 'overzicht 2026-10 (2).csv'))).toEqual(DATA);
    expect(readFileSync(join(share, 'overzicht 2026-10.csv'), 'utf8')).toBe('van een collega');
    const probed = await runner.probe(share);
    expect(probed.ok && probed.freeBytes! > 0).toBe(true);
    expect(await runner.probe(join(tmpdir(), 'kbz-bestaat-niet', 'x'))).toEqual({ ok: false, reason: 'unreachable' });
  });

  it('gives the worker no KBZ_ variable (the database key may be one)', () => {
    expect(workerEnv({ PATH: '/usr/bin', KBZ_DB_KEY: 'geheim', kbz_data_dir: '/x', ELECTRON_RUN_AS_NODE: '1' })).toEqual({ PATH: '/usr/bin', ELECTRON_RUN_AS_NODE: '1' });
  });
});
