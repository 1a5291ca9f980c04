// The left navigation: the app's areas, with icons and words. An area the role may not open (Patiënten
// and Agenda for the praktijkmanager, Overzicht for clinicians and the assistant) is not shown.
import { IconCalendarEvent, IconChartBar, IconHome, IconSettings, IconSitemap, IconUsers, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../session/useCan';
import { areaOf, useNavigation, type Area, type View } from './navigation';

const ITEMS: { area: Area; icon: Icon; target: View }[] = [
  { area: 'today', icon: IconHome, target: { name: 'today' } },
  { area: 'patients', icon: IconUsers, target: { name: 'roster' } },
  { area: 'agenda', icon: IconCalendarEvent, target: { name: 'agenda' } },
  { area: 'overview', icon: IconChartBar, target: { name: 'overview' } },
  { area: 'partners', icon: IconSitemap, target: { name: 'partners' } },
  { area: 'settings', icon: IconSettings, target: { name: 'settings' } },
];

export function SideNav() {
  const { t } = useTranslation();
  const view = useNavigation((s) => s.view);
  const go = useNavigation((s) => s.go);
  const current = areaOf(view);
  const mayOpenPatients = useCan('patients.search');
  const mayOpenAgenda = useCan('meetings.agenda');
  const mayOpenOverview = useCan('overview.month');
  const items = ITEMS.filter(
    (item) => (item.area !== 'patients' || mayOpenPatients) && (item.area !== 'agenda' || mayOpenAgenda) && (item.area !== 'overview' || mayOpenOverview),
  );
  return (
    <nav className="sidenav no-print" aria-label={t('app.nav.label')}>
      {items.map(({ area, icon: ItemIcon, target }) => (
        <button
          key={area}
          type="button"
          className="nav-item"
          aria-current={current === area ? 'page' : undefined}
          onClick={() => go(target)}
        >
          <ItemIcon size={18} stroke={1.7} aria-hidden="true" />
          <span>{t(`app.nav.${area}`)}</span>
        </button>
      ))}
    </nav>
  );
}
