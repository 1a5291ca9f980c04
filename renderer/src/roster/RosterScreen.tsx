// The roster: search as you type, filters, counts, and the virtualised table.
import { Button } from '@mantine/core';
import { IconFileImport, IconPlus, IconUsers } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { useNavigation } from '../app/navigation';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { useShortcut } from '../components/useShortcut';
import { messageText } from '../errors/messages';
import { RosterFilters } from './RosterFilters';
import { RosterTable } from './RosterTable';
import { filtersNarrow, takeStartupFetch, useRoster } from './rosterStore';

export function RosterScreen() {
  const { t } = useTranslation();
  const { filters, setFilters, total, error, reload } = useRoster(
    useShallow((s) => ({ filters: s.filters, setFilters: s.setFilters, total: s.total, error: s.error, reload: s.reload })),
  );
  const go = useNavigation((s) => s.go);
  const [text, setText] = useState(filters.text);
  const searchRef = useRef<HTMLInputElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);

  useEffect(() => {
    const returning = useRoster.getState().activeIndex > 0;
    // At start-up the first page was asked for before the first render (main.tsx); later visits ask again.
    if (!takeStartupFetch()) reload(true);
    (returning ? tableRef.current : searchRef.current)?.focus();
  }, [reload]);

  // Every keystroke searches at once: the store drops answers to older texts, so no typing pause is needed.
  const onText = (next: string) => {
    setText(next);
    setFilters({ text: next });
  };

  useShortcut({ key: 'f', ctrl: true }, () => searchRef.current?.focus());
  useShortcut({ key: 'n', ctrl: true }, () => go({ name: 'patientForm', id: null }));
  useShortcut({ key: 'n', alt: true }, () => go({ name: 'patientForm', id: null }));

  const filtered = filters.text !== '' || filtersNarrow(filters);
  const countText = total === null ? t('app.loading') : t('roster.count', { count: total });
  return (
    <div className="page fill roster">
      <PageHeader
        title={t('roster.title')}
        context={
          <>
            <span className="count" role="status" aria-live="polite">{countText}</span>
            <span id="roster-hint"> · {t('roster.searchHint')}</span>
          </>
        }
        actions={
          <>
            <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden="true" />} onClick={() => go({ name: 'import' })}>
              {t('roster.import')}
            </Button>
            <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => go({ name: 'patientForm', id: null })}>
              {t('roster.add')}
            </Button>
          </>
        }
      />
      <RosterFilters
        text={text}
        onText={onText}
        searchRef={searchRef}
        onSearchKey={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'Enter') {
            e.preventDefault();
            tableRef.current?.focus();
          }
        }}
      />
      {error && <ErrorAlert>{messageText(t, error)}</ErrorAlert>}
      {total === 0 ? (
        <div className="panel">
          {filtered ? (
            <EmptyState icon={<IconUsers size={36} stroke={1.4} aria-hidden="true" />} title={t('roster.emptyTitle')} text={t('roster.empty')} />
          ) : (
            <EmptyState
              icon={<IconUsers size={36} stroke={1.4} aria-hidden="true" />}
              title={t('roster.emptyRosterTitle')}
              text={t('roster.emptyRoster')}
              actions={
                <>
                  <Button variant="default" onClick={() => go({ name: 'import' })}>{t('roster.import')}</Button>
                  <Button onClick={() => go({ name: 'patientForm', id: null })}>{t('roster.add')}</Button>
                </>
              }
            />
          )}
        </div>
      ) : (
        <RosterTable scrollRef={scrollRef} tableRef={tableRef} />
      )}
    </div>
  );
}
