// Someone else saved this organisation or contact while it was being edited: say so, and offer to load
// their version (the form then shows it; what was typed here is not saved).
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';

export const CHANGED_ELSEWHERE = 'errors.partnerChangedElsewhere';

export function ChangedElsewhere({ onReload }: { onReload(): void }) {
  const { t } = useTranslation();
  return (
    <ErrorAlert title={t('partners.conflictTitle')}>
      <p className="alert-text">{t(CHANGED_ELSEWHERE)}</p>
      <Button size="compact-sm" variant="default" mt={6} onClick={onReload}>{t('partners.reload')}</Button>
    </ErrorAlert>
  );
}
