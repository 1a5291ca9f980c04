// The beheerder's actions on one person's account, in the team table's last column: the password, and
// the beheerder mark once there is a password (main refuses a beheerder without one).
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconKey, IconShieldCheck, IconShieldOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../../contract/schemas/staff';
import type { AccountStatus } from './accountStatus';

interface AccountMenuProps {
  member: StaffMember;
  status: AccountStatus;
  beheerder: boolean;
  self: boolean;
  onSetPassword(): void;
  onChangeOwnPassword(): void;
  onSetBeheerder(beheerder: boolean): void;
}

export function AccountMenu({ member, status, beheerder, self, onSetPassword, onChangeOwnPassword, onSetBeheerder }: AccountMenuProps) {
  const { t } = useTranslation();
  if (status.kind === 'noAccess') return null;
  const hasPassword = status.kind !== 'noPassword';
  return (
    // The row opens the staff dialog on click; the menu (also its portal, in React's tree) must not.
    <div onClick={(e) => e.stopPropagation()} className="account-menu">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="subtle" size="compact-sm" rightSection={<IconChevronDown size={14} aria-hidden="true" />} aria-label={t('accounts.menu', { name: member.name })}>
            {t('accounts.menuShort')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {self ? (
            <Menu.Item leftSection={<IconKey size={16} aria-hidden="true" />} onClick={onChangeOwnPassword}>{t('session.changePassword')}</Menu.Item>
          ) : (
            <Menu.Item leftSection={<IconKey size={16} aria-hidden="true" />} onClick={onSetPassword}>{t('accounts.setPassword.action')}</Menu.Item>
          )}
          {hasPassword &&
            (beheerder ? (
              <Menu.Item color="red" leftSection={<IconShieldOff size={16} aria-hidden="true" />} onClick={() => onSetBeheerder(false)}>{t('accounts.beheerder.remove')}</Menu.Item>
            ) : (
              <Menu.Item leftSection={<IconShieldCheck size={16} aria-hidden="true" />} onClick={() => onSetBeheerder(true)}>{t('accounts.beheerder.make')}</Menu.Item>
            ))}
        </Menu.Dropdown>
      </Menu>
    </div>
  );
}
