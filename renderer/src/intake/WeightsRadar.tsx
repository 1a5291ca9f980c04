// Radar chart of the four domain weights, for one intake or two side by side.
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, Legend } from 'recharts';
import { useTranslation } from 'react-i18next';
import { DOMAINS, type IntakeContent } from '../../../contract/schemas/intake';

export interface RadarSeries {
  name: string;
  content: IntakeContent;
  color: string;
}

export function WeightsRadar({ series, title }: { series: RadarSeries[]; title: string }) {
  const { t } = useTranslation();
  const data = DOMAINS.map((d) => ({
    domain: t(`domain.${d}`),
    ...Object.fromEntries(series.map((s, i) => [`s${i}`, s.content.domains[d].patientWeight ?? 0])),
  }));
  const description = series
    .map((s) => `${s.name}: ${DOMAINS.map((d) => `${t(`domain.${d}`)} ${s.content.domains[d].patientWeight ?? '–'}`).join(', ')}`)
    .join('; ');
  return (
    <figure className="radar">
      <RadarChart width={520} height={360} data={data} margin={{ top: 30, right: 120, bottom: 30, left: 120 }} role="img" aria-label={`${title}. ${description}`}>
        <PolarGrid />
        <PolarAngleAxis dataKey="domain" />
        <PolarRadiusAxis domain={[0, 10]} tickCount={6} angle={90} />
        {series.map((s, i) => (
          <Radar key={i} name={s.name} dataKey={`s${i}`} stroke={s.color} fill={s.color} fillOpacity={0.25} isAnimationActive={false} />
        ))}
        {series.length > 1 && <Legend />}
      </RadarChart>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
