import { describe, expect, it } from 'vitest';
import { openDatabase } from '../connection';
import { MIGRATIONS } from './index';
import { migrate, schemaVersion } from './runner';
import { migration017 } from './017-overview-indexes';

describe('migration 017 (overview indexes) with data', () => {
  it('adds the indexes beside existing intakes and history, changing no row; the overview look-ups read them', () => {
    const db = openDatabase(':memory:');
    const before = MIGRATIONS.indexOf(migration017);
    migrate(db, { migrations: MIGRATIONS.slice(0, before) });
    db.prepare(
      `INSERT INTO patients(id, his_number, surname, sort_key, date_of_birth, gender, status, status_since, created_at, updated_at)
       VALUES ('p1', '100', 'Berg', 'berg', '1980-01-01', 'female', 'intake', 'x', '2026-01-05T09:00:00.000Z', 'x')`,
    ).run();
    const history = db.prepare('INSERT INTO patient_status_history(id, patient_id, status, changed_at) VALUES (?, ?, ?, ?)');
    history.run('h1', 'p1', 'registered', '2026-01-05T09:00:00.000Z');
    history.run('h2', 'p1', 'intake', '2026-02-10T09:00:00.000Z');
    const intake = db.prepare("INSERT INTO intakes(id, patient_id, state, supersedes_id, content, created_at, updated_at, finalized_at) VALUES (?, 'p1', ?, ?, '{}', 'x', 'x', ?)");
    intake.run('i1', 'final', null, '2026-02-10T09:00:00.000Z');
    intake.run('i2', 'final', 'i1', '2026-02-11T09:00:00.000Z');
    intake.run('i3', 'draft', null, null);
    const rows = () => ({
      intakes: db.prepare('SELECT * FROM intakes ORDER BY id').all(),
      history: db.prepare('SELECT * FROM patient_status_history ORDER BY id').all(),
    });
    const was = rows();
    migrate(db, { migrations: MIGRATIONS.slice(0, before + 1) });
    expect(schemaVersion(db)).toBe(17);
    expect(rows()).toEqual(was);

    const added = ['action_history_changes', 'action_history_status', 'intakes_final', 'meetings_held', 'patient_actions_created', 'status_history_changes', 'status_history_status'];
    const names = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name IN (${added.map(() => '?').join(', ')}) ORDER BY name`).all(...added) as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(added);

    const latest = "SELECT id FROM intakes WHERE patient_id = 'p1' AND state = 'final' AND finalized_at < '2026-03-01' ORDER BY finalized_at DESC, id DESC LIMIT 1";
    expect(db.prepare(latest).get()).toEqual({ id: 'i2' });
    expect(JSON.stringify(db.prepare(`EXPLAIN QUERY PLAN ${latest}`).all())).toContain('COVERING INDEX intakes_final');
    const status = "SELECT status FROM patient_status_history WHERE patient_id = 'p1' AND changed_at < '2026-02-01' ORDER BY changed_at DESC, id DESC LIMIT 1";
    expect(db.prepare(status).get()).toEqual({ status: 'registered' });
    expect(JSON.stringify(db.prepare(`EXPLAIN QUERY PLAN ${status}`).all())).toContain('COVERING INDEX status_history_status');
  });
});
