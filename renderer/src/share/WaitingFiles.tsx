// Instellingen → Netwerkschijf → Verzenden: the files that wait, since when and why, each with "Niet
// versturen" (after a question) for a file that should not go any more or cannot (its local copy is gone).
import { Button } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShareStatus, WaitingShareFile } from '../../../contract/schemas/share';
import { formatInstantNl } from '../../../contract/schemas/dates';
import { kbz } from '../api/api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText, messageText } from '../errors/messages';

interface WaitingFilesProps {
  files: WaitingShareFile[];
  onChanged(status: ShareStatus): void;
}

export function WaitingFiles({ files, onChanged }: WaitingFilesProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<WaitingShareFile | null>(null);
  const [error, setError] = useState<string | null>(null);
  const drop = async (file: WaitingShareFile) => {
    setAsking(null);
    const r = await kbz().share.drop({ id: file.id });
    if (r.ok) {
      setError(null);
      onChanged(r.value);
    } else setError(errorText(t, r.error));
  };
  return (
    <>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <table className="data-table waiting-files-table">
        <caption className="sr-only">{t('share.filesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('share.col.file')}</th>
            <th scope="col">{t('share.col.since')}</th>
            <th scope="col">{t('share.col.reason')}</th>
            <th scope="col"><span className="sr-only">{t('share.col.actions')}</span></th>
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr key={f.id}>
              <td>{f.fileName}</td>
              <td><time dateTime={f.createdAt}>{formatInstantNl(f.createdAt)}</time></td>
              <td>{f.lastError ? messageText(t, f.lastError) : t('share.notTriedYet')}</td>
              <td>
                <Button size="xs" variant="subtle" color="red" leftSection={<IconX size={14} aria-hidden="true" />} onClick={() => setAsking(f)} aria-label={`${t('share.drop')}: ${f.fileName}`}>
                  {t('share.drop')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ConfirmDialog opened={asking !== null} title={t('share.dropTitle')} confirmLabel={t('share.drop')} cancelLabel={t('form.cancel')} danger
        onConfirm={() => asking && void drop(asking)} onCancel={() => setAsking(null)}>
        {asking && t('share.dropText', { file: asking.fileName })}
      </ConfirmDialog>
    </>
  );
}
