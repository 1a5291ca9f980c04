// Moving a patient to another KBZ status, with an optional note for the history.
import { Button, Group, Select, Textarea } from '@mantine/core';
import { Dialog } from '../components/Dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KBZ_STATUSES, type KbzStatus, type Patient } from '../../../contract/schemas/patient';
import { kbz } from '../api/api';
import { ErrorAlert } from '../components/ErrorAlert';
import { messageText } from '../errors/messages';

interface StatusDialogProps {
  opened: boolean;
  patient: Patient;
  onDone: (p: Patient) => void;
  onClose: () => void;
}

export function StatusDialog({ opened, patient, onDone, onClose }: StatusDialogProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<KbzStatus>(patient.status);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const r = await kbz().patients.setStatus({ id: patient.id, status, note });
    setBusy(false);
    if (r.ok) {
      setNote('');
      onDone(r.value);
    } else setError(messageText(t, r.error));
  };
  return (
    <Dialog opened={opened} onClose={onClose} title={t('patient.statusTitle')}>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} className="dialog-form">
        {error && <ErrorAlert>{error}</ErrorAlert>}
        <Select
          data-autofocus
          label={t('patient.newStatus')}
          data={KBZ_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          value={status}
          onChange={(v) => v && setStatus(v as KbzStatus)}
        />
        <Textarea label={t('patient.statusNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={1000} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>{t('patient.cancel')}</Button>
          <Button type="submit" loading={busy}>{t('patient.statusConfirm')}</Button>
        </Group>
      </form>
    </Dialog>
  );
}
