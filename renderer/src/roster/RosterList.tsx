// The virtualised patient list: smooth with 100,000 rows, driven by arrows, Page keys and Enter.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../app/navigation';
import { staffName, useStaff } from '../app/staffStore';
import { formatDateNl, rosterName } from '../format';
import { PAGE_SIZE, rowAt, useRoster } from './rosterStore';

const ROW_HEIGHT = 40;

export function RosterList({ listRef }: { listRef: React.RefObject<HTMLDivElement | null> }) {
  const { t } = useTranslation();
  const { total, pages, activeIndex, setActiveIndex, ensurePage, loadedText } = useRoster();
  const staff = useStaff((s) => s.staff);
  const go = useNavigation((s) => s.go);
  const count = total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (count === 0) return;
    for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) ensurePage(p);
  }, [first, last, count, ensurePage]);

  useEffect(() => {
    // Coming back from a patient: show the row that was highlighted.
    if (activeIndex > 0) virtualizer.scrollToIndex(activeIndex, { align: 'center' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on mount
  }, []);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(count - 1, index));
    setActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((listRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      PageDown: () => move(activeIndex + page),
      PageUp: () => move(activeIndex - page),
      Home: () => move(0),
      End: () => move(count - 1),
      Enter: () => {
        const row = rowAt(pages, activeIndex);
        if (row) go({ name: 'patient', id: row.id });
      },
    };
    const action = keys[e.key];
    if (action && count > 0) {
      e.preventDefault();
      action();
    }
  };

  const activeRow = rowAt(pages, activeIndex);
  return (
    <div
      ref={listRef}
      className="roster-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('roster.listLabel')}
      aria-activedescendant={activeRow ? `patient-${activeRow.id}` : undefined}
      data-loaded-query={loadedText ?? undefined}
      onKeyDown={onKeyDown}
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = rowAt(pages, item.index);
          const active = item.index === activeIndex;
          return (
            <div
              key={item.key}
              id={row ? `patient-${row.id}` : undefined}
              role="option"
              aria-selected={active}
              aria-setsize={count}
              aria-posinset={item.index + 1}
              className={`roster-row${active ? ' active' : ''}`}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              onClick={() => setActiveIndex(item.index)}
              onDoubleClick={() => row && go({ name: 'patient', id: row.id })}
            >
              {row ? (
                <>
                  <span className="c-name">
                    {rosterName(row)}
                    {row.archived && <span className="badge archived">{t('roster.archivedBadge')}</span>}
                  </span>
                  <span className="c-num">{row.hisNumber}</span>
                  <span className="c-dob">{formatDateNl(row.dateOfBirth)}</span>
                  <span className="c-pc">{row.postcode}</span>
                  <span className="c-wijk">{row.wijk}</span>
                  <span className="c-gp">{staffName(staff, row.gpId)}</span>
                  <span className={`c-status status-${row.status}`}>{t(`status.${row.status}`)}</span>
                </>
              ) : (
                <span className="c-name loading">{t('app.loading')}</span>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
