import { describe, expect, it } from 'vitest';
import { openDatabase } from './connection';
import type { WritableDb } from './handles';
import { migrate } from './migrations/runner';
import { insertOutboxFile, markOutboxSent, outboxSummary, pruneSentOutbox } from './share-outbox';

function outbox(): WritableDb {
  const db = openDatabase(':memory:') as WritableDb;
  migrate(db);
  const add = (id: string, sentAt: string | null) => {
    insertOutboxFile(db, { id, kind: 'export', fileName: `${id}.pdf`, size: 1, sha256: 'a'.repeat(64), createdAt: '2025-01-01T00:00:00.000Z' });
    if (sentAt) markOutboxSent(db, id, `${id}.pdf`, sentAt);
  };
  add('old-1', '2025-02-01T10:00:00.000Z');
  add('old-2', '2025-03-01T10:00:00.000Z');
  add('recent', '2025-06-20T10:00:00.000Z');
  add('waiting', null);
  return db;
}

const ids = (db: WritableDb) => (db.prepare('SELECT id FROM share_outbox ORDER BY id').all() as { id: string }[]).map((r) => r.id);

describe('pruning the sent files of the outbox', () => {
  it('forgets files sent before the date, keeps later ones and every waiting file', () => {
    const db = outbox();
    expect(pruneSentOutbox(db, '2025-04-01T00:00:00.000Z')).toBe(2);
    expect(ids(db)).toEqual(['recent', 'waiting']);
    expect(outboxSummary(db)).toMatchObject({ waiting: 1, lastSentAt: '2025-06-20T10:00:00.000Z' });
  });

  it('keeps the last file sent, however old, so the screen still says when the share last took one', () => {
    const db = outbox();
    expect(pruneSentOutbox(db, '2026-01-01T00:00:00.000Z')).toBe(2);
    expect(ids(db)).toEqual(['recent', 'waiting']);
    expect(outboxSummary(db).lastSentAt).toBe('2025-06-20T10:00:00.000Z');
  });
});
