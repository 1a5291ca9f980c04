// Archiving asks for a reason: a patient is never deleted.
import { Button, Group, Text, TextInput } from '@mantine/core';
import { Dialog } from '../components/Dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Patient } from '../../../contract/schemas/patient';
import { kbz } from '../api/api';
import { messageText } from '../errors/messages';

interface ArchiveDialogProps {
  opened: boolean;
  id: string;
  onDone: (p: Patient) => void;
  onClose: () => void;
}

export function ArchiveDialog({ opened, id, onDone, onClose }: ArchiveDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const r = await kbz().patients.archive({ id, reason });
    setBusy(false);
    if (r.ok) {
      setReason('');
      onDone(r.value);
    } else setError(messageText(t, r.error.fields?.reason ?? r.error));
  };
  return (
    <Dialog opened={opened} onClose={onClose} title={t('patient.archiveTitle')}>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} className="dialog-form">
        <Text size="sm">{t('patient.archiveExplain')}</Text>
        <TextInput data-autofocus label={t('patient.archiveReason')} value={reason} error={error} maxLength={500}
          onChange={(e) => setReason(e.currentTarget.value)} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>{t('patient.cancel')}</Button>
          <Button type="submit" color="red" loading={busy}>{t('patient.archiveConfirm')}</Button>
        </Group>
      </form>
    </Dialog>
  );
}
