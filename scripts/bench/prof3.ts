import Database from 'better-sqlite3-multiple-ciphers';
import { cpSync } from 'node:fs';
import { migrate } from '../../db/migrations/runner';
import type { WritableDb } from '../../db/handles';
import { refreshKeptCells } from '../../main/services/overview/cells/kept-cells';
import { monthOverview } from '../../main/services/overview/month-overview';
cpSync('/tmp/prof/db', '/tmp/prof/db18', { recursive: true });
const db = new Database('/tmp/prof/db18/kbz-werkplek.sqlite') as WritableDb;
db.pragma('journal_mode = WAL');
db.pragma('foreign_keys = ON');
let t = performance.now();
migrate(db);
console.log('migrate', (performance.now() - t).toFixed(0));
t = performance.now();
let total = 0, n = 0;
while ((n = db.transaction(() => refreshKeptCells(db, Number(process.env.BATCH ?? 1000)))()) > 0) { total += n; if (total % 50000 === 0) console.log(total, (performance.now() - t).toFixed(0)); }
console.log('refresh all', (performance.now() - t).toFixed(0), (db.prepare('select count(*) n from overview_cells').get() as any).n);
for (let i = 0; i < 5; i++) { t = performance.now(); monthOverview(db, '2026-10', { gpId: '', wijk: '', tag: '' }); console.log('overview', (performance.now() - t).toFixed(1)); }
for (let i = 0; i < 3; i++) { t = performance.now(); monthOverview(db, '2026-10', { gpId: '', wijk: 'Zuilen', tag: '' }); console.log('overview wijk', (performance.now() - t).toFixed(1)); }
