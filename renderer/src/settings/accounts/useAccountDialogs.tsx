// The dialogs behind the account menu (a password, the beheerder mark, one's own password) and what
// follows each: the table's accounts read again; one's own beheerder mark given up changes the session.
import { useState } from 'react';
import type { AccountState } from '../../../../contract/schemas/session';
import type { StaffMember } from '../../../../contract/schemas/staff';
import { ChangePasswordDialog } from '../../session/ChangePasswordDialog';
import { useSession } from '../../session/sessionStore';
import { BeheerderDialog, type BeheerderChange } from './BeheerderDialog';
import { SetPasswordDialog } from './SetPasswordDialog';

export function useAccountDialogs(byStaff: ReadonlyMap<string, AccountState>, refresh: () => Promise<void>) {
  const setOwnBeheerder = useSession((s) => s.setBeheerder);
  const [passwordFor, setPasswordFor] = useState<StaffMember | null>(null);
  const [change, setChange] = useState<BeheerderChange | null>(null);
  const [changingOwn, setChangingOwn] = useState(false);

  const dialogs = (
    <>
      <SetPasswordDialog
        member={passwordFor}
        hasPassword={passwordFor !== null && byStaff.has(passwordFor.id)}
        onClose={() => setPasswordFor(null)}
        onDone={() => {
          setPasswordFor(null);
          void refresh();
        }}
      />
      <BeheerderDialog
        change={change}
        onClose={() => setChange(null)}
        onDone={(state) => {
          const self = change?.self === true;
          setChange(null);
          // Given up one's own mark: the accounts are no longer this person's to read.
          if (self) setOwnBeheerder(state.beheerder);
          if (!self || state.beheerder) void refresh();
        }}
      />
      <ChangePasswordDialog opened={changingOwn} onClose={() => setChangingOwn(false)} />
    </>
  );
  return { setPassword: setPasswordFor, setBeheerder: setChange, changeOwnPassword: () => setChangingOwn(true), dialogs };
}
