import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, storeOf } from './connection';
import { TEST_DATA_KEY } from './testing/test-db';
import { migrate } from './migrations/runner';
import { listStaff } from './staff';
import { preparedRead } from './statement-cache';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function fileStore() {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-conn-'));
  dirs.push(dir);
  const file = join(dir, 'kbz.sqlite');
  const writer = openDatabase(file, TEST_DATA_KEY);
  migrate(writer, { file });
  return storeOf(writer, file, TEST_DATA_KEY);
}

describe('read and write handles', () => {
  it('opens the reader of a file read-only: SQLite refuses a write on it', () => {
    const store = fileStore();
    try {
      expect(store.reader).not.toBe(store.writer);
      expect(store.reader.readonly).toBe(true);
      const write = () => store.reader.prepare("INSERT INTO staff(id, name, role, agb_code, created_at) VALUES ('x', 'n', 'gp', '', 't')").run();
      expect(write).toThrow(expect.objectContaining({ code: 'SQLITE_READONLY' }));
      expect(listStaff(store.reader)).toEqual([]);
    } finally {
      store.close();
    }
  });

  it('sees what the writer committed', () => {
    const store = fileStore();
    try {
      store.writer.prepare("INSERT INTO staff(id, name, role, agb_code, created_at) VALUES ('x', 'Makkes', 'gp', '', 't')").run();
      expect(listStaff(store.reader).map((s) => s.name)).toEqual(['Makkes']);
    } finally {
      store.close();
    }
  });

  it('refuses a writing statement for a reader even where the reader is the writer (in memory)', () => {
    const writer = openDatabase(':memory:');
    migrate(writer);
    const store = storeOf(writer, null);
    expect(store.reader).toBe(store.writer);
    expect(() => preparedRead(store.reader, 'DELETE FROM staff')).toThrow(/delete staff #[0-9a-f]{8} writes/);
    expect(preparedRead(store.reader, 'SELECT count(*) AS n FROM staff').get()).toEqual({ n: 0 });
    store.close();
  });
});

describe('pragmas', () => {
  it('sets secure_delete on the writer and the reader, on a file and in memory', () => {
    const store = fileStore();
    try {
      expect(store.writer.pragma('secure_delete', { simple: true })).toBe(1);
      expect(store.reader.pragma('secure_delete', { simple: true })).toBe(1);
    } finally {
      store.close();
    }
    const memory = openDatabase(':memory:');
    expect(memory.pragma('secure_delete', { simple: true })).toBe(1);
    memory.close();
  });

  it('leaves no text of a deleted row in the file', () => {
    const store = fileStore();
    const secret = 'Schulden-bij-de-buurman-XYZZY';
    store.writer.prepare("INSERT INTO settings(key, value, updated_at) VALUES ('draft', ?, 't')").run(secret.repeat(20));
    store.writer.prepare("DELETE FROM settings WHERE key = 'draft'").run();
    store.writer.pragma('wal_checkpoint(TRUNCATE)');
    const file = store.writer.name;
    store.close();
    expect(readFileSync(file).includes(secret)).toBe(false);
  });
});
