// Ends someone's involvement on a date: the entry stays in the patient's network as history.
import { Button, Group, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInAmsterdam } from '../../../contract/schemas/dates';
import type { NetworkEntry, PatientNetwork } from '../../../contract/schemas/plan';
import { kbz } from '../api/api';
import { IsoDateField } from '../components/DateField';
import { Dialog } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { notifySaved } from '../components/notify';
import { messageText } from '../errors/messages';
import { entryName } from './networkText';

interface Props {
  entry: NetworkEntry | null;
  onClose(): void;
  onEnded(network: PatientNetwork): void;
}

export function EndEntryDialog({ entry, onClose, onEnded }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog opened={entry !== null} onClose={onClose} title={t('network.endTitle')}>
      {entry && <EndForm entry={entry} onClose={onClose} onEnded={onEnded} />}
    </Dialog>
  );
}

function EndForm({ entry, onClose, onEnded }: Props & { entry: NetworkEntry }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(() => todayInAmsterdam());
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!date) return setError(t('validation.date'));
    const r = await kbz().network.end({ id: entry.id, revision: entry.revision, endDate: date });
    if (!r.ok) {
      const field = r.error.fields?.endDate;
      setError(field ? t(field.key) : undefined);
      return setProblem(messageText(t, r.error));
    }
    notifySaved(t('network.ended'));
    onEnded(r.value);
  };
  return (
    <form noValidate onSubmit={(e) => void save(e)}>
      {problem && <ErrorAlert>{problem}</ErrorAlert>}
      <Text mb="sm">{t('network.endText', { name: entryName(entry) })}</Text>
      <IsoDateField label={t('network.field.endDate')} value={date} onChange={setDate} error={error} />
      <Group justify="flex-end" mt="lg" gap="sm">
        <Button variant="default" onClick={onClose}>{t('form.cancel')}</Button>
        <Button type="submit" data-autofocus>{t('network.endButton')}</Button>
      </Group>
    </form>
  );
}
