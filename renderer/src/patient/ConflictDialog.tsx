// Someone else saved this patient while the form was open: what they changed, and the user's choice
// between saving their own input over it or loading the new version. Closing keeps editing.
import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';
import type { FieldChange } from './patientChanges';

interface ConflictDialogProps {
  changes: FieldChange[] | null;
  onKeepEditing(): void;
  onSaveMine(): void;
  onLoadTheirs(): void;
}

export function ConflictDialog({ changes, onKeepEditing, onSaveMine, onLoadTheirs }: ConflictDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog opened={changes !== null} onClose={onKeepEditing} title={t('conflict.title')} size="xl">
      <Text size="sm">{t('conflict.explain')}</Text>
      {changes && changes.length > 0 ? (
        <table className="data-table conflict-table">
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.before')}</th>
              <th scope="col">{t('conflict.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.field}>
                <th scope="row">{t(`field.${c.field}`)}</th>
                <td>{c.before}</td>
                <td>{c.after}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Text size="sm" mt="md">{t('conflict.noFieldChanges')}</Text>
      )}
      <Text size="sm" mt="md">{t('conflict.choice')}</Text>
      <Group justify="flex-end" gap="sm" mt="lg">
        <Button variant="default" onClick={onLoadTheirs}>{t('conflict.loadTheirs')}</Button>
        <Button onClick={onSaveMine} data-autofocus>{t('conflict.saveMine')}</Button>
      </Group>
    </Dialog>
  );
}
