import { describe, expect, it } from 'vitest';
import { appendAccess } from '../access-log';
import { verifyAccessLog } from '../access-log-verify';
import { openDatabase } from '../connection';
import type { WritableDb } from '../handles';
import { MIGRATIONS } from './index';
import { migrate, schemaVersion } from './runner';

const UP_TO_6 = MIGRATIONS.slice(0, 6);

function atVersion6(): WritableDb {
  const db = openDatabase(':memory:');
  migrate(db, { migrations: UP_TO_6 });
  return db;
}

/** Entries as version 6 wrote them: no hash. Every fifth has no patient (an import of nothing, say). */
function withOldEntries(db: WritableDb, count: number): void {
  const insert = db.prepare('INSERT INTO access_log(at, workstation, user_id, action, channel, patient_id) VALUES (?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (let i = 1; i <= count; i++) {
      insert.run(`2026-11-23T09:${String(i % 60).padStart(2, '0')}:00.000Z`, `ws-${i % 3}`, 'u', i % 2 ? 'view' : 'update', 'patients.get', i % 5 ? `p${i}` : null);
    }
  })();
}

const contentOf = (db: WritableDb) => db.prepare('SELECT seq, at, workstation, user_id, action, channel, patient_id FROM access_log ORDER BY seq').all();

describe('migration 007 with data', () => {
  it('keeps every entry and chains them in order, as appending them one by one would', () => {
    const old = atVersion6();
    withOldEntries(old, 12);
    const before = contentOf(old);
    migrate(old, { migrations: MIGRATIONS });
    expect(schemaVersion(old)).toBe(MIGRATIONS.length);
    expect(contentOf(old)).toEqual(before);
    expect(verifyAccessLog(old)).toEqual({ ok: true, entries: 12 });

    // (Migrated on to the newest version: the chain's columns include later ones, NULL here.)
    // The same entries appended by the new version give the same hashes.
    const fresh = openDatabase(':memory:');
    migrate(fresh, { migrations: MIGRATIONS });
    for (const r of before as { at: string; workstation: string; user_id: string; action: 'view'; channel: string; patient_id: string | null }[]) {
      fresh.transaction(() => appendAccess(fresh, { at: r.at, workstation: r.workstation, userId: r.user_id, action: r.action, channel: r.channel, patientId: r.patient_id, userRole: null }))();
    }
    const hashes = (db: WritableDb) => db.prepare('SELECT hash FROM access_log ORDER BY seq').all();
    expect(hashes(old)).toEqual(hashes(fresh));
  });

  it('chains a log longer than one batch', () => {
    const db = atVersion6();
    withOldEntries(db, 12_001);
    migrate(db, { migrations: MIGRATIONS });
    expect(verifyAccessLog(db)).toEqual({ ok: true, entries: 12_001 });
  });

  it('keeps the table STRICT and append-only, with its index, and continues the chain', () => {
    const db = atVersion6();
    withOldEntries(db, 3);
    migrate(db, { migrations: MIGRATIONS });
    expect(() => db.prepare("UPDATE access_log SET patient_id = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM access_log').run()).toThrow(/append-only/);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE tbl_name = 'access_log' AND type = 'index'").all()).toEqual([{ name: 'access_log_patient' }]);
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'access_log'").get()).toEqual({ strict: 1 });
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'access_log_new'").get()).toEqual({ n: 0 });

    db.transaction(() => appendAccess(db, { at: '2026-11-23T10:00:00.000Z', workstation: 'ws', userId: 'u', action: 'view', channel: 'patients.get', patientId: 'p9', userRole: null }))();
    expect(db.prepare('SELECT max(seq) AS seq FROM access_log').get()).toEqual({ seq: 4 });
    expect(verifyAccessLog(db)).toEqual({ ok: true, entries: 4 });
  });

  it('still shows entries removed from the end before this version', () => {
    const db = atVersion6();
    withOldEntries(db, 5);
    db.exec('DROP TRIGGER access_log_no_delete');
    db.prepare('DELETE FROM access_log WHERE seq > 3').run();
    migrate(db, { migrations: MIGRATIONS });
    expect(verifyAccessLog(db)).toEqual({ ok: false, entries: 3, firstBrokenSeq: 4, position: 4, problem: 'missingAtEnd' });
  });

  it('starts an empty log that verifies and numbers from 1', () => {
    const db = atVersion6();
    migrate(db, { migrations: MIGRATIONS });
    expect(verifyAccessLog(db)).toEqual({ ok: true, entries: 0 });
    db.transaction(() => appendAccess(db, { at: '2026-11-23T10:00:00.000Z', workstation: 'ws', userId: 'u', action: 'create', channel: 'patients.create', patientId: 'p1', userRole: null }))();
    expect(db.prepare('SELECT seq FROM access_log').all()).toEqual([{ seq: 1 }]);
    expect(verifyAccessLog(db)).toEqual({ ok: true, entries: 1 });
  });
});
