import { describe, expect, it } from 'vitest';
import { appendAccess, type AccessEntry } from './access-log';
import { CHAINED_COLUMNS, GENESIS_HASH, canonicalEntry, entryHash } from './access-log-chain';
import { verifyAccessLog } from './access-log-verify';
import type { WritableDb } from './handles';
import { testDb } from './testing/test-db';

const PATIENT = '01900000-0000-7000-8000-0000000000aa';

function entry(n: number): AccessEntry {
  return { at: `2026-11-23T09:00:0${n % 10}.000Z`, workstation: 'balie-1', userId: 'assistent', action: 'view', channel: 'patients.get', patientId: PATIENT, userRole: 'assistant' };
}

/** A log of `count` entries, appended as the app does: one write transaction each. */
function logWith(count: number): WritableDb {
  const { db } = testDb();
  for (let i = 1; i <= count; i++) db.transaction(() => appendAccess(db, entry(i))).immediate();
  return db;
}

/** What someone with the file and a SQLite tool can do: the append-only triggers are gone. */
function dropTriggers(db: WritableDb): void {
  db.exec('DROP TRIGGER access_log_no_update; DROP TRIGGER access_log_no_delete;');
}

const seqs = (db: WritableDb) => (db.prepare('SELECT seq FROM access_log ORDER BY seq').all() as { seq: number }[]).map((r) => r.seq);
const hashOf = (db: WritableDb, seq: number) => (db.prepare('SELECT hash FROM access_log WHERE seq = ?').get(seq) as { hash: string }).hash;

describe('the access log hash chain', () => {
  it('verifies a fresh chain and an empty log', () => {
    expect(verifyAccessLog(testDb().db)).toEqual({ ok: true, entries: 0 });
    expect(verifyAccessLog(logWith(5))).toEqual({ ok: true, entries: 5 });
  });

  it('chains each entry to the one before, from the genesis hash', () => {
    const db = logWith(2);
    const rows = db.prepare('SELECT seq, at, workstation, user_id, action, channel, patient_id, user_role, hash FROM access_log ORDER BY seq').all() as ({ hash: string } & Parameters<typeof entryHash>[1])[];
    expect(rows[0]!.hash).toBe(entryHash(GENESIS_HASH, rows[0]!));
    expect(rows[1]!.hash).toBe(entryHash(rows[0]!.hash, rows[1]!));
    expect(rows[1]!.hash).not.toBe(entryHash(GENESIS_HASH, rows[1]!));
  });

  it('hashes a fixed serialisation: changing it would break every existing log', () => {
    const row = { seq: 1, at: '2026-11-23T09:00:00.000Z', workstation: 'balie-1', user_id: 'assistent', action: 'view', channel: 'patients.get', patient_id: PATIENT, user_role: null };
    expect(canonicalEntry(row)).toBe(
      `{"seq":1,"at":"2026-11-23T09:00:00.000Z","workstation":"balie-1","user_id":"assistent","action":"view","channel":"patients.get","patient_id":"${PATIENT}"}`,
    );
    expect(canonicalEntry({ ...row, patient_id: null })).not.toContain('patient_id');
    expect(entryHash(GENESIS_HASH, row)).toBe('afd5aea4a8d6217a8b5323dba8abfadfa6bba409190607ae01c90dc29de11b17');
  });

  it('covers every column of the table but the hash itself', () => {
    const columns = (testDb().db.prepare("SELECT name FROM pragma_table_info('access_log') ORDER BY cid").all() as { name: string }[]).map((c) => c.name);
    // Columns added later (user_role) come after `hash` in the table; the chain lists them in its own order.
    expect(columns.sort()).toEqual([...CHAINED_COLUMNS, 'hash'].sort());
  });

  it('detects an edited entry, and an edited hash', () => {
    const db = logWith(5);
    dropTriggers(db);
    db.prepare("UPDATE access_log SET user_id = 'iemand-anders' WHERE seq = 3").run();
    expect(verifyAccessLog(db)).toEqual({ ok: false, entries: 5, firstBrokenSeq: 3, position: 3, problem: 'changed' });

    const other = logWith(5);
    dropTriggers(other);
    other.prepare("UPDATE access_log SET hash = ? WHERE seq = 2").run('f'.repeat(64));
    expect(verifyAccessLog(other)).toMatchObject({ ok: false, firstBrokenSeq: 2, problem: 'changed' });
  });

  it("detects an edited entry whose own hash was recomputed: the next entry's link no longer holds", () => {
    const db = logWith(5);
    dropTriggers(db);
    const row = { seq: 3, at: entry(3).at, workstation: 'balie-1', user_id: 'iemand-anders', action: 'view', channel: 'patients.get', patient_id: PATIENT, user_role: 'assistant' };
    db.prepare('UPDATE access_log SET user_id = ?, hash = ? WHERE seq = 3').run(row.user_id, entryHash(hashOf(db, 2), row));
    expect(verifyAccessLog(db)).toEqual({ ok: false, entries: 5, firstBrokenSeq: 4, position: 4, problem: 'changed' });
  });

  it('detects an entry deleted in the middle, also when the numbers after it are closed up', () => {
    const db = logWith(5);
    dropTriggers(db);
    db.prepare('DELETE FROM access_log WHERE seq = 3').run();
    expect(verifyAccessLog(db)).toEqual({ ok: false, entries: 4, firstBrokenSeq: 4, position: 3, problem: 'gap' });

    db.prepare('UPDATE access_log SET seq = seq - 1 WHERE seq > 3').run();
    expect(seqs(db)).toEqual([1, 2, 3, 4]);
    expect(verifyAccessLog(db)).toEqual({ ok: false, entries: 4, firstBrokenSeq: 3, position: 3, problem: 'changed' });
  });

  it('detects the newest entries deleted, and after the app has appended again', () => {
    const db = logWith(5);
    dropTriggers(db);
    db.prepare('DELETE FROM access_log WHERE seq >= 4').run();
    expect(verifyAccessLog(db)).toEqual({ ok: false, entries: 3, firstBrokenSeq: 4, position: 4, problem: 'missingAtEnd' });

    db.transaction(() => appendAccess(db, entry(6))).immediate();
    expect(seqs(db)).toEqual([1, 2, 3, 6]);
    expect(verifyAccessLog(db)).toEqual({ ok: false, entries: 4, firstBrokenSeq: 6, position: 4, problem: 'gap' });
  });

  it('detects an inserted entry, even one whose own hash was computed correctly', () => {
    const db = logWith(5);
    dropTriggers(db);
    // Make room at seq 3 and put a forged entry there, chained properly to entry 2.
    for (const seq of [5, 4, 3]) db.prepare('UPDATE access_log SET seq = seq + 1 WHERE seq = ?').run(seq);
    const row = { seq: 3, at: '2026-11-23T09:00:02.500Z', workstation: 'thuis', user_id: 'iemand-anders', action: 'view', channel: 'patients.get', patient_id: PATIENT, user_role: null };
    db.prepare('INSERT INTO access_log(seq, at, workstation, user_id, action, channel, patient_id, user_role, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      ...Object.values(row),
      entryHash(hashOf(db, 2), row),
    );
    expect(verifyAccessLog(db)).toEqual({ ok: false, entries: 6, firstBrokenSeq: 4, position: 4, problem: 'changed' });
  });

  it('detects an entry appended at the end without the chain', () => {
    const db = logWith(3);
    db.prepare(
      "INSERT INTO access_log(at, workstation, user_id, action, channel, patient_id, hash) VALUES ('2026-11-23T10:00:00.000Z', 'ws', 'u', 'view', 'patients.get', NULL, ?)",
    ).run(hashOf(db, 3));
    expect(verifyAccessLog(db)).toEqual({ ok: false, entries: 4, firstBrokenSeq: 4, position: 4, problem: 'changed' });
  });

  it('refuses a row without a full hash', () => {
    const db = logWith(1);
    expect(() =>
      db.prepare("INSERT INTO access_log(at, workstation, user_id, action, channel, patient_id, hash) VALUES ('x', 'ws', 'u', 'view', 'c', NULL, 'abc')").run(),
    ).toThrow(/CHECK/);
  });
});
