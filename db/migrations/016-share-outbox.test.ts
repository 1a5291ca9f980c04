import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { MIGRATIONS } from './index';
import { migrate, schemaVersion } from './runner';
import { migration016 } from './016-share-outbox';

const SHA = 'a'.repeat(64);

describe('migration 016 (share outbox) with data', () => {
  it('adds the outbox beside existing settings; rows wait, fail and are sent; bad rows are refused', () => {
    const db = openDatabase(':memory:');
    const before = MIGRATIONS.indexOf(migration016);
    migrate(db, { migrations: MIGRATIONS.slice(0, before) });
    db.prepare("INSERT INTO settings(key, value, updated_at) VALUES ('export.folder', 'P:\\KBZ', 'x')").run();
    migrate(db, { migrations: MIGRATIONS.slice(0, before + 1) });
    expect(schemaVersion(db)).toBe(16);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'export.folder'").get()).toEqual({ value: 'P:\\KBZ' });

    const insert = db.prepare('INSERT INTO share_outbox(id, kind, file_name, size, sha256, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    insert.run('o1', 'export', 'KBZ overzicht 2026-10.xlsx', 1234, SHA, '2026-11-01T08:00:00.000Z');
    insert.run('o2', 'backup', 'KBZ backup 2026-11-01.kbzbak', 99, SHA, '2026-11-01T09:00:00.000Z');
    db.prepare("UPDATE share_outbox SET attempts = 1, last_error_key = 'errors.share.unreachable', last_error_values = '{}' WHERE id = 'o1'").run();
    db.prepare("UPDATE share_outbox SET sent_at = 'y', sent_name = 'KBZ backup 2026-11-01.kbzbak' WHERE id = 'o2'").run();
    expect(db.prepare('SELECT id, attempts, last_error_key, sent_at FROM share_outbox WHERE sent_at IS NULL ORDER BY created_at').all()).toEqual([
      { id: 'o1', attempts: 1, last_error_key: 'errors.share.unreachable', sent_at: null },
    ]);

    expect(() => insert.run('o3', 'patients', 'a.csv', 1, SHA, 'x')).toThrow(/CHECK/);
    expect(() => insert.run('o4', 'export', '', 1, SHA, 'x')).toThrow(/CHECK/);
    expect(() => insert.run('o5', 'export', 'a.csv', -1, SHA, 'x')).toThrow(/CHECK/);
    expect(() => insert.run('o6', 'export', 'a.csv', 1, 'kort', 'x')).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE share_outbox SET last_error_values = 'geen json' WHERE id = 'o1'").run()).toThrow(/CHECK/);
  });
});
