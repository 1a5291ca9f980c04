// The sociale kaart's "Importeren" and "Exporteren" buttons, each shown only to whom main would allow it.
import { Button, Group } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../access-log/export-files';
import { ErrorAlert } from '../../components/ErrorAlert';
import { kbz } from '../../api/api';
import { messageText } from '../../errors/messages';
import { useCan } from '../../session/useCan';
import { PartnerImportDialog } from './PartnerImportDialog';

export function PartnerTransfer({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const canImport = useCan('partners.importCommit');
  const canExport = useCan('partners.exportCsv');
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);

  const exportCsv = async () => {
    setExporting(true);
    setExportError(null);
    const r = await kbz().partners.exportCsv({});
    setExporting(false);
    if (r.ok) downloadText(r.value.fileName, r.value.content, 'text/csv;charset=utf-8');
    else setExportError(messageText(t, r.error));
  };

  if (!canImport && !canExport) return null;
  return (
    <>
      <Group gap="sm">
        {canImport && (
          <Button variant="default" leftSection={<IconUpload size={16} aria-hidden="true" />} onClick={() => setImporting(true)}>
            {t('partnerTransfer.importButton')}
          </Button>
        )}
        {canExport && (
          <Button variant="default" leftSection={<IconDownload size={16} aria-hidden="true" />} onClick={() => void exportCsv()} loading={exporting}>
            {t('partnerTransfer.exportButton')}
          </Button>
        )}
      </Group>
      {exportError && <ErrorAlert>{exportError}</ErrorAlert>}
      {canImport && <PartnerImportDialog opened={importing} onClose={() => setImporting(false)} onImported={onImported} />}
    </>
  );
}
