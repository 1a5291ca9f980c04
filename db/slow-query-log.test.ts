import { describe, expect, it } from 'vitest';
import { openDatabase } from './connection';
import { setSlowQueryLog, statementName } from './slow-query-log';
import { prepared, preparedRead } from './statement-cache';

const SECRET = 'Hoff-Öztürk 111222333';

function slowDb(thresholdMs: number) {
  const db = openDatabase(':memory:');
  db.exec('CREATE TABLE patients (surname TEXT)');
  // Burns CPU time in SQL, as a slow query would.
  db.function('slow', (ms) => {
    const until = performance.now() + Number(ms);
    while (performance.now() < until) {
      // busy
    }
    return 1;
  });
  const lines: string[] = [];
  setSlowQueryLog(db, { thresholdMs, log: (line) => lines.push(line) });
  return { db, lines };
}

describe('slow-query log', () => {
  it('names a statement over the threshold with its duration, never a parameter value', () => {
    const { db, lines } = slowDb(40);
    preparedRead(db, 'SELECT slow(?) AS s FROM (SELECT 1) WHERE ? IS NOT NULL').get(50, SECRET);
    prepared(db, 'INSERT INTO patients(surname) VALUES (?)').run(SECRET);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\[kbz\] slow query select #[0-9a-f]{8}: \d+\.\d ms$/);
    expect(Number(/: (\d+\.\d) ms/.exec(lines[0]!)![1])).toBeGreaterThanOrEqual(40);
    expect(lines.join('\n')).not.toContain('Hoff');
    expect(lines.join('\n')).not.toContain('111222333');
  });

  it('logs every statement at a threshold of 0, by kind and table', () => {
    const { db, lines } = slowDb(0);
    prepared(db, 'INSERT INTO patients(surname) VALUES (?)').run(SECRET);
    preparedRead(db, 'SELECT surname FROM patients WHERE surname = ?').all(SECRET);
    expect(lines.map((l) => l.replace(/ #[0-9a-f]{8}: .*/, ''))).toEqual(['[kbz] slow query insert patients', '[kbz] slow query select patients']);
    expect(lines.join('\n')).not.toContain('Hoff');
  });

  it('tells two statements on the same table apart', () => {
    expect(statementName('SELECT id FROM patients WHERE bsn = ?')).not.toBe(statementName('SELECT id FROM patients WHERE his_number = ?'));
    expect(statementName('UPDATE patients SET status = ? WHERE id = ?')).toMatch(/^update patients #/);
    expect(statementName('DELETE FROM patients_search WHERE rowid = ?')).toMatch(/^delete patients_search #/);
  });
});
