// Shown while a screen loads, but only after 300 ms: a fast load should not flash a spinner.
import { Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function DelayedLoader() {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), 300);
    return () => clearTimeout(timer);
  }, []);
  if (!visible) return null;
  return (
    <div className="page" role="status" aria-live="polite" style={{ alignItems: 'center', paddingTop: 48 }}>
      <Loader size="sm" aria-hidden="true" />
      <span>{t('app.loading')}</span>
    </div>
  );
}
