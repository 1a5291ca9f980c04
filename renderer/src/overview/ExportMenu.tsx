// The Overzicht's export: the shown month and filters as PDF, XLSX or CSV. The file is made in the handler
// process (suppressed below the practice's threshold), handed to the browser as a download (in Electron:
// its save dialog) and, when a network folder is set, also queued for the network drive.
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileDownload, IconFileSpreadsheet, IconFileText, IconPrinter, IconTable } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OverviewExportFormat } from '../../../contract/schemas/overview-query';
import type { OverviewFilters } from '../../../contract/schemas/overview';
import { kbz } from '../api/api';
import { notifySaved } from '../components/notify';
import { savePdfOrPrint } from '../components/savePdf';
import { errorText } from '../errors/messages';
import { startAndAwait } from '../share/await-event';

function download(fileName: string, mime: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Freed a little later: a browser may still be reading the blob when the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

const ICONS: Record<OverviewExportFormat, typeof IconFileText> = { pdf: IconFileText, xlsx: IconFileSpreadsheet, csv: IconTable };

export function ExportMenu({ month, filters, onError }: { month: string; filters: OverviewFilters; onError: (text: string | null) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const run = async (format: OverviewExportFormat) => {
    setBusy(true);
    onError(null);
    const r = await startAndAwait(() => kbz().overview.export({ month, filters, format }), 'overview.exported');
    setBusy(false);
    if (!r.ok) return onError(errorText(t, r.error));
    const result = r.value.result;
    if (!result.ok) return onError(errorText(t, result.error));
    download(result.fileName, result.mime, result.base64);
    notifySaved(t(result.queuedForShare ? 'overview.export.savedAndQueued' : 'overview.export.saved', { file: result.fileName }));
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          loading={busy}
          leftSection={<IconFileDownload size={16} aria-hidden="true" />}
          rightSection={<IconChevronDown size={14} aria-hidden="true" />}
          aria-label={t('overview.export.label')}
          data-testid="overview-export">
          {t('overview.export.menu')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {(['pdf', 'xlsx', 'csv'] as const).map((format) => {
          const Icon = ICONS[format];
          return (
            <Menu.Item key={format} leftSection={<Icon size={16} aria-hidden="true" />} onClick={() => void run(format)} data-testid={`overview-export-${format}`}>
              {t(`overview.export.${format}`)}
            </Menu.Item>
          );
        })}
        <Menu.Divider />
        <Menu.Item
          leftSection={<IconPrinter size={16} aria-hidden="true" />}
          onClick={() => void savePdfOrPrint(t, `kbz-overzicht-${month}-scherm.pdf`, notifySaved)}
          data-testid="overview-print">
          {t('overview.export.print')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
