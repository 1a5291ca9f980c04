// The week view: Monday to Friday in columns, the practice's hours in quarters of an hour. Shaded where a
// chosen staff member does not work; other drie-gesprekken, held proposals and blocked time are marked in
// words (never another patient's name). A free quarter is a button: it holds the slot as a proposal.
// Arrow keys move between quarters and days (one stop in the tab order), Home and End to the day's first and last.
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addMinutes, amsterdamMoment } from '../../../contract/schemas/amsterdam-time';
import type { WeekView } from '../../../contract/schemas/meetings';
import { formatDay } from './meetingText';

const STEP = 15;

interface WeekGridProps {
  week: WeekView;
  durationMinutes: number;
  /** Held slots (their starts), in order: "Voorstel 1", "Voorstel 2" … */
  selected: readonly string[];
  /** The meeting being changed: its own time shows as "dit drie-gesprek". */
  meetingId: string | null;
  onPick(start: string): void;
}

const overlaps = (aStart: string, aEnd: string, bStart: string, bEnd: string) => aStart < bEnd && bStart < aEnd;
const hhmm = (instant: string) => amsterdamMoment(instant).time;

export function WeekGrid({ week, durationMinutes, selected, meetingId, onPick }: WeekGridProps) {
  const { t } = useTranslation();
  const first = week.days[0]!;
  const rows = Math.max(0, Math.round((Date.parse(first.close) - Date.parse(first.open)) / (STEP * 60_000)));
  const [focus, setFocus] = useState<[number, number]>([0, 0]);
  const grid = useRef<HTMLTableElement>(null);
  const staffName = (id: string) => week.staff.find((s) => s.id === id)?.name ?? '';
  const roomName = (id: string) => week.rooms.find((r) => r.id === id)?.name ?? '';

  const move = (e: KeyboardEvent<HTMLTableElement>) => {
    const [d, r] = focus;
    const next: Record<string, [number, number]> = {
      ArrowUp: [d, Math.max(0, r - 1)],
      ArrowDown: [d, Math.min(rows - 1, r + 1)],
      ArrowLeft: [Math.max(0, d - 1), r],
      ArrowRight: [Math.min(week.days.length - 1, d + 1), r],
      Home: [d, 0],
      End: [d, rows - 1],
    };
    const to = next[e.key];
    if (!to) return;
    e.preventDefault();
    setFocus(to);
    grid.current?.querySelector<HTMLButtonElement>(`[data-cell="${to[0]}-${to[1]}"]`)?.focus();
  };

  return (
    <div className="week-scroll">
      <table className="week-grid" ref={grid} onKeyDown={move} aria-label={t('planning.weekLabel')}>
        <thead>
          <tr>
            <th scope="col" className="week-time-head"><span className="sr-only">{t('planning.column.time')}</span></th>
            {week.days.map((day) => (
              <th key={day.date} scope="col">{formatDay(t, day.date, amsterdamMoment(day.open).weekday)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th scope="row" className="week-time">{r % 2 === 0 ? hhmm(addMinutes(first.open, r * STEP)) : <span className="sr-only">{hhmm(addMinutes(first.open, r * STEP))}</span>}</th>
              {week.days.map((day, d) => {
                const start = addMinutes(day.open, r * STEP);
                const end = addMinutes(start, STEP);
                const meetings = week.meetings.filter((m) => overlaps(m.start, m.end, start, end));
                const blocks = week.blocks.filter((b) => overlaps(b.start, b.end, start, end));
                const off = week.staff.filter((s) => !s.hours.some((h) => h.start <= start && end <= h.end));
                const heldAt = selected.findIndex((s) => overlaps(s, addMinutes(s, durationMinutes), start, end));
                const startsHere = selected.indexOf(start);
                const notes: string[] = [];
                for (const m of meetings) {
                  const who = m.staffIds.map(staffName).filter(Boolean).join(', ') || roomName(m.roomId);
                  const what = m.id === meetingId ? (m.proposal ? t('planning.cell.thisProposal') : t('planning.cell.this')) : m.proposal ? t('planning.cell.proposal') : m.ownPatient ? t('planning.cell.ownPatient') : t('planning.cell.meeting');
                  notes.push(`${what}${who ? ` (${who})` : ''} ${hhmm(m.start)}–${hhmm(m.end)}`);
                }
                for (const b of blocks) notes.push(t('planning.cell.blocked', { name: staffName(b.staffId), reason: b.reason }));
                if (off.length > 0) notes.push(t('planning.cell.off', { names: off.map((s) => s.name).join(', ') }));
                const classes = [
                  'week-cell',
                  off.length > 0 ? 'off' : '',
                  blocks.length > 0 ? 'blocked' : '',
                  meetings.some((m) => !m.proposal) ? 'busy' : '',
                  meetings.some((m) => m.proposal) ? 'proposal' : '',
                  heldAt >= 0 ? 'held' : '',
                ].filter(Boolean).join(' ');
                const visible = startsHere >= 0 ? t('planning.cell.held', { n: startsHere + 1 }) : meetings.find((m) => m.start >= start && m.start < end) || blocks.find((b) => b.start >= start && b.start < end) ? notes[0] : '';
                const label = [`${formatDay(t, day.date, amsterdamMoment(day.open).weekday)} ${hhmm(start)}`, startsHere >= 0 ? t('planning.cell.held', { n: startsHere + 1 }) : '', ...notes, notes.length === 0 ? t('planning.cell.free') : ''].filter(Boolean).join('. ');
                return (
                  <td key={day.date} className={classes}>
                    <button type="button" data-cell={`${d}-${r}`} tabIndex={focus[0] === d && focus[1] === r ? 0 : -1} aria-label={label} title={notes.join('. ') || undefined} aria-pressed={startsHere >= 0}
                      onFocus={() => setFocus([d, r])} onClick={() => onPick(start)}>
                      <span aria-hidden="true">{visible}</span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
