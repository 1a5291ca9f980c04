// De sociale kaart: the organisations in the neighbourhood, found by name, contact, wijk or type; one
// opens as a card beside the list. Whoever may (capability 'directory') adds, edits and deactivates.
import { Button, Group } from '@mantine/core';
import { IconPlus, IconSitemap } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, PartnerContact } from '../../../contract/schemas/partners';
import { kbz } from '../api/api';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { notifySaved } from '../components/notify';
import { PageHeader } from '../components/PageHeader';
import { useShortcut } from '../components/useShortcut';
import { messageText } from '../errors/messages';
import { useCan } from '../session/useCan';
import { ContactDialog, type ContactEditing } from './ContactDialog';
import { OrganisationCard } from './OrganisationCard';
import { OrganisationDialog } from './OrganisationDialog';
import { PartnerFilters } from './PartnerFilters';
import { PartnerTable } from './PartnerTable';
import { PartnerTransfer } from './transfer/PartnerTransfer';
import { filtersNarrow, usePartnerList } from './usePartnerList';

export function PartnersScreen() {
  const { t } = useTranslation();
  const { query, setQuery, resetFilters, list, error, reload, replace } = usePartnerList();
  const canChange = useCan('partners.create');
  const [selected, setSelected] = useState<Organisation | null>(null);
  const [editing, setEditing] = useState<Organisation | 'new' | null>(null);
  const [editingContact, setEditingContact] = useState<ContactEditing>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const tableRef = useRef<HTMLDivElement>(null);

  useEffect(() => searchRef.current?.focus(), []);

  const focusSearch = () => {
    searchRef.current?.focus();
    searchRef.current?.select();
  };
  useShortcut({ key: 'f', ctrl: true }, focusSearch);
  useShortcut({ key: '/' }, () => {
    // "/" is a character in a text field; only elsewhere does it jump to the search.
    const active = document.activeElement;
    if (active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) return;
    focusSearch();
  });
  useShortcut({ key: 'n', ctrl: true }, () => canChange && setEditing('new'));

  const shown = (o: Organisation) => {
    setSelected(o);
    replace(o);
  };
  const saved = (o: Organisation) => {
    shown(o);
    void reload();
  };
  const setActive = async (o: Organisation, active: boolean) => {
    setProblem(null);
    const r = await kbz().partners.setActive({ id: o.id, active });
    if (!r.ok) return setProblem(messageText(t, r.error));
    notifySaved(t(active ? 'partners.organisationActivated' : 'partners.organisationDeactivated', { name: o.name }));
    saved(r.value);
  };
  const setContactActive = async (c: PartnerContact, active: boolean) => {
    setProblem(null);
    const r = await kbz().partners.setContactActive({ id: c.id, active });
    if (!r.ok) return setProblem(messageText(t, r.error));
    notifySaved(t(active ? 'partners.contactActivated' : 'partners.contactDeactivated', { name: c.name }));
    saved(r.value);
  };

  const organisations = list?.organisations ?? [];
  const wijken = list?.wijken ?? [];
  const filtered = query.text !== '' || filtersNarrow(query);
  const countText = list === null ? t('app.loading') : t('partners.count', { count: organisations.length });
  const add = canChange && (
    <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setEditing('new')} aria-keyshortcuts="Control+N">
      {t('partners.addOrganisation')}
    </Button>
  );
  return (
    <div className="page fill partners">
      <PageHeader
        title={t('partners.title')}
        context={
          <>
            <span className="count" role="status" aria-live="polite">{countText}</span>
            <span id="partners-hint"> · {t('partners.searchHint')}</span>
          </>
        }
        actions={
          <Group gap="sm">
            <PartnerTransfer onImported={() => void reload()} />
            {add}
          </Group>
        }
      />
      <PartnerFilters query={query} wijken={wijken} onChange={setQuery} onReset={resetFilters} searchRef={searchRef}
        onSearchKey={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'Enter') {
            e.preventDefault();
            tableRef.current?.querySelector<HTMLButtonElement>('.link-cell')?.focus();
          }
        }} />
      {error && <ErrorAlert>{messageText(t, error)}</ErrorAlert>}
      {problem && <ErrorAlert>{problem}</ErrorAlert>}
      <div className="partners-body">
        <div ref={tableRef} className="partners-list">
          {list !== null && organisations.length === 0 ? (
            <div className="panel">
              {filtered ? (
                <EmptyState icon={<IconSitemap size={36} stroke={1.4} aria-hidden="true" />} title={t('partners.noMatchTitle')} text={t('partners.noMatch')}
                  actions={filtersNarrow(query) ? <Button variant="default" onClick={resetFilters}>{t('partners.clearFilters')}</Button> : undefined} />
              ) : (
                <EmptyState icon={<IconSitemap size={36} stroke={1.4} aria-hidden="true" />} title={t('partners.emptyTitle')}
                  text={t(canChange ? 'partners.empty' : 'partners.emptyReadOnly')} actions={add || undefined} />
              )}
            </div>
          ) : (
            <PartnerTable organisations={organisations} selectedId={selected?.id ?? null} onOpen={setSelected} compact={selected !== null} />
          )}
        </div>
        {selected && (
          <OrganisationCard
            key={selected.id}
            organisation={selected}
            onClose={() => {
              const id = selected.id;
              setSelected(null);
              tableRef.current?.querySelector<HTMLButtonElement>(`[data-partner-id="${id}"]`)?.focus();
            }}
            changes={canChange ? {
              edit: () => setEditing(selected),
              setActive: (active) => void setActive(selected, active),
              addContact: () => setEditingContact({ organisation: selected, contact: null }),
              editContact: (contact) => setEditingContact({ organisation: selected, contact }),
              setContactActive: (contact, active) => void setContactActive(contact, active),
            } : undefined}
          />
        )}
      </div>
      <OrganisationDialog editing={editing} knownWijken={wijken} onClose={() => setEditing(null)}
        onSaved={(o) => {
          setEditing(null);
          saved(o);
        }}
        onReloaded={(o) => {
          setEditing(o);
          shown(o);
        }} />
      <ContactDialog editing={editingContact} knownWijken={wijken} onClose={() => setEditingContact(null)}
        onSaved={(o) => {
          setEditingContact(null);
          saved(o);
        }}
        onReloaded={(o) => {
          const contact = editingContact?.contact ? o.contacts.find((c) => c.id === editingContact.contact!.id) ?? null : null;
          setEditingContact({ organisation: o, contact });
          shown(o);
        }} />
    </div>
  );
}
