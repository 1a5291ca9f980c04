import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { modeOf, modesApply } from '../../../db/testing/file-modes';
import { DATABASE_FILE, openStore } from '../open-store';
import { callOk, patientForm, testEnvWith } from '../testing/test-env';
import { KEYS_FILE, readKeysFile } from './key-file';
import { confirmRecoveryCode, createKeys, recoveryCodeConfirmed, replaceRecoveryCode, unlockWithPlatform, unlockWithRecoveryCode } from './key-store';
import { KeyStoreError } from './key-store-error';
import { computer } from './testing';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-keys-'));
  dirs.push(dir);
  return dir;
}

const keysText = (dir: string) => readFileSync(join(dir, KEYS_FILE), 'utf8');

async function refused(promise: Promise<unknown>): Promise<KeyStoreError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(KeyStoreError);
  return err as KeyStoreError;
}

describe('the key store', () => {
  it('makes a data key, keeps it only wrapped, and unlocks it again on the same computer', async () => {
    const dir = tempDir();
    const here = computer(dir);
    const { key, recoveryCode } = await createKeys(dir, here);
    expect(key).toHaveLength(32);
    const text = keysText(dir);
    expect(text).not.toContain(key.toString('hex'));
    expect(text).not.toContain(key.toString('base64'));
    expect(text).not.toContain(recoveryCode);
    expect(readKeysFile(dir)).toMatchObject({ format: 1, cipher: 'sqlcipher-4', platforms: [{ kind: 'browser-host' }], recovery: { kdf: 'scrypt', confirmedAt: null } });
    if (modesApply) expect(modeOf(join(dir, KEYS_FILE))).toBe(0o600);
    expect((await unlockWithPlatform(dir, [here])).equals(key)).toBe(true);
    expect((await refused(createKeys(dir, here))).key).toBe('errors.keysAlreadyExist');
  });

  it('opens a copied data folder in a fresh folder with only the recovery code, then protects it for the new computer', async () => {
    // The practice's computer: keys, a database with a patient.
    const first = tempDir();
    const { key, recoveryCode } = await createKeys(first, computer(first));
    const store = openStore(first, key);
    callOk(testEnvWith(store), 'patients.create', { patient: patientForm() });
    store.close();

    // Another computer: the database and keys.json copied, nothing else.
    const second = tempDir();
    for (const f of [DATABASE_FILE, KEYS_FILE]) copyFileSync(join(first, f), join(second, f));
    const there = computer(second);
    const beforeRecovery = keysText(second);
    const err = await refused(unlockWithPlatform(second, [there]));
    expect(err.key).toBe('errors.keysOtherComputer');
    expect(err.message).toMatch(/andere computer.*herstelsleutel/);
    expect(keysText(second)).toBe(beforeRecovery);

    const recovered = await unlockWithRecoveryCode(second, recoveryCode.toLowerCase().replace(/-/g, ' '), there);
    expect(recovered.equals(key)).toBe(true);
    const copy = openStore(second, recovered);
    expect(copy.reader.prepare('SELECT surname FROM patients').pluck().all()).toEqual(['Hoff-Öztürk']);
    copy.close();
    // From now on this computer opens it by itself; the code keeps working.
    expect((await unlockWithPlatform(second, [there])).equals(key)).toBe(true);
    expect((await unlockWithRecoveryCode(second, recoveryCode, there)).equals(key)).toBe(true);
  });

  it('refuses a wrong or mistyped recovery code with its own message, changing nothing', async () => {
    const dir = tempDir();
    const { recoveryCode } = await createKeys(dir, computer(dir));
    const other = (await createKeys(tempDir(), computer(dir))).recoveryCode;
    const before = keysText(dir);
    expect((await refused(unlockWithRecoveryCode(dir, other, computer(dir)))).key).toBe('errors.recoveryCodeWrong');
    const typo = `${recoveryCode.slice(0, 7)}${recoveryCode[7] === 'A' ? 'B' : 'A'}${recoveryCode.slice(8)}`;
    const mistyped = await refused(unlockWithRecoveryCode(dir, typo, computer(dir)));
    expect([mistyped.key, mistyped.values]).toEqual(['errors.recoveryCodeGroup', { group: 2 }]);
    expect(mistyped.message).toBe('Groep 2 van de herstelsleutel klopt niet. Controleer die groep.');
    expect(keysText(dir)).toBe(before);
  });

  it('replaces the recovery code (the old one stops working) and remembers when it was written down', async () => {
    const dir = tempDir();
    const here = computer(dir);
    const { key, recoveryCode } = await createKeys(dir, here);
    expect(recoveryCodeConfirmed(dir)).toBe(false);
    const fresh = await replaceRecoveryCode(dir, key);
    expect(fresh).not.toBe(recoveryCode);
    expect((await refused(unlockWithRecoveryCode(dir, recoveryCode, here))).key).toBe('errors.recoveryCodeWrong');
    expect((await unlockWithRecoveryCode(dir, fresh, here)).equals(key)).toBe(true);
    confirmRecoveryCode(dir, () => '2026-11-23T09:00:00.000Z');
    expect(recoveryCodeConfirmed(dir)).toBe(true);
    expect((await unlockWithPlatform(dir, [here])).equals(key)).toBe(true);
  });

  it('refuses a damaged keys.json with a Dutch message and does not touch it', async () => {
    const dir = tempDir();
    await createKeys(dir, computer(dir));
    for (const damaged of ['{"format": 1', '{"format": 2}', '']) {
      writeFileSync(join(dir, KEYS_FILE), damaged);
      const err = await refused(unlockWithPlatform(dir, [computer(dir)]));
      expect(err.key).toBe('errors.keysFileDamaged');
      expect(err.message).toMatch(/keys\.json.*beschadigd/);
      expect(keysText(dir)).toBe(damaged);
    }
  });
});
