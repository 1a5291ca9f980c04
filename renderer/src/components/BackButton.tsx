// The way back, as a quiet button (not an underlined link).
import { Button } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';

export function BackButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button variant="subtle" size="compact-sm" color="gray" leftSection={<IconArrowLeft size={16} aria-hidden="true" />} onClick={onClick}>
      {label}
    </Button>
  );
}
