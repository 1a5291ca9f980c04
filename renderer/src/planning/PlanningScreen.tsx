// Planning a drie-gesprek for a patient: participants, place, length and agenda on the left; the week view
// of the chosen staff and room on the right. Clicking free quarters holds up to three proposals; each shows
// its conflicts in words before anything is saved. Then plan one, hold the proposals, or (for a meeting that
// exists) confirm a proposal, move it, save changes, cancel with a reason, or record whether it was held.
import { Alert, Button, Group, Radio, Textarea } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../contract/result';
import { addDays, addMinutes, amsterdamMoment, mondayOf } from '../../../contract/schemas/amsterdam-time';
import { formatDateNl, todayInAmsterdam } from '../../../contract/schemas/dates';
import type { Meeting, PlanningSettings, PlanningWarning, WeekView } from '../../../contract/schemas/meetings';
import type { Organisation } from '../../../contract/schemas/partners';
import { ALL_PARTNERS } from '../../../contract/schemas/partners';
import type { Patient } from '../../../contract/schemas/patient';
import { kbz, unwrap } from '../api/api';
import { useNavigation } from '../app/navigation';
import { useStaff } from '../app/staffStore';
import { BackButton } from '../components/BackButton';
import { DelayedLoader } from '../components/DelayedLoader';
import { Dialog } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { notifySaved } from '../components/notify';
import { PageHeader } from '../components/PageHeader';
import { errorText, messageText } from '../errors/messages';
import { PatientBanner } from '../patient/PatientBanner';
import { useCan } from '../session/useCan';
import { InvitationsPanel } from '../invitations/InvitationsPanel';
import { BlockDialog } from './BlockDialog';
import { MeetingDetails, type MeetingDetailsValue } from './MeetingDetails';
import { MeetingStatus } from './PatientMeetings';
import { formatSlot } from './meetingText';
import { WeekGrid } from './WeekGrid';

const MAX_HELD = 3;

function startWeek(meeting: Meeting | null, now: string): string {
  const at = meeting?.start ?? meeting?.proposals[0]?.start;
  if (at) return mondayOf(amsterdamMoment(at).date);
  const today = todayInAmsterdam(new Date(now));
  const weekday = amsterdamMoment(now).weekday;
  return mondayOf(weekday === 'sat' || weekday === 'sun' ? addDays(today, 2) : today);
}

function Warnings({ list }: { list: PlanningWarning[] | undefined }) {
  const { t } = useTranslation();
  if (!list || list.length === 0) return null;
  return (
    <ul className="planning-warnings" aria-label={t('planning.warningsLabel')}>
      {list.map((w, i) => (
        <li key={i} className={w.severity}>{messageText(t, w.message)}</li>
      ))}
    </ul>
  );
}

export function PlanningScreen({ patientId, meetingId }: { patientId: string; meetingId: string | null }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const staff = useStaff((s) => s.staff);
  const refreshStaff = useStaff((s) => s.refresh);
  const [patient, setPatient] = useState<Patient | null>(null);
  const [settings, setSettings] = useState<PlanningSettings | null>(null);
  const [organisations, setOrganisations] = useState<Organisation[]>([]);
  const [meeting, setMeeting] = useState<Meeting | null>(null);
  const [details, setDetails] = useState<MeetingDetailsValue | null>(null);
  const [agendaWithheld, setAgendaWithheld] = useState(false);
  const [weekOf, setWeekOf] = useState<string | null>(null);
  const [week, setWeek] = useState<WeekView | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [warnings, setWarnings] = useState<Record<string, PlanningWarning[]>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<{ error: AppError; retry: () => void } | null>(null);
  const [dialog, setDialog] = useState<'cancel' | 'outcome' | 'block' | null>(null);
  const mayBlock = useCan('blocks.create');
  const mayInvite = useCan('invitations.forMeeting');
  const mayHold = useCan('outcomes.get');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (staff.length === 0) void refreshStaff();
  }, [staff.length, refreshStaff]);

  useEffect(() => {
    const load = async () => {
      const [p, s, partners] = await Promise.all([
        unwrap(kbz().patients.get({ id: patientId })),
        unwrap(kbz().planning.get({})),
        unwrap(kbz().partners.search(ALL_PARTNERS)),
      ]);
      setPatient(p);
      setSettings(s);
      setOrganisations(partners.organisations);
      if (meetingId) {
        const m = await unwrap(kbz().meetings.get({ id: meetingId }));
        setMeeting(m);
        setDetails({ participants: participantsOf(m), location: m.location, durationMinutes: m.durationMinutes, agenda: m.agenda });
        setWeekOf(startWeek(m, new Date().toISOString()));
      } else {
        const draft = await unwrap(kbz().meetings.draft({ patientId }));
        setDetails({ participants: draft.participants, location: draft.location, durationMinutes: draft.durationMinutes, agenda: draft.agenda });
        setAgendaWithheld(draft.agendaWithheld);
        setWeekOf(startWeek(null, new Date().toISOString()));
      }
    };
    load().catch((e: unknown) => setProblem(errorText(t, e)));
  }, [patientId, meetingId, t]);

  const staffIds = details?.participants.flatMap((p) => (p.kind === 'staff' ? [p.staffId] : [])) ?? [];
  const roomId = details?.location.kind === 'room' ? details.location.roomId : '';
  const staffKey = staffIds.join(',');

  const loadWeek = useCallback(() => {
    if (!weekOf) return;
    void unwrap(kbz().meetings.week({ weekOf, staffIds: staffKey ? staffKey.split(',') : [], roomIds: roomId ? [roomId] : [], patientId }))
      .then(setWeek)
      .catch((e: unknown) => setProblem(errorText(t, e)));
  }, [weekOf, staffKey, roomId, patientId, t]);
  useEffect(loadWeek, [loadWeek]);

  const duration = details?.durationMinutes ?? 45;
  const proposalStarts = meeting?.status === 'proposed' ? meeting.proposals.map((p) => p.start) : [];
  const checkKey = [...selected, ...proposalStarts].join(',');
  useEffect(() => {
    if (!checkKey || duration < 5 || duration > 240) {
      setWarnings({});
      return;
    }
    let stale = false;
    const starts = checkKey.split(',');
    void Promise.all(
      starts.map((start) =>
        kbz().meetings.conflicts({ slot: { start, end: addMinutes(start, duration) }, patientId, staffIds: staffKey ? staffKey.split(',') : [], roomId, meetingId: meeting?.id ?? '' }),
      ),
    ).then((answers) => {
      if (stale) return;
      setWarnings(Object.fromEntries(answers.map((r, i) => [starts[i]!, r.ok ? r.value : []])));
    });
    return () => {
      stale = true;
    };
  }, [checkKey, duration, staffKey, roomId, patientId, meeting?.id]);

  if (problem && (!patient || !details)) {
    return (
      <div className="page">
        <ErrorAlert>{problem}</ErrorAlert>
      </div>
    );
  }
  if (!patient || !settings || !details || !weekOf) return <DelayedLoader />;

  const open = !meeting || meeting.status === 'proposed' || meeting.status === 'planned';
  const planned = meeting?.status === 'planned';
  const maxHeld = planned ? 1 : MAX_HELD;
  const pick = (start: string) => {
    if (!open) return;
    setSelected((s) => (s.includes(start) ? s.filter((x) => x !== start) : maxHeld === 1 ? [start] : s.length >= maxHeld ? s : [...s, start].sort()));
  };
  const meetingInput = () => ({ patientId, ...details });

  /** Runs a save; a conflict refusal is shown with its warnings and a way to plan anyway. */
  const run = async (save: (accept: boolean) => Promise<{ ok: true; value: Meeting } | { ok: false; error: AppError }>, done: string, accept = false) => {
    setBusy(true);
    setProblem(null);
    setFieldErrors({});
    setRefusal(null);
    const r = await save(accept);
    setBusy(false);
    if (!r.ok) {
      if (r.error.key === 'errors.planningConflict') {
        setRefusal({ error: r.error, retry: () => void run(save, done, true) });
        return;
      }
      setProblem(messageText(t, r.error));
      setFieldErrors(Object.fromEntries(Object.entries(r.error.fields ?? {}).map(([k, m]) => [k, messageText(t, m)])));
      return;
    }
    notifySaved(done);
    setSelected([]);
    setDialog(null);
    if (!meeting) {
      go({ name: 'planMeeting', patientId, meetingId: r.value.id });
      return;
    }
    setMeeting(r.value);
    setDetails({ participants: participantsOf(r.value), location: r.value.location, durationMinutes: r.value.durationMinutes, agenda: r.value.agenda });
    loadWeek();
  };

  const back = <BackButton label={t('planning.backToPatient')} onClick={() => go({ name: 'patient', id: patientId })} />;
  const started = meeting?.start ? meeting.start <= new Date().toISOString() : false;

  return (
    <div className="page">
      <PatientBanner patient={patient} />
      <PageHeader
        back={back}
        title={meeting ? t('planning.titleExisting') : t('planning.titleNew')}
        context={meeting ? <Group gap="xs"><MeetingStatus status={meeting.status} /><span>{meeting.start ? formatSlot(t, meeting.start, meeting.end) : ''}</span></Group> : t('planning.contextNew')}
        actions={
          meeting && (open || meeting.status === 'held') ? (
            <>
              {mayHold && ((planned && started) || meeting.status === 'held') && (
                <Button onClick={() => go({ name: 'meetingHold', id: meeting.id })}>{meeting.status === 'held' ? t('planning.openOutcome') : t('planning.holdMeeting')}</Button>
              )}
              {planned && started && <Button variant="default" onClick={() => setDialog('outcome')}>{t('planning.recordOutcome')}</Button>}
              {open && <Button variant="default" color="red" onClick={() => setDialog('cancel')}>{t('planning.cancel')}</Button>}
            </>
          ) : undefined
        }
      />
      {problem && <ErrorAlert>{problem}</ErrorAlert>}
      {meeting?.status === 'cancelled' && <Alert color="gray" title={t('planning.cancelledTitle')}>{meeting.cancelReason}</Alert>}
      {refusal && (
        <Alert color="orange" title={t('planning.conflictTitle')} role="alert">
          <p className="alert-text">{messageText(t, refusal.error)}</p>
          <ul className="planning-warnings">
            {Object.values(refusal.error.fields ?? {}).map((m, i) => <li key={i} className="hard">{messageText(t, m)}</li>)}
          </ul>
          <Group gap="xs" mt={6}>
            <Button size="compact-sm" color="orange" onClick={refusal.retry}>{t('planning.planAnyway')}</Button>
            <Button size="compact-sm" variant="default" onClick={() => setRefusal(null)}>{t('planning.chooseOther')}</Button>
          </Group>
        </Alert>
      )}
      <div className="planning-columns">
        <section className="panel panel-pad" aria-labelledby="details-title">
          <h2 id="details-title" className="sr-only">{t('planning.detailsTitle')}</h2>
          <MeetingDetails value={details} onChange={setDetails} staff={staff} organisations={organisations} settings={settings} readOnly={!open} agendaWithheld={agendaWithheld} errors={fieldErrors} />
          {meeting && open && (
            <div className="form-actions">
              <Button variant="default" loading={busy} onClick={() => void run((accept) => kbz().meetings.update({ id: meeting.id, revision: meeting.revision, meeting: meetingInput(), acceptConflicts: accept }), t('planning.savedChanges'))}>
                {t('planning.saveChanges')}
              </Button>
            </div>
          )}
        </section>
        <section className="panel panel-pad" aria-labelledby="week-title">
          <div className="week-toolbar">
            <h2 id="week-title" className="section-title" style={{ margin: 0 }}>{t('planning.weekOf', { date: formatDateNl(weekOf) })}</h2>
            <Button size="compact-sm" variant="default" leftSection={<IconChevronLeft size={14} aria-hidden="true" />} onClick={() => setWeekOf(addDays(weekOf, -7))}>{t('planning.previousWeek')}</Button>
            <Button size="compact-sm" variant="default" rightSection={<IconChevronRight size={14} aria-hidden="true" />} onClick={() => setWeekOf(addDays(weekOf, 7))}>{t('planning.nextWeek')}</Button>
            {mayBlock && <Button size="compact-sm" variant="subtle" onClick={() => setDialog('block')}>{t('planning.block.open')}</Button>}
          </div>
          {open && <p className="dimmed">{planned ? t('planning.pickOne') : t('planning.pickUpToThree')}</p>}
          {week && <WeekGrid week={week} durationMinutes={duration} selected={selected} meetingId={meeting?.id ?? null} onPick={pick} />}
          <div className="week-legend" aria-hidden="true">
            <span className="l-held">{t('planning.legend.held')}</span>
            <span className="l-busy">{t('planning.legend.busy')}</span>
            <span className="l-proposal">{t('planning.legend.proposal')}</span>
            <span className="l-blocked">{t('planning.legend.blocked')}</span>
            <span className="l-off">{t('planning.legend.off')}</span>
          </div>
          {meeting?.status === 'proposed' && (
            <>
              <h3 className="section-title">{t('planning.heldProposals')}</h3>
              <ul className="slot-list" aria-label={t('planning.heldProposals')}>
                {meeting.proposals.map((p) => (
                  <li key={p.id}>
                    <Group justify="space-between">
                      <span>{formatSlot(t, p.start, p.end)}</span>
                      <Button size="compact-sm" loading={busy}
                        onClick={() => void run((accept) => kbz().meetings.confirm({ id: meeting.id, revision: meeting.revision, proposalId: p.id, acceptConflicts: accept }), t('planning.confirmed'))}>
                        {t('planning.confirm')}
                      </Button>
                    </Group>
                    <Warnings list={warnings[p.start]} />
                  </li>
                ))}
              </ul>
            </>
          )}
          {selected.length > 0 && (
            <>
              <h3 className="section-title">{t('planning.chosenSlots')}</h3>
              <ol className="slot-list" aria-label={t('planning.chosenSlots')}>
                {selected.map((start, i) => (
                  <li key={start}>
                    <Group justify="space-between">
                      <span>{t('planning.proposalN', { n: i + 1 })}: {formatSlot(t, start, addMinutes(start, duration))}</span>
                      <Button size="compact-xs" variant="subtle" onClick={() => pick(start)}>{t('planning.letGo')}</Button>
                    </Group>
                    <Warnings list={warnings[start]} />
                  </li>
                ))}
              </ol>
              <Group gap="xs" mt="sm">
                {!meeting && selected.length === 1 && (
                  <Button loading={busy} onClick={() => void run((accept) => kbz().meetings.create({ meeting: meetingInput(), start: selected[0]!, acceptConflicts: accept }), t('planning.plannedDone'))}>
                    {t('planning.planThis')}
                  </Button>
                )}
                {!meeting && (
                  <Button variant={selected.length === 1 ? 'default' : 'filled'} loading={busy}
                    onClick={() => void run((accept) => kbz().meetings.propose({ meeting: meetingInput(), starts: selected, acceptConflicts: accept }), t('planning.proposedDone'))}>
                    {t('planning.holdProposals', { count: selected.length })}
                  </Button>
                )}
                {meeting && open && (
                  <Button loading={busy} onClick={() => void run((accept) => kbz().meetings.reschedule({ id: meeting.id, revision: meeting.revision, starts: selected, acceptConflicts: accept }), t('planning.movedDone'))}>
                    {planned ? t('planning.move') : t('planning.replaceProposals')}
                  </Button>
                )}
              </Group>
            </>
          )}
        </section>
      </div>
      {meeting && (meeting.status === 'planned' || meeting.status === 'cancelled') && mayInvite && (
        <InvitationsPanel meetingId={meeting.id} patientId={patientId} status={meeting.status} sequence={meeting.sequence}
          onPatientLetter={() => go({ name: 'meetingLetter', meetingId: meeting.id, patientId })} />
      )}
      {dialog === 'block' && (
        <BlockDialog opened staff={staff} staffId={staffIds[0] ?? ''} date={weekOf} onClose={() => setDialog(null)} onDone={() => { setDialog(null); loadWeek(); }} />
      )}
      {meeting && (
        <>
          <CancelDialog opened={dialog === 'cancel'} onClose={() => setDialog(null)} busy={busy}
            onCancel={(reason) => void run(() => kbz().meetings.cancel({ id: meeting.id, revision: meeting.revision, reason }), t('planning.cancelledDone'))} />
          <OutcomeDialog opened={dialog === 'outcome'} meeting={meeting} onClose={() => setDialog(null)} busy={busy}
            onSave={(status, absent) => void run(() => kbz().meetings.setStatus({ id: meeting.id, revision: meeting.revision, status, absent }), t('planning.outcomeDone'))} />
        </>
      )}
    </div>
  );
}

function participantsOf(m: Meeting): MeetingDetailsValue['participants'] {
  return m.participants.flatMap((p): MeetingDetailsValue['participants'] => {
    if (p.kind === 'staff' && p.staffId) return [{ kind: 'staff', staffId: p.staffId, required: p.required }];
    if (p.kind === 'contact' && p.contactId) return [{ kind: 'contact', contactId: p.contactId }];
    if (p.kind === 'carer') return [{ kind: 'carer', name: p.name }];
    return [];
  });
}

export function CancelDialog({ opened, onClose, onCancel, busy }: { opened: boolean; onClose(): void; onCancel(reason: string): void; busy: boolean }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <Dialog opened={opened} onClose={onClose} title={t('planning.cancelTitle')}>
      <form onSubmit={(e) => { e.preventDefault(); if (reason.trim() === '') setError(t('planning.reasonRequired')); else onCancel(reason.trim()); }} noValidate>
        <Textarea label={t('planning.cancelReason')} description={t('planning.cancelReasonHint')} required autosize minRows={2} maxLength={500}
          value={reason} error={error} onChange={(e) => { setReason(e.currentTarget.value); setError(null); }} data-autofocus />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>{t('planning.keep')}</Button>
          <Button type="submit" color="red" loading={busy}>{t('planning.cancelConfirm')}</Button>
        </Group>
      </form>
    </Dialog>
  );
}

function OutcomeDialog({ opened, meeting, onClose, onSave, busy }: { opened: boolean; meeting: Meeting; onClose(): void; onSave(status: 'held' | 'not_held', absent: string[]): void; busy: boolean }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<'held' | 'not_held'>('held');
  const [absent, setAbsent] = useState<string[]>([]);
  const name = (p: Meeting['participants'][number]) => (p.kind === 'patient' ? t('planning.thePatient') : p.organisationName ? `${p.name} (${p.organisationName})` : p.name);
  return (
    <Dialog opened={opened} onClose={onClose} title={t('planning.outcomeTitle')}>
      <form onSubmit={(e) => { e.preventDefault(); onSave(status, absent); }} noValidate>
        <Radio.Group label={t('planning.outcomeQuestion')} value={status} onChange={(v) => setStatus(v as 'held' | 'not_held')}>
          <Group mt={4}>
            <Radio value="held" label={t('planning.status.held')} />
            <Radio value="not_held" label={t('planning.status.not_held')} />
          </Group>
        </Radio.Group>
        <fieldset className="plain-fieldset" style={{ marginTop: 12 }}>
          <legend>{t('planning.whoAbsent')}</legend>
          {meeting.participants.map((p) => (
            <label key={p.id} style={{ display: 'block' }}>
              <input type="checkbox" checked={absent.includes(p.id)} onChange={(e) => setAbsent((a) => (e.currentTarget.checked ? [...a, p.id] : a.filter((x) => x !== p.id)))} /> {name(p)}
            </label>
          ))}
        </fieldset>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>{t('planning.close')}</Button>
          <Button type="submit" loading={busy}>{t('form.save')}</Button>
        </Group>
      </form>
    </Dialog>
  );
}
