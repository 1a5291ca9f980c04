// "Mijn plan": a printable sheet for the patient, in plain Dutch with large type, addressed as "u".
import { Alert, Button } from '@mantine/core';
import { IconFileDownload, IconPrinter } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allProblems, type Intake } from '../../../contract/schemas/intake';
import { todayInAmsterdam } from '../../../contract/schemas/dates';
import type { Patient } from '../../../contract/schemas/patient';
import { useNavigation, type View } from '../app/navigation';
import { usePractice } from '../app/practiceStore';
import { useStaff } from '../app/staffStore';
import { BackButton } from '../components/BackButton';
import { DelayedLoader } from '../components/DelayedLoader';
import { LoadFailed } from '../components/LoadFailed';
import { PageHeader } from '../components/PageHeader';
import { formatDateNl } from '../format';
import { PatientBanner } from '../patient/PatientBanner';
import { useLoadedIntake } from './IntakeScreen';
import { ownerLabel } from './ownerLabel';
import { savePdfOrPrint } from '../components/savePdf';
import type { PatientAction } from '../../../contract/schemas/plan';
import { kbz, unwrap } from '../api/api';
import { planOwnerText } from '../plan/planText';

/** Done actions stay on the sheet this long: the patient sees what was achieved lately. */
const RECENT_DAYS = 30;

interface Step {
  key: string;
  text: string;
  who: string;
  dueDate: string;
}

export function MyPlanSheet({ id }: { id: string }) {
  const { data, error } = useLoadedIntake(id);
  if (error) return <LoadFailed message={error} />;
  if (!data) return <DelayedLoader />;
  return <MyPlanView patient={data.patient} intake={data.intake} back={{ name: 'intakePicture', id }} />;
}

/**
 * The sheet itself: the intake's question, priorities and goals when there is a final (or draft) intake, and
 * the living plan's steps in any case, so a patient whose plan came from a drie-gesprek gets one too.
 */
export function MyPlanView({ patient, intake, back }: { patient: Patient; intake: Intake | null; back: View }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const staff = useStaff((s) => s.staff);
  const practiceName = usePractice((s) => s.practice?.name ?? '');
  const practicePhone = usePractice((s) => s.practice?.phone ?? '');
  const [notice, setNotice] = useState<string | null>(null);
  const [living, setLiving] = useState<PatientAction[] | null>(null);
  const patientId = patient.id;
  useEffect(() => {
    // The living plan: the actions as they stand now, not only as the intake agreed them.
    void unwrap(kbz().actions.list({ patientId }))
      .then((r) => setLiving(r.actions))
      .catch(() => setLiving([]));
  }, [patientId]);
  if (living === null) return <DelayedLoader />;
  const c = intake?.content ?? null;
  const problems = c ? allProblems(c) : [];
  const you = t('myPlan.ownerYou');
  const since = new Date(Date.now() - RECENT_DAYS * 24 * 3600_000).toISOString();
  const toStep = (a: PatientAction): Step => ({ key: a.id, text: a.text, who: planOwnerText(a.owner, t, you), dueDate: a.dueDate });
  const onList = new Set(living.filter((a) => a.source.kind === 'intake').map((a) => a.source.itemId));
  // A draft's new actions are not on the list yet: the sheet shows them with the rest.
  const fromDraft: Step[] =
    intake && c && intake.state === 'draft'
      ? c.actions
          .filter((a) => a.status === 'open' && a.text.trim() !== '' && !onList.has(a.id))
          .map((a) => ({ key: a.id, text: a.text, who: ownerLabel(a.owner, staff, you, t), dueDate: a.dueDate }))
      : [];
  const steps = [...living.filter((a) => a.status === 'open').map(toStep), ...fromDraft];
  const recentlyDone = living.filter((a) => a.status === 'done' && a.statusChangedAt >= since).map(toStep);
  const stepList = (list: Step[]) => (
    <ul className="steps">
      {list.map((a) => (
        <li key={a.key}>
          <strong>{a.text}</strong>
          <br />
          {t('myPlan.who', { who: a.who })}
          {a.dueDate && <> · {t('myPlan.when', { date: formatDateNl(a.dueDate) })}</>}
        </li>
      ))}
    </ul>
  );
  const date = c?.date || todayInAmsterdam();
  const savePdf = () => savePdfOrPrint(t, `mijn-plan-${c ? c.date || 'concept' : date}.pdf`, setNotice);
  return (
    <div className="page">
      <div className="no-print">
        <PatientBanner patient={patient} />
      </div>
      <PageHeader
        back={<BackButton label={back.name === 'patient' ? t('myPlan.backToPatient') : t('myPlan.back')} onClick={() => go(back)} />}
        title={t('myPlan.previewTitle')}
        context={t('myPlan.previewContext')}
        actions={
          <>
            <Button variant="default" leftSection={<IconFileDownload size={16} aria-hidden="true" />} onClick={() => void savePdf()}>{t('myPlan.savePdf')}</Button>
            <Button leftSection={<IconPrinter size={16} aria-hidden="true" />} onClick={() => window.print()}>{t('myPlan.print')}</Button>
          </>
        }
      />
      {notice && <Alert className="no-print" color="kbz" variant="light" role="status">{notice}</Alert>}
      <article className="my-plan" aria-labelledby="my-plan-title">
        {practiceName && <p className="letterhead">{practiceName}</p>}
        <h1 id="my-plan-title">{t('myPlan.title')}</h1>
        <p>{t('myPlan.forName', { name: patient.givenName || `${patient.initials} ${patient.surname}`, date: formatDateNl(date) })}</p>
        {c && (
          <>
            <h2>{t('myPlan.question')}</h2>
            <p>{c.helpQuestion || '–'}</p>
            <h2>{t('myPlan.priorities')}</h2>
            {c.priorities.length === 0 ? <p>–</p> : (
              <ol>{c.priorities.map((pid) => <li key={pid}>{problems.find((p) => p.id === pid)?.text}</li>)}</ol>
            )}
            <h2>{t('myPlan.goals')}</h2>
            {c.goals.length === 0 ? <p>–</p> : <ul>{c.goals.map((g) => <li key={g.id}>{g.text}</li>)}</ul>}
          </>
        )}
        <h2>{t('myPlan.steps')}</h2>
        {steps.length === 0 ? <p>–</p> : stepList(steps)}
        {recentlyDone.length > 0 && (
          <>
            <h2>{t('myPlan.recentlyDone')}</h2>
            {stepList(recentlyDone)}
          </>
        )}
        <p className="closing">{practiceName ? t('myPlan.closingPractice', { practice: practiceName }) : t('myPlan.closing')}</p>
        {practicePhone && <p className="questions">{t('myPlan.questions', { phone: practicePhone })}</p>}
      </article>
    </div>
  );
}
