// Before saving a possible duplicate: the patients with the same surname, birth date and postcode.
import { Button, Group, Text } from '@mantine/core';
import { Dialog } from '../components/Dialog';
import { useTranslation } from 'react-i18next';
import type { PatientListItem } from '../../../contract/schemas/patient';
import { formatDateNl } from '../format';
import { RosterName } from '../roster/RosterName';

interface DuplicateDialogProps {
  matches: PatientListItem[] | null;
  onCancel(): void;
  onSaveAnyway(): void;
}

export function DuplicateDialog({ matches, onCancel, onSaveAnyway }: DuplicateDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog opened={matches !== null} onClose={onCancel} title={t('duplicate.title')} size="lg">
      <Text size="sm">{t('duplicate.explain')}</Text>
      <ul className="duplicate-list">
        {(matches ?? []).map((m) => (
          <li key={m.id}>
            <RosterName row={m} archivedLabel={t('roster.archivedBadge')} />
            <span className="dimmed">
              {' · '}{t('banner.hisNumber')} {m.hisNumber} · {t('banner.born')} {formatDateNl(m.dateOfBirth)} · {m.postcode}
            </span>
          </li>
        ))}
      </ul>
      <Group justify="flex-end" gap="sm" mt="lg">
        <Button variant="default" onClick={onCancel} data-autofocus>{t('duplicate.back')}</Button>
        <Button color="orange" onClick={onSaveAnyway}>{t('duplicate.saveAnyway')}</Button>
      </Group>
    </Dialog>
  );
}
