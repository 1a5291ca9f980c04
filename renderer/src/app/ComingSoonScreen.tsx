// An area that a later version builds: says what will be here, so nobody thinks it is broken.
import { IconChartBar, IconHome } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';

const ICONS = { today: IconHome, overview: IconChartBar };

export function ComingSoonScreen({ area }: { area: keyof typeof ICONS }) {
  const { t } = useTranslation();
  const AreaIcon = ICONS[area];
  return (
    <div className="page">
      <PageHeader title={t(`app.nav.${area}`)} />
      <div className="panel">
        <EmptyState
          icon={<AreaIcon size={40} stroke={1.4} aria-hidden="true" />}
          title={t('comingSoon.title')}
          text={t(`comingSoon.${area}`)}
        />
      </div>
    </div>
  );
}
