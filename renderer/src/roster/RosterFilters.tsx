// The roster's filters in one compact bar: search, status (with counts), doelgroep, huisarts, wijk, archive.
import { Button, Checkbox, CloseButton, Menu, Select, TextInput } from '@mantine/core';
import { IconChevronDown, IconSearch } from '@tabler/icons-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { KBZ_STATUSES, TARGET_GROUP_TAGS, type KbzStatus } from '../../../contract/schemas/patient-values';
import type { RosterQuery } from '../../../contract/schemas/roster';
import { useShallow } from 'zustand/react/shallow';
import { useStaff } from '../app/staffStore';
import { filtersNarrow, useRoster } from './rosterStore';

interface RosterFiltersProps {
  text: string;
  onText(text: string): void;
  onSearchKey(e: React.KeyboardEvent<HTMLInputElement>): void;
  searchRef: RefObject<HTMLInputElement | null>;
}

function StatusMenu() {
  const { t } = useTranslation();
  const { filters, setFilters, statusCounts } = useRoster(useShallow((s) => ({ filters: s.filters, setFilters: s.setFilters, statusCounts: s.statusCounts })));
  const chosen = filters.statuses;
  const toggle = (s: KbzStatus) => setFilters({ statuses: chosen.includes(s) ? chosen.filter((x) => x !== s) : [...chosen, s] });
  const label = chosen.length === 0 ? t('roster.all') : chosen.map((s) => t(`status.${s}`)).join(', ');
  return (
    <div className="filter-field">
      <span className="filter-label" id="status-filter-label">{t('roster.statusFilter')}</span>
    <Menu closeOnItemClick={false} position="bottom-start" width={240}>
      <Menu.Target>
        <Button variant="default" fullWidth justify="space-between" rightSection={<IconChevronDown size={14} aria-hidden="true" />}
          className="filter-button" aria-labelledby="status-filter-label status-filter-value">
          <span className="filter-button-value" id="status-filter-value">{label}</span>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {KBZ_STATUSES.map((s) => (
          <Menu.Item key={s} onClick={() => toggle(s)} role="menuitemcheckbox" aria-checked={chosen.includes(s)}
            leftSection={<Checkbox checked={chosen.includes(s)} readOnly tabIndex={-1} aria-hidden="true" size="xs" />}
            rightSection={<span className="count-tag">{statusCounts[s].toLocaleString('nl-NL')}</span>}>
            {t(`status.${s}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
    </div>
  );
}

export function RosterFilters({ text, onText, onSearchKey, searchRef }: RosterFiltersProps) {
  const { t } = useTranslation();
  // Only what the bar shows: rows arriving while typing do not redraw it.
  const { filters, setFilters, resetFilters } = useRoster(useShallow((s) => ({ filters: s.filters, setFilters: s.setFilters, resetFilters: s.resetFilters })));
  const { staff, wijken } = useStaff(useShallow((s) => ({ staff: s.staff, wijken: s.wijken })));
  const allOption = { value: '', label: t('roster.all') };
  const changed = filtersNarrow(filters);
  return (
    <div className="filter-bar" role="search" aria-label={t('roster.filters')}>
      <TextInput
        ref={searchRef}
        id="roster-search"
        className="filter-search"
        label={t('roster.search')}
        placeholder={t('roster.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        rightSection={text ? <CloseButton size="sm" aria-label={t('roster.clearSearch')} onClick={() => onText('')} /> : null}
        value={text}
        autoComplete="off"
        spellCheck={false}
        aria-describedby="roster-hint"
        onChange={(e) => onText(e.currentTarget.value)}
        onKeyDown={onSearchKey}
      />
      <StatusMenu />
      <Select
        className="filter-select"
        label={t('roster.tagFilter')}
        data={[allOption, ...TARGET_GROUP_TAGS.map((tag) => ({ value: tag, label: t(`tag.${tag}`) }))]}
        value={filters.tag}
        onChange={(v) => setFilters({ tag: (v ?? '') as RosterQuery['tag'] })}
        comboboxProps={{ width: 280 }}
      />
      <Select
        className="filter-select"
        label={t('roster.gpFilter')}
        data={[allOption, ...staff.filter((s) => s.role === 'gp').map((s) => ({ value: s.id, label: s.name }))]}
        value={filters.gpId}
        onChange={(v) => setFilters({ gpId: v ?? '' })}
      />
      <Select
        className="filter-select"
        label={t('roster.wijkFilter')}
        data={[allOption, ...wijken.map((w) => ({ value: w, label: w }))]}
        value={filters.wijk}
        searchable={wijken.length > 8}
        onChange={(v) => setFilters({ wijk: v ?? '' })}
      />
      <Select
        className="filter-select"
        label={t('roster.archivedFilter')}
        data={(['active', 'archived', 'all'] as const).map((a) => ({ value: a, label: t(`roster.archived.${a}`) }))}
        value={filters.archived}
        onChange={(v) => setFilters({ archived: (v ?? 'active') as RosterQuery['archived'] })}
      />
      <Button variant="subtle" color="gray" onClick={resetFilters} disabled={!changed} px="xs">
        {t('roster.clearFilters')}
      </Button>
    </div>
  );
}
