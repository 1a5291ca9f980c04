// Instellingen → Team: everyone who works at the practice, active first. Whoever manages the team adds,
// edits and deactivates; a beheerder also sees each account and sets passwords and beheerders; everyone
// else reads the list.
import { Alert, Button } from '@mantine/core';
import { IconKey, IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../contract/schemas/staff';
import { useStaff } from '../app/staffStore';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { messageText } from '../errors/messages';
import { useSession } from '../session/sessionStore';
import { useCan } from '../session/useCan';
import { AccountMenu } from './accounts/AccountMenu';
import { accountStatus } from './accounts/accountStatus';
import { useAccountDialogs } from './accounts/useAccountDialogs';
import { useAccountStates } from './accounts/useAccountStates';
import { StaffDialog } from './StaffDialog';
import { TeamTable, type AccountColumn } from './TeamTable';

export function TeamSettings() {
  const { t } = useTranslation();
  const { staff, refresh } = useStaff();
  const canCreate = useCan('staff.create');
  const canEdit = useCan('staff.update');
  const isBeheerder = useCan('accounts.list');
  const selfId = useSession((s) => s.user?.staffId);
  const accounts = useAccountStates(isBeheerder);
  const accountDialogs = useAccountDialogs(accounts.byStaff, accounts.refresh);
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  // A person just saved who may sign in but has no password: the beheerder sets one next.
  const [needsPassword, setNeedsPassword] = useState<StaffMember | null>(null);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const now = new Date().toISOString();
  const statusOf = (m: StaffMember) => accountStatus(m, accounts.byStaff.get(m.id), now);
  const accountColumn: AccountColumn | undefined = isBeheerder
    ? {
        statusOf,
        actionsFor: (m, status) => (
          <AccountMenu
            member={m}
            status={status}
            beheerder={accounts.byStaff.get(m.id)?.beheerder === true}
            self={m.id === selfId}
            onSetPassword={() => accountDialogs.setPassword(m)}
            onChangeOwnPassword={accountDialogs.changeOwnPassword}
            onSetBeheerder={(beheerder) => accountDialogs.setBeheerder({ member: m, beheerder, self: m.id === selfId })}
          />
        ),
      }
    : undefined;
  const withoutPassword = isBeheerder ? staff.filter((m) => statusOf(m).kind === 'noPassword') : [];
  const editingId = editing === null || editing === 'new' ? null : editing.id;

  const add = canCreate && (
    <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setEditing('new')}>
      {t('team.add')}
    </Button>
  );
  return (
    <section className="panel team-panel" aria-labelledby="team-title">
      <div className="panel-head">
        <div>
          <h2 id="team-title">{t('team.title')}</h2>
          <p className="dimmed">{t(canEdit ? 'team.intro' : 'team.introReadOnly')}</p>
        </div>
        {staff.length > 0 && add}
      </div>
      {accounts.problem && <ErrorAlert>{messageText(t, accounts.problem)}</ErrorAlert>}
      {withoutPassword.length > 0 && (
        <Alert className="team-notice" color="yellow" variant="light" icon={<IconKey size={18} aria-hidden="true" />} title={t('accounts.noPasswordTitle', { count: withoutPassword.length })}>
          {t('accounts.noPasswordText', { names: withoutPassword.map((m) => m.name).join(', ') })}
        </Alert>
      )}
      {staff.length === 0 ? (
        <EmptyState icon={<IconUsersGroup size={32} aria-hidden="true" />} title={t('team.empty')} actions={add || undefined} />
      ) : (
        <TeamTable staff={staff} onEdit={canEdit ? setEditing : undefined} accounts={accountColumn} />
      )}
      <StaffDialog
        editing={editing}
        hasPassword={isBeheerder ? editingId !== null && accounts.byStaff.has(editingId) : undefined}
        onClose={() => setEditing(null)}
        onSaved={(member) => {
          setEditing(null);
          void refresh();
          if (isBeheerder && member.active && member.canSignIn && !accounts.byStaff.has(member.id)) setNeedsPassword(member);
        }}
        onExited={() => {
          if (needsPassword) accountDialogs.setPassword(needsPassword);
          setNeedsPassword(null);
        }}
      />
      {accountDialogs.dialogs}
    </section>
  );
}
