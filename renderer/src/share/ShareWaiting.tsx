// In the top bar, only while files wait for the network drive: how many, for everyone signed in; why the
// last attempt failed and "Opnieuw proberen" for whoever keeps the settings.
import { Button, Popover, Text } from '@mantine/core';
import { IconCloudUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { kbz } from '../api/api';
import { messageText } from '../errors/messages';
import { useCan } from '../session/useCan';
import { useShareStatus } from './useShareStatus';

export function ShareWaiting() {
  const { t } = useTranslation();
  const mayRetry = useCan('share.retry');
  const [status, setStatus] = useShareStatus();
  const [busy, setBusy] = useState(false);
  if (!status || status.waiting === 0) return null;
  const label = t('share.waiting', { count: status.waiting });
  // The top bar is narrow: a short text there, the whole sentence as its name and in the popover.
  const short = t('share.waitingShort', { count: status.waiting });
  if (!mayRetry) {
    return (
      <span className="share-waiting" role="status" data-testid="share-waiting" aria-label={label} title={label}>
        <IconCloudUpload size={16} aria-hidden="true" /> {short}
      </span>
    );
  }
  const retry = async () => {
    setBusy(true);
    const r = await kbz().share.retry({});
    setBusy(false);
    if (r.ok) setStatus(r.value);
  };
  return (
    <Popover position="bottom-end" shadow="md" width={360} trapFocus returnFocus>
      <Popover.Target>
        <Button className="share-waiting-button" size="compact-sm" variant="white" color="orange" leftSection={<IconCloudUpload size={16} aria-hidden="true" />} data-testid="share-waiting" aria-label={label} title={label}>
          {short}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Text size="sm" fw={600}>{label}</Text>
        <Text size="sm" mt={4}>{status.lastError ? messageText(t, status.lastError) : t('share.waitingNoError')}</Text>
        <Button size="xs" mt="sm" loading={busy} onClick={() => void retry()}>
          {t('share.retry')}
        </Button>
      </Popover.Dropdown>
    </Popover>
  );
}
