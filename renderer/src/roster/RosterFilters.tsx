// Status chips with counts, and selects for group, GP, wijk, archive and sort order.
import { useTranslation } from 'react-i18next';
import { KBZ_STATUSES, TARGET_GROUP_TAGS, type KbzStatus } from '../../../contract/schemas/patient';
import { ROSTER_SORTS, type RosterQuery } from '../../../contract/schemas/roster';
import { useStaff } from '../app/staffStore';
import { useRoster } from './rosterStore';

export function RosterFilters() {
  const { t } = useTranslation();
  const { filters, setFilters, resetFilters, statusCounts } = useRoster();
  const { staff, wijken } = useStaff();
  const toggleStatus = (s: KbzStatus) =>
    setFilters({
      statuses: filters.statuses.includes(s) ? filters.statuses.filter((x) => x !== s) : [...filters.statuses, s],
    });
  return (
    <div className="filters" role="group" aria-label={t('roster.filters')}>
      <fieldset className="status-chips">
        <legend>{t('roster.statusFilter')}</legend>
        {KBZ_STATUSES.map((s) => (
          <label key={s} className={`chip status-${s}`}>
            <input type="checkbox" checked={filters.statuses.includes(s)} onChange={() => toggleStatus(s)} />
            {t(`status.${s}`)} <span className="chip-count">{statusCounts[s].toLocaleString('nl-NL')}</span>
          </label>
        ))}
      </fieldset>
      <div className="filter">
        <label htmlFor="filter-tagFilter">{t('roster.tagFilter')}</label>
        <select id="filter-tagFilter" value={filters.tag} onChange={(e) => setFilters({ tag: e.target.value as RosterQuery['tag'] })}>
          <option value="">{t('roster.any')}</option>
          {TARGET_GROUP_TAGS.map((tag) => (
            <option key={tag} value={tag}>
              {t(`tag.${tag}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="filter-gpFilter">{t('roster.gpFilter')}</label>
        <select id="filter-gpFilter" value={filters.gpId} onChange={(e) => setFilters({ gpId: e.target.value })}>
          <option value="">{t('roster.any')}</option>
          {staff
            .filter((s) => s.role === 'gp')
            .map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="filter-wijkFilter">{t('roster.wijkFilter')}</label>
        <select id="filter-wijkFilter" value={filters.wijk} onChange={(e) => setFilters({ wijk: e.target.value })}>
          <option value="">{t('roster.any')}</option>
          {wijken.map((w) => (
            <option key={w} value={w}>
              {w}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="filter-archivedFilter">{t('roster.archivedFilter')}</label>
        <select id="filter-archivedFilter"
          value={filters.archived}
          onChange={(e) => setFilters({ archived: e.target.value as RosterQuery['archived'] })}
        >
          {(['active', 'archived', 'all'] as const).map((a) => (
            <option key={a} value={a}>
              {t(`roster.archived.${a}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter">
        <label htmlFor="filter-sort">{t('roster.sort')}</label>
        <select id="filter-sort" value={filters.sort} onChange={(e) => setFilters({ sort: e.target.value as RosterQuery['sort'] })}>
          {ROSTER_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`roster.sortBy.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <label className="inline">
        <input
          type="checkbox"
          checked={filters.descending}
          onChange={(e) => setFilters({ descending: e.target.checked })}
        />
        {t('roster.descending')}
      </label>
      <button type="button" className="link" onClick={resetFilters}>
        {t('roster.clearFilters')}
      </button>
    </div>
  );
}
