// Asks before something that cannot be taken back (leaving unsaved changes, discarding a draft).
import { Button, Group, Modal, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ opened, title, children, confirmLabel, cancelLabel, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Modal opened={opened} onClose={onCancel} title={title}>
      <Text size="sm" component="div">{children}</Text>
      <Group justify="flex-end" gap="sm" mt="lg">
        {/* The safe choice has focus: Enter keeps the user where they were. */}
        <Button variant="default" onClick={onCancel} data-autofocus>{cancelLabel}</Button>
        <Button color={danger ? 'red' : undefined} onClick={onConfirm}>{confirmLabel}</Button>
      </Group>
    </Modal>
  );
}
