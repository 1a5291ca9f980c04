import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/connection';
import { MIGRATIONS } from '../../db/migrations/index';
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
});
