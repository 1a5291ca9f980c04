// Vandaag: the signed-in person's drie-gesprekken today and their own actions that are overdue or due this
// week. What a role may not see (the plan, for the doktersassistent) is left out, not refused on screen.
import { Button } from '@mantine/core';
import { IconCalendarEvent, IconChecklist } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { amsterdamMoment } from '../../../contract/schemas/amsterdam-time';
import type { MeetingSummary } from '../../../contract/schemas/meetings';
import type { MyActions } from '../../../contract/schemas/plan';
import { kbz, unwrap } from '../api/api';
import { useNavigation } from '../app/navigation';
import { DelayedLoader } from '../components/DelayedLoader';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { errorText } from '../errors/messages';
import { formatDateNl, fullName } from '../format';
import { MeetingStatus } from '../planning/PatientMeetings';
import { useCan } from '../session/useCan';

function TodayMeetings({ meetings }: { meetings: MeetingSummary[] }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const mayHold = useCan('outcomes.get');
  if (meetings.length === 0) return <EmptyState icon={<IconCalendarEvent size={32} stroke={1.4} aria-hidden="true" />} title={t('today.noMeetings')} />;
  return (
    <table className="data-table today-table" aria-labelledby="today-meetings">
      <thead>
        <tr>
          <th scope="col" style={{ width: 110 }}>{t('today.time')}</th>
          <th scope="col">{t('planning.column.patient')}</th>
          <th scope="col">{t('planning.column.where')}</th>
          <th scope="col" style={{ width: 130 }}>{t('planning.column.status')}</th>
          {mayHold && <th scope="col" style={{ width: 150 }}><span className="sr-only">{t('planning.column.actions')}</span></th>}
        </tr>
      </thead>
      <tbody>
        {meetings.map((m) => (
          <tr key={m.id}>
            <td>
              <button type="button" className="link-cell" onClick={() => go({ name: 'planMeeting', patientId: m.patientId, meetingId: m.id })}>
                {amsterdamMoment(m.start!).time}–{amsterdamMoment(m.end!).time}
              </button>
            </td>
            <td>{m.patientName}</td>
            <td>{m.locationKind === 'room' ? m.roomName : t(`planning.location.${m.locationKind}`)}</td>
            <td><MeetingStatus status={m.status} /></td>
            {mayHold && (
              <td>
                <Button size="compact-xs" variant="default" onClick={() => go({ name: 'meetingHold', id: m.id })}>
                  {m.status === 'held' ? t('planning.openOutcome') : t('planning.holdMeeting')}
                </Button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MyActionList({ mine }: { mine: MyActions }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  if (mine.items.length === 0) return <EmptyState icon={<IconChecklist size={32} stroke={1.4} aria-hidden="true" />} title={t('today.noActions')} />;
  return (
    <table className="data-table today-table" aria-labelledby="today-actions">
      <thead>
        <tr>
          <th scope="col" style={{ width: 190 }}>{t('today.due')}</th>
          <th scope="col">{t('today.action')}</th>
          <th scope="col">{t('planning.column.patient')}</th>
        </tr>
      </thead>
      <tbody>
        {mine.items.map(({ action, patient, overdue }) => (
          <tr key={action.id}>
            <td>{overdue ? <span className="consent-badge consent-refused">{t('today.overdue', { date: formatDateNl(action.dueDate) })}</span> : formatDateNl(action.dueDate)}</td>
            <td title={action.text}>{action.text}</td>
            <td>
              <Button size="compact-sm" variant="subtle" onClick={() => go({ name: 'patient', id: patient.id })}>{fullName(patient)}</Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TodayScreen() {
  const { t } = useTranslation();
  const mayMeet = useCan('meetings.today');
  const mayAct = useCan('actions.mine');
  const [meetings, setMeetings] = useState<{ today: string; meetings: MeetingSummary[] } | null>(null);
  const [mine, setMine] = useState<MyActions | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (mayMeet) void unwrap(kbz().meetings.today({})).then(setMeetings).catch((e: unknown) => setError(errorText(t, e)));
    if (mayAct) void unwrap(kbz().actions.mine({})).then(setMine).catch((e: unknown) => setError(errorText(t, e)));
  }, [mayMeet, mayAct, t]);
  const loading = (mayMeet && !meetings) || (mayAct && !mine);
  return (
    <div className="page">
      <PageHeader title={t('app.nav.today')} context={meetings ? formatDateNl(meetings.today) : mine ? formatDateNl(mine.today) : undefined} />
      {error && <ErrorAlert>{error}</ErrorAlert>}
      {loading && !error && <DelayedLoader />}
      {!mayMeet && !mayAct && (
        <div className="panel"><EmptyState icon={<IconCalendarEvent size={40} stroke={1.4} aria-hidden="true" />} title={t('today.nothingForRole')} /></div>
      )}
      {meetings && (
        <section className="panel panel-pad" aria-labelledby="today-meetings">
          <h2 id="today-meetings" className="section-title">{t('today.meetings')} <span className="count">({meetings.meetings.length})</span></h2>
          <TodayMeetings meetings={meetings.meetings} />
        </section>
      )}
      {mine && (
        <section className="panel panel-pad" aria-labelledby="today-actions">
          <h2 id="today-actions" className="section-title">{t('today.actions')} <span className="count">({mine.items.length})</span></h2>
          <MyActionList mine={mine} />
        </section>
      )}
    </div>
  );
}
