// The roster: search as you type, filters, counts, and the virtualised list.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../app/navigation';
import { useShortcut } from '../components/useShortcut';
import { messageText } from '../errors/messages';
import { RosterFilters } from './RosterFilters';
import { RosterList } from './RosterList';
import { useRoster } from './rosterStore';

const SEARCH_DELAY_MS = 120;

export function RosterScreen() {
  const { t } = useTranslation();
  const { filters, setFilters, total, error, reload } = useRoster();
  const go = useNavigation((s) => s.go);
  const [text, setText] = useState(filters.text);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const returning = useRoster.getState().activeIndex > 0;
    reload(true);
    (returning ? listRef.current : searchRef.current)?.focus();
  }, [reload]);

  useEffect(() => {
    if (text === useRoster.getState().filters.text) return;
    const timer = setTimeout(() => {
      // Enter may have searched already: do not search (and reset the list) twice.
      if (text !== useRoster.getState().filters.text) setFilters({ text });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, setFilters]);

  useShortcut({ key: 'f', ctrl: true }, () => searchRef.current?.focus());
  useShortcut({ key: 'n', ctrl: true }, () => go({ name: 'patientForm', id: null }));
  useShortcut({ key: 'n', alt: true }, () => go({ name: 'patientForm', id: null }));

  return (
    <section className="roster" aria-labelledby="roster-title">
      <header className="screen-header">
        <h1 id="roster-title">{t('roster.title')}</h1>
        <button type="button" className="primary" onClick={() => go({ name: 'patientForm', id: null })}>
          {t('roster.add')} <kbd>Ctrl+N</kbd>
        </button>
      </header>
      <div className="search-row">
        <label htmlFor="roster-search">{t('roster.search')}</label>
        <input
          id="roster-search"
          ref={searchRef}
          type="search"
          value={text}
          placeholder={t('roster.searchPlaceholder')}
          aria-describedby="roster-search-hint"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'Enter') {
              e.preventDefault();
              if (text !== filters.text) setFilters({ text });
              listRef.current?.focus();
            }
          }}
        />
        <span className="count" role="status" aria-live="polite">
          {total === null ? t('app.loading') : t('roster.count', { count: total })}
        </span>
      </div>
      <p id="roster-search-hint" className="hint">
        {t('roster.searchHint')}
      </p>
      <RosterFilters />
      {error && (
        <p className="error" role="alert">
          {messageText(t, error)}
        </p>
      )}
      <div className="roster-head" aria-hidden="true">
        <span className="c-name">{t('roster.column.name')}</span>
        <span className="c-num">{t('roster.column.hisNumber')}</span>
        <span className="c-dob">{t('roster.column.dateOfBirth')}</span>
        <span className="c-pc">{t('roster.column.postcode')}</span>
        <span className="c-wijk">{t('roster.column.wijk')}</span>
        <span className="c-gp">{t('roster.column.gp')}</span>
        <span className="c-status">{t('roster.column.status')}</span>
      </div>
      <RosterList listRef={listRef} />
      {total === 0 && <p className="empty">{filters.text || filters.statuses.length ? t('roster.empty') : t('roster.emptyRoster')}</p>}
    </section>
  );
}
