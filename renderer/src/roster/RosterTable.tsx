// The virtualised roster table: 100,000 rows, sortable headers, arrows, Page keys, Enter and one click to open.
import { useVirtualizer } from '@tanstack/react-virtual';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useEffect, type KeyboardEvent, type RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from 'react-i18next';
import { formatInstantNl } from '../../../contract/schemas/dates';
import type { PatientListItem } from '../../../contract/schemas/patient';
import { useNavigation } from '../app/navigation';
import { staffName, useStaff } from '../app/staffStore';
import { formatDateNl } from '../format';
import { ROSTER_COLUMNS, type RosterColumn } from './columns';
import { RosterName } from './RosterName';
import { rowAt, useRoster } from './rosterStore';

const ROW_HEIGHT = 36;

function SortHeader({ column }: { column: RosterColumn }) {
  const { t } = useTranslation();
  const { sort, descending, sortOn } = useRoster(useShallow((s) => ({ sort: s.filters.sort, descending: s.filters.descending, sortOn: s.sortOn })));
  const label = t(`roster.column.${column.key}`);
  if (!column.sort) return <th scope="col" className={column.numeric ? 'num' : undefined} style={{ width: column.width }}>{label}</th>;
  const active = sort === column.sort;
  const direction = descending ? 'descending' : 'ascending';
  const SortIcon = !active ? IconArrowsSort : descending ? IconArrowDown : IconArrowUp;
  return (
    <th scope="col" aria-sort={active ? direction : 'none'} className={column.numeric ? 'num' : undefined} style={{ width: column.width }}>
      <button type="button" className="sort-button" onClick={() => sortOn(column.sort!)} title={t('roster.sortHint')}>
        {label}
        <SortIcon size={14} stroke={active ? 2.2 : 1.5} aria-hidden="true" style={{ opacity: active ? 1 : 0.45 }} />
      </button>
    </th>
  );
}

function Cells({ row }: { row: PatientListItem }) {
  const { t } = useTranslation();
  const staff = useStaff((s) => s.staff);
  return (
    <>
      <td><RosterName row={row} archivedLabel={t('roster.archivedBadge')} /></td>
      <td className="num">{row.hisNumber}</td>
      <td>{formatDateNl(row.dateOfBirth)}</td>
      <td>{row.postcode}</td>
      <td>{row.wijk}</td>
      <td>{staffName(staff, row.gpId)}</td>
      <td><span className={`status-badge status-${row.status}`}>{t(`status.${row.status}`)}</span></td>
      <td>{formatInstantNl(row.statusSince).slice(0, 10)}</td>
    </>
  );
}

function PlaceholderCells() {
  return (
    <>
      {ROSTER_COLUMNS.map((c) => (
        <td key={c.key} aria-hidden="true"><span className="cell-placeholder" /></td>
      ))}
    </>
  );
}

export function RosterTable({ scrollRef, tableRef }: { scrollRef: RefObject<HTMLDivElement | null>; tableRef: RefObject<HTMLTableElement | null> }) {
  const { t } = useTranslation();
  const state = useRoster();
  const { total, activeIndex, setActiveIndex, setVisible, generation, queryVersion, loadedText } = state;
  const go = useNavigation((s) => s.go);
  const count = total ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (count > 0) setVisible(first, last);
    // A new query (generation) fetches what is on screen, even when the visible range did not change.
  }, [first, last, count, generation, setVisible]);

  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [queryVersion, scrollRef]);

  useEffect(() => {
    // Coming back from a patient: show the row that was highlighted.
    if (activeIndex > 0) virtualizer.scrollToIndex(activeIndex, { align: 'center' });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on mount
  }, []);

  const open = (index: number) => {
    const row = rowAt(useRoster.getState(), index);
    if (row) go({ name: 'patient', id: row.id });
  };

  const move = (index: number) => {
    const next = Math.max(0, Math.min(count - 1, index));
    setActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (e.target !== e.currentTarget) return; // a header button handles its own keys
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      PageDown: () => move(activeIndex + page),
      PageUp: () => move(activeIndex - page),
      Home: () => move(0),
      End: () => move(count - 1),
      Enter: () => open(activeIndex),
    };
    const action = keys[e.key];
    if (action && count > 0) {
      e.preventDefault();
      action();
    }
  };

  const activeRow = rowAt(state, activeIndex);
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <div ref={scrollRef} className="roster-scroll">
      <table
        ref={tableRef}
        className="data-table roster-table"
        role="grid"
        tabIndex={0}
        aria-label={t('roster.listLabel')}
        aria-rowcount={count + 1}
        aria-activedescendant={activeRow ? `patient-${activeRow.id}` : undefined}
        data-loaded-query={loadedText ?? undefined}
        onKeyDown={onKeyDown}
      >
        <thead>
          <tr aria-rowindex={1}>
            {ROSTER_COLUMNS.map((c) => (
              <SortHeader key={c.key} column={c} />
            ))}
          </tr>
        </thead>
        <tbody>
          {before > 0 && <tr aria-hidden="true" style={{ height: before }} className="spacer" />}
          {items.map((item) => {
            const row = rowAt(state, item.index);
            const active = item.index === activeIndex;
            return (
              <tr
                key={item.key}
                id={row ? `patient-${row.id}` : undefined}
                aria-rowindex={item.index + 2}
                aria-selected={active}
                className={active ? 'active' : undefined}
                style={{ height: ROW_HEIGHT }}
                onClick={() => {
                  setActiveIndex(item.index);
                  open(item.index);
                }}
              >
                {row ? <Cells row={row} /> : <PlaceholderCells />}
              </tr>
            );
          })}
          {after > 0 && <tr aria-hidden="true" style={{ height: after }} className="spacer" />}
        </tbody>
      </table>
    </div>
  );
}
