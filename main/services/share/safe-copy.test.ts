// The copy to the network share under the faults a real share shows, injected into the file layer: a held
// file (EBUSY on rename, then free), EPERM for longer than the retry window, a full disk in the middle of a
// write, a write that hangs, a target that exists, a path too long. Each: no file under the final name unless
// complete and verified, no temporary file left behind, and a reason with a Dutch message.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translateNl } from '../translate';
import { nodeFileLayer, sha256Hex, type FileLayer } from './file-layer';
import { numberedName, safeCopy, ShareFailure, type CopyTiming } from './safe-copy';

const folder = () => mkdtempSync(join(tmpdir(), 'kbz-share-'));
const DATA = Buffer.from('Maand;Aangemeld\r\n2026-10;12\r\n', 'utf8');

/** Time that moves only when the copy sleeps: retry windows without waiting. */
function fakeTiming(): CopyTiming & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return { slept, now: () => now, sleep: async (ms) => { slept.push(ms); now += ms; } };
}

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}

function faulty(overrides: Partial<FileLayer>): FileLayer {
  return { ...nodeFileLayer, ...overrides };
}

async function failureOf(p: Promise<unknown>): Promise<ShareFailure> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ShareFailure) return e;
    throw e;
  }
  throw new Error('expected the copy to fail');
}

describe('copying a file to the network share', () => {
  it('writes, renames, reads back and writes the checksum beside it', async () => {
    const dir = folder();
    const r = await safeCopy(nodeFileLayer, { folder: dir, fileName: 'overzicht 2026-10.csv', data: DATA }, fakeTiming());
    expect(r).toMatchObject({ path: join(dir, 'overzicht 2026-10.csv'), bytes: DATA.length, sha256: sha256Hex(DATA) });
    expect(readdirSync(dir).sort()).toEqual(['overzicht 2026-10.csv', 'overzicht 2026-10.csv.sha256']);
    expect(readFileSync(join(dir, 'overzicht 2026-10.csv.sha256'), 'utf8')).toBe(`${sha256Hex(DATA)}  overzicht 2026-10.csv\n`);
  });

  it('never replaces an existing file: the next free number', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'overzicht.csv'), 'van een collega');
    writeFileSync(join(dir, 'overzicht (2).csv'), 'ook');
    const r = await safeCopy(nodeFileLayer, { folder: dir, fileName: 'overzicht.csv', data: DATA }, fakeTiming());
    expect(r.path).toBe(join(dir, 'overzicht (3).csv'));
    expect(readFileSync(join(dir, 'overzicht.csv'), 'utf8')).toBe('van een collega');
    expect(numberedName('maand', 2)).toBe('maand (2)');
  });

  it('waits while antivirus holds the new file (EBUSY three times), backing off from 10 to 100 ms', async () => {
    const dir = folder();
    let refusals = 3;
    const layer = faulty({ rename: async (a, b) => { if (refusals-- > 0) throw errno('EBUSY'); return nodeFileLayer.rename(a, b); } });
    const timing = fakeTiming();
    await safeCopy(layer, { folder: dir, fileName: 'a.csv', data: DATA }, timing);
    expect(timing.slept).toEqual([10, 20, 40]);
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'a.csv.sha256']);
  });

  it('gives up after the retry window when the file stays locked (EPERM); nothing under the final name, no temporary file', async () => {
    const dir = folder();
    const layer = faulty({ rename: async () => { throw errno('EPERM'); } });
    const timing = fakeTiming();
    const failure = await failureOf(safeCopy(layer, { folder: dir, fileName: 'a.csv', data: DATA }, timing));
    expect(failure.reason).toBe('denied');
    expect(timing.slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(30_000);
    expect(timing.slept.reduce((a, b) => a + b, 0)).toBeGreaterThan(29_000);
    expect(Math.max(...timing.slept)).toBe(100);
    expect(readdirSync(dir)).toEqual([]);
    expect(translateNl(failure.messageKey)).toMatch(/netwerkschijf/);
  });

  it('a full disk in the middle of the write: nothing left, "noSpace"', async () => {
    const dir = folder();
    const layer = faulty({
      writeNew: async (path, data) => {
        writeFileSync(path, data.subarray(0, 5)); // half written
        throw errno('ENOSPC');
      },
    });
    const failure = await failureOf(safeCopy(layer, { folder: dir, fileName: 'a.csv', data: DATA }, fakeTiming()));
    expect(failure.reason).toBe('noSpace');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a write that hangs ends in a time-out; when it comes back later, nothing appears under the final name', async () => {
    const dir = folder();
    let release: () => void = () => undefined;
    const layer = faulty({
      writeNew: async (path, data) => {
        await new Promise<void>((r) => { release = r; });
        return nodeFileLayer.writeNew(path, data);
      },
    });
    const failure = await failureOf(safeCopy(layer, { folder: dir, fileName: 'a.csv', data: DATA, timeoutMs: 50 }, fakeTiming()));
    expect(failure.reason).toBe('timeout');
    release();
    await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a read-back that differs removes the file from its final name', async () => {
    const dir = folder();
    const layer = faulty({ readAll: async () => Buffer.from('iets anders') });
    const failure = await failureOf(safeCopy(layer, { folder: dir, fileName: 'a.csv', data: DATA }, fakeTiming()));
    expect(failure.reason).toBe('verifyFailed');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a path over 200 characters and a name with a folder or control character in it, before touching the share', async () => {
    const dir = folder();
    let touched = false;
    const layer = faulty({ exists: async () => { touched = true; return false; } });
    expect((await failureOf(safeCopy(layer, { folder: join(dir, 'x'.repeat(200)), fileName: 'a.csv', data: DATA }, fakeTiming()))).reason).toBe('pathTooLong');
    expect((await failureOf(safeCopy(layer, { folder: dir, fileName: '..\\a.csv', data: DATA }, fakeTiming()))).reason).toBe('badName');
    expect((await failureOf(safeCopy(layer, { folder: dir, fileName: 'a\u0007.csv', data: DATA }, fakeTiming()))).reason).toBe('badName');
    expect(touched).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('an unreachable share says so', async () => {
    const failure = await failureOf(safeCopy(nodeFileLayer, { folder: join(folder(), 'bestaat-niet'), fileName: 'a.csv', data: DATA }, fakeTiming()));
    expect(failure.reason).toBe('unreachable');
    expect(translateNl(failure.messageKey)).not.toBe(failure.messageKey);
  });
});
