// The sociale kaart as choices for the patient's network and plan: organisations and contact persons,
// searchable; inactive ones only where an entry already names them (they still show by name).
import type { ComboboxItemGroup, ComboboxItem } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../contract/schemas/partners';
import { kbz, unwrap } from '../api/api';

export function usePartnerOptions(): Organisation[] | null {
  const [organisations, setOrganisations] = useState<Organisation[] | null>(null);
  useEffect(() => {
    let live = true;
    void unwrap(kbz().partners.search({ text: '', type: '', wijk: '', includeInactive: true }))
      .then((list) => live && setOrganisations(list.organisations))
      .catch(() => live && setOrganisations([]));
    return () => {
      live = false;
    };
  }, []);
  return organisations;
}

/** Organisations to choose from: the active ones, plus `keep` (the one an entry already names). */
export function useOrganisationItems(organisations: Organisation[] | null, keep: string | null): ComboboxItem[] {
  const { t } = useTranslation();
  return (organisations ?? [])
    .filter((o) => o.active || o.id === keep)
    .map((o) => ({ value: o.id, label: o.active ? `${o.name} (${t(`partners.type.${o.type}`)})` : `${o.name} (${t('partners.inactive')})` }));
}

/** Contact persons grouped by organisation: the active ones, plus `keep`. */
export function useContactItems(organisations: Organisation[] | null, keep: string | null): ComboboxItemGroup<ComboboxItem>[] {
  const { t } = useTranslation();
  return (organisations ?? [])
    .map((o) => ({
      group: o.name,
      items: o.contacts
        .filter((c) => (c.active && o.active) || c.id === keep)
        .map((c) => ({ value: c.id, label: [c.name, c.function, !(c.active && o.active) ? t('partners.inactive') : ''].filter(Boolean).join(' · ') })),
    }))
    .filter((g) => g.items.length > 0);
}
