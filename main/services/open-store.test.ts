import { chmodSync, copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { MIGRATIONS } from '../../db/migrations/index';
import { modeOf, modesApply, skipReasonOnWindows } from '../../db/testing/file-modes';
import { DATABASE_FILE, openStore } from './open-store';

describe('opening the practice database', () => {
  it('refuses a database from a newer app with a Dutch message that says what to do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kbz-open-'));
    try {
      const db = openDatabase(join(dir, DATABASE_FILE));
      db.pragma(`user_version = ${MIGRATIONS.length + 3}`);
      db.close();
      expect(() => openStore(dir)).toThrow(/nieuwere KBZ Werkplek.*Installeer de nieuwste versie/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  skipReasonOnWindows('a new data folder is made 0700, its database files 0600');
  it.skipIf(!modesApply)('makes a new data folder and the files in it readable by the user only', () => {
    const parent = mkdtempSync(join(tmpdir(), 'kbz-open-'));
    const dir = join(parent, 'KBZ Werkplek');
    try {
      const store = openStore(dir);
      expect(modeOf(dir)).toBe(0o700);
      const files = readdirSync(dir);
      expect(files.sort()).toEqual([DATABASE_FILE, `${DATABASE_FILE}-shm`, `${DATABASE_FILE}-wal`]);
      for (const f of files) expect(modeOf(join(dir, f)), f).toBe(0o600);
      store.close();
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });

  skipReasonOnWindows('an existing database and its backups are made 0600');
  it.skipIf(!modesApply)('tightens the database and the backups an older version left readable by others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kbz-open-'));
    try {
      openStore(dir).close();
      const backup = join(dir, `${DATABASE_FILE}.v3-2026-01-01T08-00-00-000Z.bak`);
      copyFileSync(join(dir, DATABASE_FILE), backup);
      for (const f of [join(dir, DATABASE_FILE), backup]) chmodSync(f, 0o644);
      openStore(dir).close();
      expect(modeOf(join(dir, DATABASE_FILE))).toBe(0o600);
      expect(modeOf(backup)).toBe(0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
