// The Agenda area: this week's and next week's drie-gesprekken, proposals waiting to be confirmed, and past
// meetings whose outcome is not recorded. A row opens the planner (move, confirm, cancel, outcome); cancel
// is also here; so are meetings whose invitations (or updates, or cancellations) are still to be made.
import { Button } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaOverview, MeetingSummary } from '../../../contract/schemas/meetings';
import { kbz, unwrap } from '../api/api';
import { useNavigation } from '../app/navigation';
import { DelayedLoader } from '../components/DelayedLoader';
import { EmptyState } from '../components/EmptyState';
import { ErrorAlert } from '../components/ErrorAlert';
import { notifySaved } from '../components/notify';
import { PageHeader } from '../components/PageHeader';
import { errorText, messageText } from '../errors/messages';
import { useCan } from '../session/useCan';
import { CancelDialog } from './PlanningScreen';
import { MeetingStatus, meetingWhen } from './PatientMeetings';

const SECTIONS = ['thisWeek', 'nextWeek', 'toConfirm', 'invitationsDue', 'withoutOutcome'] as const;

function MeetingTable({ id, list, onCancel }: { id: string; list: MeetingSummary[]; onCancel(m: MeetingSummary): void }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const mayHold = useCan('outcomes.get');
  const open = (m: MeetingSummary) => go({ name: 'planMeeting', patientId: m.patientId, meetingId: m.id });
  const primary = (m: MeetingSummary) => (id === 'withoutOutcome' && mayHold ? go({ name: 'meetingHold', id: m.id }) : open(m));
  if (list.length === 0) return <p className="dimmed">{t(`planning.agenda.empty.${id}`)}</p>;
  return (
    <table className="data-table" aria-labelledby={`agenda-${id}`}>
      <thead>
        <tr>
          <th scope="col" style={{ width: 220 }}>{t('planning.column.when')}</th>
          <th scope="col">{t('planning.column.patient')}</th>
          <th scope="col">{t('planning.column.staff')}</th>
          <th scope="col">{t('planning.column.where')}</th>
          <th scope="col" style={{ width: 130 }}>{t('planning.column.status')}</th>
          <th scope="col" style={{ width: 240 }}><span className="sr-only">{t('planning.column.actions')}</span></th>
        </tr>
      </thead>
      <tbody>
        {list.map((m) => (
          <tr key={m.id}>
            <td>
              <button type="button" className="link-cell" onClick={() => open(m)}>{meetingWhen(t, m)}</button>
            </td>
            <td>{m.patientName}</td>
            <td>{m.staffNames.join(', ')}</td>
            <td>{m.locationKind === 'room' ? m.roomName : t(`planning.location.${m.locationKind}`)}</td>
            <td><MeetingStatus status={m.status} /></td>
            <td style={{ whiteSpace: 'nowrap' }}>
              <Button size="compact-xs" variant="default" onClick={() => primary(m)}>
                {m.status === 'proposed' ? t('planning.agenda.choose') : id === 'withoutOutcome' ? t('planning.recordOutcome') : id === 'invitationsDue' ? t('planning.agenda.invite') : t('planning.agenda.move')}
              </Button>{' '}
              {(m.status === 'proposed' || m.status === 'planned') && (
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => onCancel(m)} aria-label={t('planning.agenda.cancelLabel', { when: meetingWhen(t, m) })}>
                  {t('planning.cancel')}
                </Button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AgendaScreen() {
  const { t } = useTranslation();
  const [agenda, setAgenda] = useState<AgendaOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<MeetingSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const load = useCallback(() => {
    void unwrap(kbz().meetings.agenda({}))
      .then(setAgenda)
      .catch((e: unknown) => setError(errorText(t, e)));
  }, [t]);
  useEffect(load, [load]);
  const cancel = async (reason: string) => {
    if (!cancelling) return;
    setBusy(true);
    const r = await kbz().meetings.cancel({ id: cancelling.id, revision: cancelling.revision, reason });
    setBusy(false);
    if (!r.ok) {
      setError(messageText(t, r.error));
      setCancelling(null);
      return;
    }
    setCancelling(null);
    notifySaved(t('planning.cancelledDone'));
    load();
  };
  const total = agenda ? SECTIONS.reduce((n, s) => n + agenda[s].length, 0) : 0;
  return (
    <div className="page">
      <PageHeader title={t('app.nav.agenda')} context={t('planning.agenda.context')} />
      {error && <ErrorAlert>{error}</ErrorAlert>}
      {!agenda && !error && <DelayedLoader />}
      {agenda && total === 0 && (
        <div className="panel">
          <EmptyState icon={<IconCalendarEvent size={40} stroke={1.4} aria-hidden="true" />} title={t('planning.agenda.nothingTitle')} text={t('planning.agenda.nothingText')} />
        </div>
      )}
      {agenda && total > 0 && (
        <div className="agenda-sections">
          {SECTIONS.map((s) => (
            <section key={s} className="panel panel-pad" aria-labelledby={`agenda-${s}`}>
              <h2 id={`agenda-${s}`} className="section-title">{t(`planning.agenda.${s}`)} <span className="count">({agenda[s].length})</span></h2>
              <MeetingTable id={s} list={agenda[s]} onCancel={setCancelling} />
            </section>
          ))}
        </div>
      )}
      <CancelDialog key={cancelling?.id ?? 'none'} opened={cancelling !== null} onClose={() => setCancelling(null)} onCancel={(reason) => void cancel(reason)} busy={busy} />
    </div>
  );
}
