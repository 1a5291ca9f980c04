// The people the end-to-end tests sign in as. A blank practice gets these (seed-accounts.ts); the demo
// practice has its own, with the same password (DEMO_PASSWORD).
import type { StaffRole } from '../../contract/schemas/staff';

export const E2E_PASSWORD = 'voorbeeldpraktijk';

export const E2E_ACCOUNTS: { givenName: string; surname: string; role: StaffRole; beheerder: boolean }[] = [
  { givenName: 'Sanne', surname: 'Brouwer', role: 'gp', beheerder: true },
  { givenName: 'Fleur', surname: 'Jansen', role: 'assistant', beheerder: false },
  { givenName: 'Ellen', surname: 'Post', role: 'manager', beheerder: false },
];
