// The demo practice says so wherever it shows: fictional people, and the accounts' shared password.
import { Alert } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export function DemoNotice() {
  const { t } = useTranslation();
  return (
    <Alert role="note" color="grape" variant="light" icon={<IconFlask size={18} aria-hidden="true" />} title={t('demo.title')} className="demo-notice">
      {t('demo.signInHint')}
    </Alert>
  );
}
