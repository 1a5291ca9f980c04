import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseFileState, UNENCRYPTED } from './cipher';
import { openDatabase } from './connection';
import { EncryptionCheckError, encryptPlainFile } from './encrypt-plain';
import { TEST_DATA_KEY } from './testing/test-db';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kbz-enc-'));
  dirs.push(dir);
  return join(dir, 'kbz.sqlite');
}

function plainWithIndex(file: string): void {
  const db = openDatabase(file, UNENCRYPTED);
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); CREATE INDEX t_name ON t(name)');
  const insert = db.prepare('INSERT INTO t(name) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`naam ${i}`);
  })();
  db.close();
}

describe('encrypting a plain database file', () => {
  it('encrypts in place: the same rows, the same schema version, WAL mode kept', () => {
    const file = tempFile();
    plainWithIndex(file);
    encryptPlainFile(file, TEST_DATA_KEY);
    expect(databaseFileState(file)).toBe('encrypted');
    expect(readFileSync(file).includes('naam 1999')).toBe(false);
    const db = openDatabase(file, TEST_DATA_KEY);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(2000);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('refuses a damaged plain file and leaves it byte for byte as it was, with nothing beside it', () => {
    const file = tempFile();
    plainWithIndex(file);
    const db = openDatabase(file, UNENCRYPTED);
    const indexPage = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 't_name'").pluck().get() as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    // Scribble over the index's cells (past the page header): the table is fine, its index is not.
    const bytes = readFileSync(file);
    bytes.fill(0x41, (indexPage - 1) * pageSize + 200, indexPage * pageSize - 200);
    writeFileSync(file, bytes);
    const before = readFileSync(file);
    expect(() => encryptPlainFile(file, TEST_DATA_KEY)).toThrow(EncryptionCheckError);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(join(file, '..'))).toEqual(['kbz.sqlite']);
  });
});
