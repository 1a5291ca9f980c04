// The app's modal dialog: the design system's Modal with a close button that says what it does, and
// focus back where the user was when it closes. Opened from a menu item (gone by then), that is the menu's button.
import { Modal, type ModalProps } from '@mantine/core';
import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

function opener(): HTMLElement | null {
  const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const menu = active?.closest<HTMLElement>('[role="menu"]');
  const button = menu?.getAttribute('aria-labelledby');
  return (button && document.getElementById(button)) || active;
}

export function Dialog({ opened, onExitTransitionEnd, ...props }: ModalProps) {
  const { t } = useTranslation();
  const returnTo = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (opened) returnTo.current = opener();
  }, [opened]);
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('app.closeDialog') }}
      {...props}
      opened={opened}
      returnFocus={false}
      onExitTransitionEnd={() => {
        if (returnTo.current?.isConnected) returnTo.current.focus();
        returnTo.current = null;
        onExitTransitionEnd?.();
      }}
    />
  );
}
