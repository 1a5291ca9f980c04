// The 4D picture: four quadrants around the person, problems with priorities marked, weights and strengths.
import { useTranslation } from 'react-i18next';
import { DOMAINS, type Domain, type IntakeContent } from '../../../contract/schemas/intake';

function Quadrant({ domain, content }: { domain: Domain; content: IntakeContent }) {
  const { t } = useTranslation();
  const map = content.domains[domain];
  return (
    <section className={`quadrant domain-${domain}`} aria-labelledby={`q-${domain}`}>
      <h2 id={`q-${domain}`}>{t(`domain.${domain}`)}</h2>
      <p className="weight">
        {t('picture.weight', { patient: map.patientWeight ?? '–', professional: map.professionalWeight ?? '–' })}
      </p>
      {map.problems.length === 0 ? (
        <p className="dimmed">{t('picture.noProblems')}</p>
      ) : (
        <ul>
          {map.problems.map((p) => {
            const rank = content.priorities.indexOf(p.id);
            return (
              <li key={p.id} className={rank >= 0 ? 'priority' : undefined}>
                {rank >= 0 && <span className="rank" aria-label={t('picture.priorityN', { n: rank + 1 })}>{rank + 1}</span>}
                <span>{p.text}</span>
                {p.category && <span className="tag">{p.category}</span>}
                {p.icpc && <span className="tag">{p.icpc}</span>}
              </li>
            );
          })}
        </ul>
      )}
      {map.strengths && <p className="strengths"><span className="label">{t('intake.strengths')}</span> {map.strengths}</p>}
      {map.involved && <p className="involved"><span className="label">{t('intake.involved')}</span> {map.involved}</p>}
    </section>
  );
}

export function FourDPicture({ content, personName }: { content: IntakeContent; personName: string }) {
  return (
    <div className="four-d">
      {DOMAINS.map((d) => <Quadrant key={d} domain={d} content={content} />)}
      <div className="person" aria-hidden="true">{personName}</div>
    </div>
  );
}
