// Holding the drie-gesprek: the agenda on the left with a note per item, on the right the agreements (who
// does what, by when), the next step and the follow-up date. Everything saves as it is typed (Ctrl+S saves
// at once). "Gesprek afronden" asks first (who was absent), then the outcome is fixed, the agreements are on
// the patient's plan and the report back to the partners can be made.
import { Alert, Button, Checkbox, Stack, Textarea } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../contract/result';
import { formatInstantNl, formatTimeNl } from '../../../../contract/schemas/dates';
import { EMPTY_OUTCOME, type OutcomeContent, type OutcomeView } from '../../../../contract/schemas/outcomes';
import type { Patient } from '../../../../contract/schemas/patient';
import { kbz, unwrap } from '../../api/api';
import { useNavigation } from '../../app/navigation';
import { useStaff } from '../../app/staffStore';
import { BackButton } from '../../components/BackButton';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { IsoDateField } from '../../components/DateField';
import { DelayedLoader } from '../../components/DelayedLoader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorSummary, type SummaryItem } from '../../components/ErrorSummary';
import { LoadFailed } from '../../components/LoadFailed';
import { notifySaved } from '../../components/notify';
import { PageHeader } from '../../components/PageHeader';
import { useShortcut } from '../../components/useShortcut';
import { errorText, messageText } from '../../errors/messages';
import { formatDateNl } from '../../format';
import { PatientBanner } from '../../patient/PatientBanner';
import { AgreementsEditor } from './AgreementsEditor';
import { ReportSection } from './ReportSection';
import { useOutcomeAutosave, type OutcomeSaveState } from './useOutcomeAutosave';

function SaveStatus({ state }: { state: OutcomeSaveState }) {
  const { t } = useTranslation();
  const text =
    state.kind === 'saved' ? (state.at ? t('hold.savedAt', { time: formatInstantNl(state.at).slice(11) }) : t('hold.notSavedYet'))
      : state.kind === 'error' ? messageText(t, state.error)
        : t('hold.saving');
  return <span className={`save-status ${state.kind}`} role="status" aria-live="polite">{text}</span>;
}

/** Field errors in words, by the path inside the content (`agreements.0.text`, `followUpDate`). */
function fieldErrors(t: ReturnType<typeof useTranslation>['t'], error: AppError | null): Record<string, string> {
  if (!error?.fields) return {};
  return Object.fromEntries(Object.entries(error.fields).map(([path, m]) => [path.replace(/^content\./, ''), messageText(t, m)]));
}

export function HoldMeetingScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const [data, setData] = useState<{ view: OutcomeView; patient: Patient } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refreshStaff = useStaff((s) => s.refresh);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const view = await unwrap(kbz().outcomes.get({ meetingId: id }));
        const patient = await unwrap(kbz().patients.get({ id: view.meeting.patientId }));
        await refreshStaff();
        if (live) setData({ view, patient });
      } catch (e) {
        if (live) setError(errorText(t, e));
      }
    })();
    return () => {
      live = false;
    };
  }, [id, t, refreshStaff]);
  if (error) return <LoadFailed message={error} />;
  if (!data) return <DelayedLoader />;
  const finished = (view: OutcomeView) => {
    // Finishing moved the patient's status on: the banner shows it (the patient as it was if that read fails).
    void unwrap(kbz().patients.get({ id: view.meeting.patientId }))
      .catch(() => data.patient)
      .then((patient) => setData({ view, patient }));
  };
  return <HoldMeeting key={data.view.outcome?.finished ? 'finished' : 'open'} view={data.view} patient={data.patient} onFinished={finished} />;
}

function HoldMeeting({ view, patient, onFinished }: { view: OutcomeView; patient: Patient; onFinished(view: OutcomeView): void }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const { meeting } = view;
  const finished = view.outcome?.finished ?? false;
  /** Read-only: finished, or a meeting that takes no outcome (proposed, cancelled, not held; an archived patient). */
  const locked = finished || !view.editable;
  const [content, setContent] = useState<OutcomeContent>(view.outcome?.content ?? EMPTY_OUTCOME);
  const autosave = useOutcomeAutosave(meeting.id, view.outcome?.revision ?? 0, view.outcome?.recordedAt ?? null);
  const [confirming, setConfirming] = useState(false);
  // A meeting already marked held in the Agenda keeps who was marked absent there.
  const [absent, setAbsent] = useState<string[]>(() => meeting.participants.filter((p) => p.absent).map((p) => p.id));
  const [failure, setFailure] = useState<AppError | null>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  /** Each refused field as a link to it, in the words of its label. */
  const summaryItems = (error: AppError): SummaryItem[] =>
    Object.entries(error.fields ?? {}).map(([path, m]) => {
      const [, index, part] = /^(?:content\.)?agreements\.(\d+)\.(\w+)$/.exec(path) ?? [];
      const agreement = index !== undefined ? content.agreements[Number(index)] : undefined;
      const n = Number(index) + 1;
      const target = agreement
        ? part === 'text' ? { field: `agreement-${agreement.id}-text`, label: t('hold.agreementText', { n }) }
          : part === 'dueDate' ? { field: `agreement-${agreement.id}-due`, label: t('hold.agreementDue', { n }) }
            : { field: `agreement-${agreement.id}-${agreement.owner.kind === 'text' ? 'who' : 'owner'}`, label: t('hold.agreementOwner', { n }) }
        : path === 'followUpDate' ? { field: 'follow-up', label: t('hold.followUp') }
          : path === 'absent' ? { field: 'finish-button', label: t('hold.absentLabel') }
            : { field: 'next-step', label: t('hold.nextStep') };
      return { ...target, message: messageText(t, m) };
    });
  const saveError = autosave.state.kind === 'error' ? autosave.state.error : null;
  const errors = useMemo(() => fieldErrors(t, failure ?? saveError), [t, failure, saveError]);

  const update = (patch: Partial<OutcomeContent>) => {
    if (locked) return;
    const next = { ...content, ...patch };
    setContent(next);
    autosave.schedule(next);
  };
  useShortcut({ key: 's', ctrl: true }, () => void autosave.saveNow());

  const finish = async () => {
    setConfirming(false);
    setFailure(null);
    if (!(await autosave.saveNow())) return;
    const r = await kbz().outcomes.finish({ meetingId: meeting.id, revision: autosave.revision.current, absent });
    if (!r.ok) {
      setFailure(r.error);
      requestAnimationFrame(() => failureRef.current?.focus());
      return;
    }
    notifySaved(t('hold.finishedToast'));
    onFinished(r.value);
  };

  const when = meeting.start && meeting.end ? `${formatInstantNl(meeting.start).slice(0, 10)}, ${formatTimeNl(meeting.start)}–${formatTimeNl(meeting.end)}` : '';
  const others = meeting.participants.filter((p) => p.kind !== 'patient');
  const people = others.map((p) => (p.kind === 'contact' ? `${p.name} (${p.organisationName})` : p.name)).join(', ');
  const notesOf = (itemId: string) => content.notes[itemId] ?? '';
  const setNote = (itemId: string, text: string) => update({ notes: { ...content.notes, [itemId]: text } });

  return (
    <div className="page hold-meeting">
      <div className="no-print">
        <PatientBanner patient={patient} />
      </div>
      <PageHeader
        back={<BackButton label={t('hold.back')} onClick={() => go({ name: 'patient', id: patient.id })} />}
        title={finished ? t('hold.titleFinished') : t('hold.title')}
        context={
          <>
            <div>{t('hold.context', { when, people })}</div>
            {finished ? <span className="save-status">{t('hold.finishedAt', { at: formatInstantNl(view.outcome!.finishedAt!) })}</span> : <SaveStatus state={autosave.state} />}
          </>
        }
        actions={
          !locked && (
            <Button id="finish-button" leftSection={<IconCheck size={16} aria-hidden="true" />} disabled={!view.canFinish} onClick={() => setConfirming(true)}>
              {t('hold.finish')}
            </Button>
          )
        }
      />
      {!locked && !view.canFinish && <Alert className="no-print" color="kbz" variant="light">{t('hold.notStarted')}</Alert>}
      {!finished && !view.editable && <Alert className="no-print" color="orange" variant="light">{patient.archivedAt ? t('errors.patientArchived') : t('hold.notEditable', { status: t(`hold.status.${meeting.status}`) })}</Alert>}
      {failure && (
        <div className="no-print">
          {failure.fields ? (
            <ErrorSummary ref={failureRef} message={messageText(t, failure)} items={summaryItems(failure)} onFocusField={(field) => document.getElementById(field)?.focus()} />
          ) : (
            <ErrorAlert ref={failureRef} title={t('hold.finishRefused')}>{messageText(t, failure)}</ErrorAlert>
          )}
        </div>
      )}
      <div className="hold-grid no-print">
        <section className="panel panel-pad" aria-labelledby="h-agenda">
          <h2 id="h-agenda">{t('hold.agenda')}</h2>
          {meeting.agenda.length === 0 && <p className="dimmed">{t('hold.agendaEmpty')}</p>}
          <Stack gap="md">
            {meeting.agenda.map((item, i) => (
              <Textarea key={item.id} id={`note-${item.id}`} label={t('hold.agendaItem', { n: i + 1, text: item.text })} autosize minRows={2} maxRows={12}
                maxLength={4000} value={notesOf(item.id)} readOnly={locked} error={errors[`notes.${item.id}`]}
                onChange={(e) => setNote(item.id, e.currentTarget.value)} />
            ))}
            <Textarea id="note-other" label={t('hold.otherNotes')} autosize minRows={2} maxRows={12} maxLength={4000} value={notesOf('other')}
              readOnly={locked} onChange={(e) => setNote('other', e.currentTarget.value)} />
          </Stack>
          {!finished && view.openActions.length > 0 && (
            <>
              <h3>{t('hold.openActions')}</h3>
              <ul className="open-actions">
                {view.openActions.map((a) => (
                  <li key={a.id}>
                    {a.text}
                    <span className="dimmed">
                      {' · '}
                      {a.owner.kind === 'patient' ? t('hold.ownerPatient') : a.owner.label || t('hold.ownerNone')}
                      {a.dueDate && <> · {formatDateNl(a.dueDate)}</>}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        <section className="panel panel-pad" aria-labelledby="h-agreements">
          <h2 id="h-agreements">{t('hold.agreements')}</h2>
          <AgreementsEditor agreements={content.agreements} participants={meeting.participants} readOnly={locked} errors={errors}
            onChange={(agreements) => update({ agreements })} />
          <h2 id="h-next">{t('hold.nextStep')}</h2>
          <Textarea id="next-step" aria-labelledby="h-next" autosize minRows={2} maxRows={8} maxLength={1000} value={content.nextStep} readOnly={locked}
            error={errors['nextStep']} onChange={(e) => update({ nextStep: e.currentTarget.value })} />
          {locked ? (
            <p>{content.followUpDate ? t('hold.followUpOn', { date: formatDateNl(content.followUpDate) }) : t('hold.noFollowUp')}</p>
          ) : (
            <IsoDateField id="follow-up" label={t('hold.followUp')} value={content.followUpDate} error={errors['followUpDate']}
              onChange={(followUpDate) => update({ followUpDate })} />
          )}
        </section>
      </div>
      {finished && meeting.start && <ReportSection meetingId={meeting.id} patientId={patient.id} meetingDate={meeting.start.slice(0, 10)} />}
      <ConfirmDialog opened={confirming} title={t('hold.confirmTitle')} confirmLabel={t('hold.confirmFinish')} cancelLabel={t('hold.confirmCancel')} confirmFocus
        onConfirm={() => void finish()} onCancel={() => setConfirming(false)}>
        <p>{t('hold.confirmText', { count: content.agreements.length })}</p>
        <Checkbox.Group label={t('hold.absentLabel')} description={t('hold.absentHint')} value={absent} onChange={setAbsent}>
          <Stack gap={4} mt={6}>
            {meeting.participants.map((p) => (
              <Checkbox key={p.id} value={p.id} label={p.kind === 'patient' ? t('hold.thePatient') : p.kind === 'contact' ? `${p.name} (${p.organisationName})` : p.name} />
            ))}
          </Stack>
        </Checkbox.Group>
      </ConfirmDialog>
    </div>
  );
}
