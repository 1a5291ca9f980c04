// The demo folder's first opening: an empty store gets the demo practice; a store that is already the
// demo is left as it is (the user's changes to the demo stay); a store with a real practice in it is
// refused, so demo data never lands beside real data.
import type { Store } from '../../../db/handles';
import type { Clock } from '../../../db/ids';
import type { HashCost } from '../session/password-hash';
import { translateNl } from '../translate';
import { isDemoPractice } from './demo-mark';
import { seedDemoPractice } from './demo-practice';

/** Enough to search, filter and page through; made in seconds (most of it hashing the demo accounts' passwords). */
export const DEMO_PATIENTS = 500;

function holdsPractice(store: Store): boolean {
  const row = store.reader
    .prepare('SELECT EXISTS(SELECT 1 FROM patients) OR EXISTS(SELECT 1 FROM staff) OR EXISTS(SELECT 1 FROM accounts) AS held')
    .get() as { held: number };
  return row.held === 1;
}

/** Returns true when it seeded. Throws (in Dutch) when the store holds a practice that is not the demo. */
export function seedDemoWhenEmpty(store: Store, options: { clock: Clock; hashCost?: HashCost }): boolean {
  if (isDemoPractice(store.reader)) return false;
  if (holdsPractice(store)) throw new Error(translateNl('errors.demoFolderHoldsPractice'));
  seedDemoPractice(store, { patients: DEMO_PATIENTS, clock: options.clock, hashCost: options.hashCost });
  return true;
}
