// Run as a child process by the e2e (Playwright's loader cannot import the key store's locales):
// what someone with the data folder and a SQLite tool could do. Opens the encrypted database with the
// browser host's key, drops the update trigger and changes one entry's user.
// Usage: tsx e2e/support/tamper-access-log.ts DATA_DIR SEQ
import { join } from 'node:path';
import { openDatabase } from '../../db/connection';
import { browserHostDataKey } from '../../main/browser-host/data-key';
import { DATABASE_FILE } from '../../main/services/open-store';

const [dataDir, seq] = process.argv.slice(2);
if (!dataDir || !seq) throw new Error('usage: tamper-access-log.ts DATA_DIR SEQ');
const db = openDatabase(join(dataDir, DATABASE_FILE), await browserHostDataKey(dataDir));
db.exec('DROP TRIGGER access_log_no_update');
db.prepare("UPDATE access_log SET user_id = 'iemand-anders' WHERE seq = ?").run(Number(seq));
db.close();
