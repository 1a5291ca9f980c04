// Asks before something that cannot be taken back (leaving unsaved changes, discarding a draft).
import { Button, Group, Text } from '@mantine/core';
import { Dialog } from './Dialog';
import type { ReactNode } from 'react';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  /** Focus the confirm button (for a step the user just asked for, like finishing), not the safe one. */
  confirmFocus?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ opened, title, children, confirmLabel, cancelLabel, danger, confirmFocus, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog opened={opened} onClose={onCancel} title={title}>
      <Text size="sm" component="div">{children}</Text>
      <Group justify="flex-end" gap="sm" mt="lg">
        {/* By default the safe choice has focus: Enter keeps the user where they were. */}
        <Button variant="default" onClick={onCancel} data-autofocus={confirmFocus ? undefined : true}>{cancelLabel}</Button>
        <Button color={danger ? 'red' : undefined} onClick={onConfirm} data-autofocus={confirmFocus ? true : undefined}>{confirmLabel}</Button>
      </Group>
    </Dialog>
  );
}
