// The Overzicht's month: the month before and after as buttons, a list of months, and Alt+← / Alt+→.
import { ActionIcon, Select, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useShortcut } from '../components/useShortcut';
import { monthLabel, monthsBetween, shiftMonth } from './overviewText';

/** The earliest month the contract accepts. */
export const FIRST_MONTH = '2000-01';
/** How far back the list reaches; the buttons go further. */
const LISTED_MONTHS = 60;

export function MonthPicker({ month, latest, onChange }: { month: string; latest: string; onChange(month: string): void }) {
  const { t } = useTranslation();
  const earliestListed = shiftMonth(latest, -(LISTED_MONTHS - 1));
  const listed = monthsBetween(earliestListed < FIRST_MONTH ? FIRST_MONTH : earliestListed, latest);
  const options = (listed.includes(month) ? listed : [...listed, month]).map((m) => ({ value: m, label: monthLabel(t, m) }));
  const previous = shiftMonth(month, -1);
  const next = shiftMonth(month, 1);
  const canPrevious = previous >= FIRST_MONTH;
  const canNext = next <= latest;
  useShortcut({ key: 'arrowleft', alt: true }, () => canPrevious && onChange(previous));
  useShortcut({ key: 'arrowright', alt: true }, () => canNext && onChange(next));
  return (
    <div className="month-picker" role="group" aria-label={t('overview.month.group')}>
      <Tooltip label={t('overview.month.previousHint')} openDelay={400} position="bottom">
        <ActionIcon variant="default" size={36} onClick={() => onChange(previous)} disabled={!canPrevious} aria-label={t('overview.month.previous', { month: monthLabel(t, previous) })}>
          <IconChevronLeft size={18} aria-hidden="true" />
        </ActionIcon>
      </Tooltip>
      <Select
        className="month-select"
        label={t('overview.month.label')}
        data={options}
        value={month}
        allowDeselect={false}
        searchable
        nothingFoundMessage={t('overview.month.none')}
        onChange={(v) => v && onChange(v)}
        comboboxProps={{ width: 200 }}
        maxDropdownHeight={320}
      />
      <Tooltip label={t('overview.month.nextHint')} openDelay={400} position="bottom">
        <ActionIcon variant="default" size={36} onClick={() => onChange(next)} disabled={!canNext} aria-label={t('overview.month.next', { month: monthLabel(t, next) })}>
          <IconChevronRight size={18} aria-hidden="true" />
        </ActionIcon>
      </Tooltip>
    </div>
  );
}
