// Run as a child process by the e2e (Playwright's loader cannot import the store's locales): a blank
// practice with one account per role the tests sign in as, all with E2E_PASSWORD, no patients.
// Usage: tsx e2e/support/seed-accounts.ts DATA_DIR
import { uuidV7Ids, clockStartingAt } from '../../db/ids';
import { browserHostDataKey } from '../../main/browser-host/data-key';
import { openStore } from '../../main/services/open-store';
import { SIGN_IN_COST } from '../../main/services/session/password-hash';
import { addSignInUser } from '../../main/services/session/tool-accounts';
import { E2E_ACCOUNTS, E2E_PASSWORD } from './accounts';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: seed-accounts.ts DATA_DIR');
const store = openStore(dataDir, await browserHostDataKey(dataDir));
const deps = { db: store.writer, clock: clockStartingAt('2026-11-23T09:00:00.000Z'), ids: uuidV7Ids };
store.writer.transaction(() => {
  for (const account of E2E_ACCOUNTS) addSignInUser(deps, account, E2E_PASSWORD, SIGN_IN_COST);
})();
store.close();
