// On the patient page: start or continue a 4D intake, open earlier ones, compare two.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOMAINS, type IntakeSummary } from '../../../contract/schemas/intake';
import { kbz, unwrap } from '../api/api';
import { errorText, messageText } from '../errors/messages';
import { useNavigation } from '../app/navigation';
import { formatDateNl } from '../format';

export function PatientIntakes({ patientId, archived }: { patientId: string; archived: boolean }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const [list, setList] = useState<IntakeSummary[] | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void unwrap(kbz().intakes.list({ patientId })).then(setList).catch((e: unknown) => setError(errorText(t, e)));
  }, [patientId, t]);
  const draft = list?.find((i) => i.state === 'draft');
  const start = async () => {
    const r = await kbz().intakes.start({ patientId });
    if (r.ok) go({ name: 'intake', id: r.value.id });
    else setError(messageText(t, r.error));
  };
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s.slice(-1), id]));
  return (
    <section aria-labelledby="intakes-title" className="patient-intakes">
      <h2 id="intakes-title">{t('intakes.title')}</h2>
      {error && <p className="error" role="alert">{error}</p>}
      {!archived && (
        <button type="button" className="primary" onClick={() => void start()}>
          {draft ? t('intakes.continueDraft') : t('intakes.start')}
        </button>
      )}
      {list && list.length === 0 && <p className="hint">{t('intakes.none')}</p>}
      {list && list.length > 0 && (
        <table className="intakes">
          <caption className="sr-only">{t('intakes.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('intakes.compareColumn')}</th>
              <th scope="col">{t('intake.date')}</th>
              <th scope="col">{t('intakes.state')}</th>
              {DOMAINS.map((d) => <th key={d} scope="col">{t(`domain.${d}`)}</th>)}
              <th scope="col"><span className="sr-only">{t('intakes.open')}</span></th>
            </tr>
          </thead>
          <tbody>
            {list.map((i) => (
              <tr key={i.id}>
                <td>
                  {i.state === 'final' && (
                    <input type="checkbox" checked={selected.includes(i.id)} onChange={() => toggle(i.id)}
                      aria-label={t('intakes.selectForCompare', { date: formatDateNl(i.date) })} />
                  )}
                </td>
                <td>{i.date ? formatDateNl(i.date) : '–'}</td>
                <td>{t(`intakeState.${i.state}`)}{i.supersededById ? ` (${t('intakes.corrected')})` : ''}</td>
                {DOMAINS.map((d) => <td key={d}>{i.weights[d].patient ?? '–'}</td>)}
                <td>
                  <button type="button" onClick={() => go(i.state === 'draft' ? { name: 'intake', id: i.id } : { name: 'intakePicture', id: i.id })}>
                    {i.state === 'draft' ? t('intakes.continue') : t('intakes.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list && list.filter((i) => i.state === 'final').length >= 2 && (
        <button type="button" disabled={selected.length !== 2}
          onClick={() => go({ name: 'compare', olderId: selected[0]!, newerId: selected[1]! })}>
          {t('intakes.compare')}
        </button>
      )}
    </section>
  );
}
