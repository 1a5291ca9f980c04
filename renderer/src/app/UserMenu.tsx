// The signed-in person in the top bar: who it is, "Vergrendelen" (also Ctrl+L) one click away, and a
// menu with changing the password and signing out.
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconKey, IconLock, IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangePasswordDialog } from '../session/ChangePasswordDialog';
import { useSession } from '../session/sessionStore';

export function UserMenu() {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const lock = useSession((s) => s.lock);
  const signOut = useSession((s) => s.signOut);
  const [changing, setChanging] = useState(false);
  if (!user) return null;
  return (
    <div className="user-menu">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="subtle" color="gray" size="compact-sm" rightSection={<IconChevronDown size={14} aria-hidden="true" />} data-testid="user-menu">
            <span className="user-name">{user.displayName}</span>
            <span className="user-role">{t(`role.${user.role}`)}{user.beheerder ? ` · ${t('session.beheerder')}` : ''}</span>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconKey size={16} aria-hidden="true" />} onClick={() => setChanging(true)}>{t('session.changePassword')}</Menu.Item>
          <Menu.Item leftSection={<IconLogout size={16} aria-hidden="true" />} onClick={() => void signOut()}>{t('session.signOut')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Button variant="default" size="compact-sm" leftSection={<IconLock size={15} aria-hidden="true" />} onClick={() => void lock()} title={t('session.lockShortcut')}>
        {t('session.lock')}
      </Button>
      <ChangePasswordDialog opened={changing} onClose={() => setChanging(false)} />
    </div>
  );
}
