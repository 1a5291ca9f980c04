// A finished (or draft) intake shown as the 4D picture with its radar, links and plan.
import { Alert, Badge, Button } from '@mantine/core';
import { IconFileText, IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allProblems } from '../../../contract/schemas/intake';
import { kbz } from '../api/api';
import { useNavigation } from '../app/navigation';
import { useStaff } from '../app/staffStore';
import { BackButton } from '../components/BackButton';
import { DelayedLoader } from '../components/DelayedLoader';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadFailed } from '../components/LoadFailed';
import { PageHeader } from '../components/PageHeader';
import { messageText } from '../errors/messages';
import { formatDateNl, fullName } from '../format';
import { PatientBanner } from '../patient/PatientBanner';
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
  if (error) return <LoadFailed message={error} />;
  if (!data) return <DelayedLoader />;
  const { intake, patient } = data;
  const c = intake.content;
  const text = (itemId: string) => allProblems(c).find((p) => p.id === itemId)?.text ?? '';
  const correct = async () => {
    const r = await kbz().intakes.correct({ id });
    if (r.ok) go({ name: 'intake', id: r.value.id });
    else setProblem(messageText(t, r.error));
  };
  return (
    <div className="page">
      <PatientBanner patient={patient} />
      <PageHeader
        back={<BackButton label={t('intake.backToPatient')} onClick={() => go({ name: 'patient', id: patient.id })} />}
        title={t('picture.title', { name: fullName(patient), date: formatDateNl(c.date) })}
        context={<Badge variant="light" color={intake.state === 'final' ? 'green' : 'gray'}>{t(`intakeState.${intake.state}`)}</Badge>}
        actions={
          <>
            {intake.state === 'final' && !intake.supersededById && (
              <Button variant="default" leftSection={<IconPencil size={16} aria-hidden="true" />} onClick={() => void correct()}>{t('picture.correct')}</Button>
            )}
            {intake.state === 'draft' && <Button variant="default" onClick={() => go({ name: 'intake', id })}>{t('picture.continue')}</Button>}
            <Button leftSection={<IconFileText size={16} aria-hidden="true" />} onClick={() => go({ name: 'myPlan', id })}>{t('picture.myPlan')}</Button>
          </>
        }
      />
      {intake.supersededById && <Alert color="yellow" variant="light">{t('picture.superseded')}</Alert>}
      {problem && <ErrorAlert>{problem}</ErrorAlert>}
      <section className="panel panel-pad">
        <h2 className="section-title">{t('intake.helpQuestion')}</h2>
        <p className="help-question">{c.helpQuestion || t('picture.noQuestion')}</p>
      </section>
      <div className="picture-row">
        <FourDPicture content={c} personName={patient.givenName || patient.initials} />
        <WeightsRadar title={t('picture.radarTitle')} series={[{ name: formatDateNl(c.date), content: c, color: '#0b5cad' }]} />
      </div>
      <div className="picture-details">
        <section className="panel panel-pad" aria-labelledby="links-title">
          <h2 id="links-title" className="section-title">{t('intake.links')}</h2>
          {c.links.length === 0 ? <p className="dimmed">{t('picture.noLinks')}</p> : (
            <ul className="plain-list">{c.links.map((l) => <li key={l.id}>{text(l.from)} ↔ {text(l.to)}{l.note && <>: “{l.note}”</>}</li>)}</ul>
          )}
        </section>
        <section className="panel panel-pad" aria-labelledby="plan-title">
          <h2 id="plan-title" className="section-title">{t('intake.plan')}</h2>
          {c.goals.length === 0 && c.actions.length === 0 && <p className="dimmed">{t('picture.noPlan')}</p>}
          {c.goals.length > 0 && <ul className="plain-list">{c.goals.map((g) => <li key={g.id}>{g.text}</li>)}</ul>}
          {c.actions.length > 0 && (
            <table className="data-table plan-table">
              <thead>
                <tr>
                  <th scope="col">{t('intake.actionText')}</th>
                  <th scope="col">{t('intake.owner')}</th>
                  <th scope="col" style={{ width: 110 }}>{t('intake.dueDate')}</th>
                  <th scope="col" style={{ width: 110 }}>{t('intake.actionStatus')}</th>
                </tr>
              </thead>
              <tbody>
                {c.actions.map((a) => (
                  <tr key={a.id}>
                    <td>{a.text}</td>
                    <td>{ownerLabel(a.owner, staff, t('intake.ownerPatient'), t)}</td>
                    <td>{a.dueDate ? formatDateNl(a.dueDate) : '–'}</td>
                    <td>{t(`actionStatus.${a.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </div>
  );
}
