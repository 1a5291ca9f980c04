// On the patient page: the patient's drie-gesprekken (time, who, where, state) and "Drie-gesprek plannen".
// A row opens the planner for that meeting (move, confirm a proposal, cancel, record the outcome).
import { Button, Group } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../../contract/schemas/meetings';
import { kbz, unwrap } from '../api/api';
import { useNavigation } from '../app/navigation';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/messages';
import { useCan } from '../session/useCan';
import { formatSlot } from './meetingText';

export function MeetingStatus({ status }: { status: MeetingSummary['status'] }) {
  const { t } = useTranslation();
  return <span className={`status-badge meeting-${status}`}>{t(`planning.status.${status}`)}</span>;
}

export function meetingWhen(t: Parameters<typeof formatSlot>[0], m: Pick<MeetingSummary, 'start' | 'end' | 'proposals'>): string {
  if (m.start) return formatSlot(t, m.start, m.end);
  return t('planning.proposalCount', { count: m.proposals.length });
}

export function PatientMeetings({ patientId, archived }: { patientId: string; archived: boolean }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const mayPlan = useCan('meetings.create');
  const [list, setList] = useState<MeetingSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!mayPlan) return;
    void unwrap(kbz().meetings.forPatient({ patientId }))
      .then(setList)
      .catch((e: unknown) => setError(errorText(t, e)));
  }, [patientId, mayPlan, t]);
  if (!mayPlan) return null;
  return (
    <section aria-labelledby="meetings-title" className="panel panel-pad patient-meetings" aria-busy={list === null && error === null}>
      <Group justify="space-between" mb="sm">
        <h2 id="meetings-title" className="section-title" style={{ margin: 0 }}>{t('planning.cardTitle')}</h2>
        {!archived && (
          <Button size="sm" leftSection={<IconCalendarPlus size={16} aria-hidden="true" />} onClick={() => go({ name: 'planMeeting', patientId, meetingId: null })}>
            {t('planning.plan')}
          </Button>
        )}
      </Group>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      {list && list.length === 0 && <p className="dimmed">{t('planning.noneYet')}</p>}
      {list && list.length > 0 && (
        <table className="data-table" aria-labelledby="meetings-title">
          <thead>
            <tr>
              <th scope="col">{t('planning.column.when')}</th>
              <th scope="col">{t('planning.column.staff')}</th>
              <th scope="col">{t('planning.column.where')}</th>
              <th scope="col">{t('planning.column.status')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((m) => (
              <tr key={m.id} onClick={() => go({ name: 'planMeeting', patientId, meetingId: m.id })}>
                <td>
                  <button type="button" className="link-cell" onClick={(e) => { e.stopPropagation(); go({ name: 'planMeeting', patientId, meetingId: m.id }); }}>
                    {meetingWhen(t, m)}
                  </button>
                </td>
                <td>{m.staffNames.join(', ')}</td>
                <td>{m.locationKind === 'room' ? m.roomName : t(`planning.location.${m.locationKind}`)}</td>
                <td><MeetingStatus status={m.status} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
