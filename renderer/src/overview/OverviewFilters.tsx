// The Overzicht's filters: the patients' own GP, wijk and doelgroep ('' = all).
import { Button, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OverviewFilters as Filters } from '../../../contract/schemas/overview';
import type { OverviewOptions } from '../../../contract/schemas/overview-query';

export const NO_FILTERS: Filters = { gpId: '', wijk: '', tag: '' };

export function filtersNarrow(f: Filters): boolean {
  return f.gpId !== '' || f.wijk !== '' || f.tag !== '';
}

export function OverviewFilters({ filters, options, onChange }: { filters: Filters; options: OverviewOptions; onChange(f: Filters): void }) {
  const { t } = useTranslation();
  const all = { value: '', label: t('overview.filter.all') };
  const gps = options.gps.map((g) => ({ value: g.id, label: g.active ? g.name : t('overview.filter.inactiveGp', { name: g.name }) }));
  const wijken = filters.wijk && !options.wijken.includes(filters.wijk) ? [filters.wijk, ...options.wijken] : options.wijken;
  return (
    <div className="overview-filters" role="group" aria-label={t('overview.filter.group')}>
      <Select
        className="filter-select overview-gp-filter"
        label={t('overview.filter.gp')}
        data={[all, ...gps]}
        value={filters.gpId}
        allowDeselect={false}
        onChange={(v) => onChange({ ...filters, gpId: v ?? '' })}
        comboboxProps={{ width: 240 }}
      />
      <Select
        className="filter-select overview-wijk-filter"
        label={t('overview.filter.wijk')}
        data={[all, ...wijken.map((w) => ({ value: w, label: w }))]}
        value={filters.wijk}
        allowDeselect={false}
        searchable={wijken.length > 8}
        nothingFoundMessage={t('overview.filter.noWijk')}
        onChange={(v) => onChange({ ...filters, wijk: v ?? '' })}
        comboboxProps={{ width: 220 }}
      />
      <Select
        className="filter-select overview-tag-filter"
        label={t('overview.filter.tag')}
        data={[all, ...options.tags.map((tag) => ({ value: tag, label: t(`tag.${tag}`) }))]}
        value={filters.tag}
        allowDeselect={false}
        onChange={(v) => onChange({ ...filters, tag: v ?? '' })}
        comboboxProps={{ width: 300 }}
      />
      <Button variant="subtle" color="gray" px="xs" onClick={() => onChange(NO_FILTERS)} disabled={!filtersNarrow(filters)}>
        {t('overview.filter.clear')}
      </Button>
    </div>
  );
}
