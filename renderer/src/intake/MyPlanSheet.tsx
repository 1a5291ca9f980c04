// "Mijn plan": a printable sheet for the patient, in plain Dutch with large type, addressed as "u".
import { Alert, Button } from '@mantine/core';
import { IconFileDownload, IconPrinter } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allProblems } from '../../../contract/schemas/intake';
import { useNavigation } from '../app/navigation';
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
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const staff = useStaff((s) => s.staff);
  const practiceName = usePractice((s) => s.practice?.name ?? '');
  const practicePhone = usePractice((s) => s.practice?.phone ?? '');
  const { data, error } = useLoadedIntake(id);
  const [notice, setNotice] = useState<string | null>(null);
  const [living, setLiving] = useState<PatientAction[] | null>(null);
  const patientId = data?.patient.id;
  useEffect(() => {
    if (!patientId) return;
    // The living plan: the actions as they stand now, not only as the intake agreed them.
    void unwrap(kbz().actions.list({ patientId }))
      .then((r) => setLiving(r.actions))
      .catch(() => setLiving([]));
  }, [patientId]);
  if (error) return <LoadFailed message={error} />;
  if (!data || living === null) return <DelayedLoader />;
  const c = data.intake.content;
  const problems = allProblems(c);
  const you = t('myPlan.ownerYou');
  const since = new Date(Date.now() - RECENT_DAYS * 24 * 3600_000).toISOString();
  const toStep = (a: PatientAction): Step => ({ key: a.id, text: a.text, who: planOwnerText(a.owner, t, you), dueDate: a.dueDate });
  const onList = new Set(living.filter((a) => a.source.kind === 'intake').map((a) => a.source.itemId));
  // A draft's new actions are not on the list yet: the sheet shows them with the rest.
  const fromDraft: Step[] =
    data.intake.state === 'draft'
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
  const savePdf = () => savePdfOrPrint(t, `mijn-plan-${c.date || 'concept'}.pdf`, setNotice);
  return (
    <div className="page">
      <div className="no-print">
        <PatientBanner patient={data.patient} />
      </div>
      <PageHeader
        back={<BackButton label={t('myPlan.back')} onClick={() => go({ name: 'intakePicture', id })} />}
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
        <p>{t('myPlan.forName', { name: data.patient.givenName || `${data.patient.initials} ${data.patient.surname}`, date: formatDateNl(c.date) })}</p>
        <h2>{t('myPlan.question')}</h2>
        <p>{c.helpQuestion || '–'}</p>
        <h2>{t('myPlan.priorities')}</h2>
        {c.priorities.length === 0 ? <p>–</p> : (
          <ol>{c.priorities.map((pid) => <li key={pid}>{problems.find((p) => p.id === pid)?.text}</li>)}</ol>
        )}
        <h2>{t('myPlan.goals')}</h2>
        {c.goals.length === 0 ? <p>–</p> : <ul>{c.goals.map((g) => <li key={g.id}>{g.text}</li>)}</ul>}
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
