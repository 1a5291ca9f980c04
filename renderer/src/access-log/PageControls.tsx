// Page buttons with spoken names ("Volgende pagina", "Pagina 3"); nothing when everything fits on one page.
import { Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PageControls({ total, page, onChange }: { total: number; page: number; onChange(page: number): void }) {
  const { t } = useTranslation();
  if (total <= 1) return null;
  return (
    <nav aria-label={t('paging.label')}>
      <Pagination
        total={total}
        value={page}
        onChange={onChange}
        size="sm"
        getItemProps={(n) => ({ 'aria-label': t('paging.page', { page: n }), 'aria-current': n === page ? 'page' : undefined })}
        getControlProps={(control) => ({ 'aria-label': control === 'next' ? t('paging.next') : control === 'previous' ? t('paging.previous') : control === 'first' ? t('paging.first') : t('paging.last') })}
      />
    </nav>
  );
}
