// "Mijn plan": a printable sheet for the patient, in plain Dutch with large type.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allProblems } from '../../../contract/schemas/intake';
import { kbz } from '../api/api';
import { messageText } from '../errors/messages';
import { useNavigation } from '../app/navigation';
import { useStaff } from '../app/staffStore';
import { formatDateNl } from '../format';
import { useLoadedIntake } from './IntakeScreen';
import { ownerLabel } from './ownerLabel';

export function MyPlanSheet({ id }: { id: string }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const staff = useStaff((s) => s.staff);
  const { data, error } = useLoadedIntake(id);
  const [notice, setNotice] = useState<string | null>(null);
  if (error) return <p className="error" role="alert">{error}</p>;
  if (!data) return <p>{t('app.loading')}</p>;
  const c = data.intake.content;
  const problems = allProblems(c);
  const steps = c.actions.filter((a) => a.status !== 'cancelled');
  const savePdf = async () => {
    const r = await kbz().print.savePdf({ suggestedName: `mijn-plan-${c.date || 'concept'}.pdf` });
    if (!r.ok) {
      // The browser host cannot write PDFs itself: the browser's print dialog can ("Opslaan als PDF").
      setNotice(messageText(t, r.error));
      window.print();
    }
  };
  return (
    <section className="my-plan-screen">
      <div className="actions no-print">
        <button type="button" className="link" onClick={() => go({ name: 'intakePicture', id })}>← {t('myPlan.back')}</button>
        <button type="button" className="primary" onClick={() => window.print()}>{t('myPlan.print')}</button>
        <button type="button" onClick={() => void savePdf()}>{t('myPlan.savePdf')}</button>
      </div>
      {notice && <p className="notice no-print" role="status">{notice}</p>}
      <article className="my-plan" aria-labelledby="my-plan-title">
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
        {steps.length === 0 ? <p>–</p> : (
          <ul className="steps">
            {steps.map((a) => (
              <li key={a.id}>
                <strong>{a.text}</strong>
                <br />
                {t('myPlan.who', { who: ownerLabel(a.owner, staff, t('myPlan.ownerYou')) })}
                {a.dueDate && <> · {t('myPlan.when', { date: formatDateNl(a.dueDate) })}</>}
                {a.status === 'done' && <> · {t('myPlan.done')}</>}
              </li>
            ))}
          </ul>
        )}
        <p className="closing">{t('myPlan.closing')}</p>
      </article>
    </section>
  );
}
