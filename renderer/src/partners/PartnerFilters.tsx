// The sociale kaart's filter bar: search as you type, type, wijk, and whether inactive ones show.
import { Button, Checkbox, CloseButton, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { KeyboardEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { PARTNER_TYPES, type PartnerQuery } from '../../../contract/schemas/partners';
import { partnerTypeKey } from './partnerText';
import { filtersNarrow } from './usePartnerList';

interface PartnerFiltersProps {
  query: PartnerQuery;
  wijken: readonly string[];
  onChange(change: Partial<PartnerQuery>): void;
  onReset(): void;
  searchRef: RefObject<HTMLInputElement | null>;
  onSearchKey(e: KeyboardEvent<HTMLInputElement>): void;
}

export function PartnerFilters({ query, wijken, onChange, onReset, searchRef, onSearchKey }: PartnerFiltersProps) {
  const { t } = useTranslation();
  const allOption = { value: '', label: t('partners.all') };
  // A wijk chosen earlier stays offered even when the current answer no longer names it.
  const wijkOptions = query.wijk && !wijken.includes(query.wijk) ? [query.wijk, ...wijken] : wijken;
  return (
    <div className="filter-bar partner-filters" role="search" aria-label={t('partners.filters')}>
      <TextInput
        ref={searchRef}
        className="filter-search"
        label={t('partners.search')}
        placeholder={t('partners.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        rightSection={query.text ? <CloseButton size="sm" aria-label={t('partners.clearSearch')} onClick={() => onChange({ text: '' })} /> : null}
        value={query.text}
        maxLength={100}
        autoComplete="off"
        spellCheck={false}
        aria-describedby="partners-hint"
        onChange={(e) => onChange({ text: e.currentTarget.value })}
        onKeyDown={onSearchKey}
      />
      <Select
        className="filter-select partner-type-filter"
        label={t('partners.typeFilter')}
        data={[allOption, ...PARTNER_TYPES.map((type) => ({ value: type, label: t(partnerTypeKey(type)) }))]}
        value={query.type}
        onChange={(v) => onChange({ type: (v ?? '') as PartnerQuery['type'] })}
        comboboxProps={{ width: 260 }}
      />
      <Select
        className="filter-select"
        label={t('partners.wijkFilter')}
        data={[allOption, ...wijkOptions.map((w) => ({ value: w, label: w }))]}
        value={query.wijk}
        searchable={wijkOptions.length > 8}
        nothingFoundMessage={t('partners.noWijk')}
        onChange={(v) => onChange({ wijk: v ?? '' })}
        comboboxProps={{ width: 220 }}
      />
      <Checkbox
        className="partner-inactive-filter"
        label={t('partners.showInactive')}
        checked={query.includeInactive}
        onChange={(e) => onChange({ includeInactive: e.currentTarget.checked })}
      />
      <Button variant="subtle" color="gray" onClick={onReset} disabled={!filtersNarrow(query)} px="xs">
        {t('partners.clearFilters')}
      </Button>
    </div>
  );
}
