// Two intakes of one patient in one radar, and what changed per domain.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Intake } from '../../../contract/schemas/intake';
import type { Patient } from '../../../contract/schemas/patient';
import { kbz, unwrap } from '../api/api';
import { useNavigation } from '../app/navigation';
import { BackButton } from '../components/BackButton';
import { DelayedLoader } from '../components/DelayedLoader';
import { LoadFailed } from '../components/LoadFailed';
import { PageHeader } from '../components/PageHeader';
import { errorText } from '../errors/messages';
import { formatDateNl, fullName } from '../format';
import { PatientBanner } from '../patient/PatientBanner';
import { compareIntakes } from './compareIntakes';
import { WeightsRadar } from './WeightsRadar';

export function CompareScreen({ olderId, newerId }: { olderId: string; newerId: string }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const [data, setData] = useState<{ older: Intake; newer: Intake; patient: Patient } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void (async () => {
      try {
        const [a, b] = await Promise.all([unwrap(kbz().intakes.get({ id: olderId })), unwrap(kbz().intakes.get({ id: newerId }))]);
        const order = (i: Intake) => `${i.content.date}|${i.finalizedAt ?? i.createdAt}`;
        const [older, newer] = order(a) <= order(b) ? [a, b] : [b, a];
        setData({ older, newer, patient: await unwrap(kbz().patients.get({ id: a.patientId })) });
      } catch (e) {
        setError(errorText(t, e));
      }
    })();
  }, [olderId, newerId, t]);
  if (error) return <LoadFailed message={error} />;
  if (!data) return <DelayedLoader />;
  const { older, newer, patient } = data;
  const changes = compareIntakes(older.content, newer.content);
  const olderName = formatDateNl(older.content.date);
  const newerName = formatDateNl(newer.content.date);
  return (
    <div className="page">
      <PatientBanner patient={patient} />
      <PageHeader
        back={<BackButton label={t('intake.backToPatient')} onClick={() => go({ name: 'patient', id: patient.id })} />}
        title={t('compare.title', { name: fullName(patient) })}
        context={t('compare.context', { older: olderName, newer: newerName })}
      />
      <div className="compare-layout">
        <WeightsRadar
          title={t('compare.radarTitle', { older: olderName, newer: newerName })}
          series={[
            { name: olderName, content: older.content, color: '#7a828c' },
            { name: newerName, content: newer.content, color: '#0b5cad' },
          ]}
        />
        <div className="panel compare-table-wrap">
          <table className="data-table compare-table">
            <caption className="table-caption">{t('compare.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compare.domain')}</th>
                <th scope="col" className="num">{olderName}</th>
                <th scope="col" className="num">{newerName}</th>
                <th scope="col">{t('compare.change')}</th>
                <th scope="col">{t('compare.added')}</th>
                <th scope="col">{t('compare.removed')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.domain} className={`domain-${c.domain}`}>
                  <th scope="row"><span className="domain-dot" aria-hidden="true" /> {t(`domain.${c.domain}`)}</th>
                  <td className="num">{c.before ?? '–'}</td>
                  <td className="num">{c.after ?? '–'}</td>
                  <td>{c.delta === null ? '–' : c.delta === 0 ? t('compare.same') : c.delta < 0 ? t('compare.lighter', { n: -c.delta }) : t('compare.heavier', { n: c.delta })}</td>
                  <td>{c.added.join(', ') || '–'}</td>
                  <td>{c.removed.join(', ') || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
}
