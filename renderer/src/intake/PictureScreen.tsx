// A finished (or draft) intake shown as the 4D picture with its radar, links and plan.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allProblems } from '../../../contract/schemas/intake';
import { kbz } from '../api/api';
import { messageText } from '../errors/messages';
import { useNavigation } from '../app/navigation';
import { useStaff } from '../app/staffStore';
import { formatDateNl, fullName } from '../format';
import { FourDPicture } from './FourDPicture';
import { useLoadedIntake } from './IntakeScreen';
import { ownerLabel } from './ownerLabel';
import { WeightsRadar } from './WeightsRadar';

export function PictureScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const staff = useStaff((s) => s.staff);
  const { data, error } = useLoadedIntake(id);
  const [problem, setProblem] = useState<string | null>(null);
  if (error) return <p className="error" role="alert">{error}</p>;
  if (!data) return <p>{t('app.loading')}</p>;
  const { intake, patient } = data;
  const c = intake.content;
  const text = (itemId: string) => allProblems(c).find((p) => p.id === itemId)?.text ?? '';
  const correct = async () => {
    const r = await kbz().intakes.correct({ id });
    if (r.ok) go({ name: 'intake', id: r.value.id });
    else setProblem(messageText(t, r.error));
  };
  return (
    <section aria-labelledby="picture-title" className="picture">
      <button type="button" className="link" onClick={() => go({ name: 'patient', id: patient.id })}>← {t('intake.backToPatient')}</button>
      <header className="screen-header">
        <h1 id="picture-title">{t('picture.title', { name: fullName(patient), date: formatDateNl(c.date) })}</h1>
        <span className="badge">{t(`intakeState.${intake.state}`)}</span>
      </header>
      {intake.supersededById && <p className="notice">{t('picture.superseded')}</p>}
      {problem && <p className="error" role="alert">{problem}</p>}
      <div className="actions">
        <button type="button" className="primary" onClick={() => go({ name: 'myPlan', id })}>{t('picture.myPlan')}</button>
        {intake.state === 'final' && !intake.supersededById && (
          <button type="button" onClick={() => void correct()}>{t('picture.correct')}</button>
        )}
        {intake.state === 'draft' && <button type="button" onClick={() => go({ name: 'intake', id })}>{t('picture.continue')}</button>}
      </div>
      <p className="help-question"><strong>{t('intake.helpQuestion')}:</strong> {c.helpQuestion || '–'}</p>
      <div className="picture-row">
        <FourDPicture content={c} personName={patient.givenName || patient.initials} />
        <WeightsRadar title={t('picture.radarTitle')} series={[{ name: formatDateNl(c.date), content: c, color: '#0b5cad' }]} />
      </div>
      {c.links.length > 0 && (
        <>
          <h2>{t('intake.links')}</h2>
          <ul>{c.links.map((l) => <li key={l.id}>{text(l.from)} ↔ {text(l.to)}: “{l.note}”</li>)}</ul>
        </>
      )}
      <h2>{t('intake.plan')}</h2>
      {c.goals.length > 0 && <ul>{c.goals.map((g) => <li key={g.id}>{g.text}</li>)}</ul>}
      {c.actions.length > 0 && (
        <ul className="plan-actions">
          {c.actions.map((a) => (
            <li key={a.id}>
              {a.text} — {ownerLabel(a.owner, staff, t('intake.ownerPatient'))}{a.dueDate ? `, ${formatDateNl(a.dueDate)}` : ''} ({t(`actionStatus.${a.status}`)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
