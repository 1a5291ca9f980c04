import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { frozenClock } from '../../../db/testing/test-db';
import { browserHostProtector } from './browser-host-protector';
import { createKeys, unlockWithRecoveryCode } from './key-store';
import { folderRecoveryCodes } from './recovery-codes';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-recovery-'));
  dirs.push(dir);
  return dir;
}

describe('the recovery code in the handler process', () => {
  it('shows a new code once; a typo is named by its group, another code is refused, the right one counts as written down', async () => {
    const dir = folder();
    const { key, recoveryCode: unseen } = await createKeys(dir, browserHostProtector(dir, undefined));
    const codes = folderRecoveryCodes(dir, key, frozenClock());
    expect(codes.confirmed()).toBe(false);
    const shown = codes.renew();
    expect(shown).not.toBe(unseen);
    const groups = shown.split('-');
    const typo = [...groups.slice(0, 2), groups[2]!.slice(0, 4) + (groups[2]!.endsWith('0') ? '1' : '0'), ...groups.slice(3)].join('-');
    expect(codes.confirm(typo)).toEqual({ key: 'errors.recoveryCodeGroup', values: { group: 3 } });
    expect(codes.confirm(unseen)).toEqual({ key: 'errors.recoveryCodeNotCurrent' });
    expect(codes.confirmed()).toBe(false);
    expect(codes.confirm(shown.toLowerCase().replaceAll('-', ' '))).toBeNull();
    expect(codes.confirmed()).toBe(true);
    // The code shown is the one that opens the folder elsewhere; the one before it no longer does.
    const elsewhere = folder();
    cpSync(dir, elsewhere, { recursive: true });
    await expect(unlockWithRecoveryCode(elsewhere, unseen, browserHostProtector(elsewhere, undefined))).rejects.toThrow();
    expect((await unlockWithRecoveryCode(elsewhere, shown, browserHostProtector(elsewhere, undefined))).equals(key)).toBe(true);
  });
});
