// The import dialog: choose a file, read what would change and every error, import only a file without
// errors (all or nothing), then the report.
import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PartnerImportCounts } from '../../../../contract/schemas/partner-transfer';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportErrorsTable } from './ImportErrorsTable';
import { usePartnerImport } from './usePartnerImport';

function Counts({ counts }: { counts: { new: PartnerImportCounts; updated: PartnerImportCounts; unchanged: PartnerImportCounts } }) {
  const { t } = useTranslation();
  return (
    <ul>
      <li>{t('partnerTransfer.countNew', { ...counts.new })}</li>
      <li>{t('partnerTransfer.countUpdated', { ...counts.updated })}</li>
      <li>{t('partnerTransfer.countUnchanged', { ...counts.unchanged })}</li>
    </ul>
  );
}

export function PartnerImportDialog({ opened, onClose, onImported }: { opened: boolean; onClose(): void; onImported(): void }) {
  const { t } = useTranslation();
  const run = usePartnerImport(onImported);
  const busy = run.stage !== 'idle';
  const close = () => {
    if (busy) return;
    run.reset();
    onClose();
  };
  return (
    <Dialog opened={opened} onClose={close} title={t('partnerTransfer.title')} size="xl">
      <Stack gap="md">
        <Text size="sm">{t('partnerTransfer.explain')}</Text>
        <Group gap="sm">
          <FileButton onChange={(file) => void run.chooseFile(file)} accept=".csv,.txt,text/csv,text/plain" disabled={busy}>
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconFileUpload size={16} aria-hidden="true" />}>
                {t('partnerTransfer.chooseFile')}
              </Button>
            )}
          </FileButton>
          <Text size="sm">{run.fileName ?? t('partnerTransfer.noFile')}</Text>
        </Group>
        {run.stage === 'checking' && <Text size="sm" role="status">{t('partnerTransfer.checking')}</Text>}
        {run.error && <ErrorAlert>{run.error}</ErrorAlert>}
        {run.preview && (
          <div role="status">
            <Text size="sm">{t('partnerTransfer.summary', { rows: run.preview.rows, organisations: run.preview.organisations, contacts: run.preview.contacts })}</Text>
            <Counts counts={run.preview} />
          </div>
        )}
        {run.preview && run.preview.errors.length > 0 && (
          <>
            <ErrorAlert title={t('partnerTransfer.errorsTitle')}>{t('partnerTransfer.errorsExplain')}</ErrorAlert>
            <ImportErrorsTable errors={run.preview.errors} />
          </>
        )}
        {run.report && (
          <div role="status">
            <Text fw={600}>{t('partnerTransfer.reportTitle')}</Text>
            <Counts counts={run.report} />
          </div>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={busy}>
            {t('partnerTransfer.close')}
          </Button>
          {!run.report && (
            <Button onClick={() => void run.commit()} disabled={!run.canCommit} loading={run.stage === 'saving'}>
              {t('partnerTransfer.commit')}
            </Button>
          )}
        </Group>
      </Stack>
    </Dialog>
  );
}
