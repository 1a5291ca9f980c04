// Radar chart of the four domain weights, for one intake or two side by side.
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import { useTranslation } from 'react-i18next';
import { DOMAINS, type IntakeContent } from '../../../contract/schemas/intake';

export interface RadarSeries {
  name: string;
  content: IntakeContent;
  color: string;
}

// The four domains sit at 90° (top), 0°, 270° and 180°: the scale runs at 45°, between two axes,
// so its numbers never sit on an axis label.
const SCALE_ANGLE = 45;

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
    <figure className="radar panel">
      <RadarChart width={460} height={340} data={data} margin={{ top: 28, right: 96, bottom: 28, left: 96 }} role="img" aria-label={`${title}. ${description}`}>
        <PolarGrid stroke="#d5d9df" />
        <PolarAngleAxis dataKey="domain" tick={{ fontSize: 13, fill: '#1b1f24' }} />
        <PolarRadiusAxis domain={[0, 10]} tickCount={6} angle={SCALE_ANGLE} tick={{ fontSize: 11, fill: '#596068' }} axisLine={false} />
        {series.map((s, i) => (
          <Radar key={i} name={s.name} dataKey={`s${i}`} stroke={s.color} fill={s.color} fillOpacity={0.22} strokeWidth={2} isAnimationActive={false} />
        ))}
        {series.length > 1 && <Legend />}
      </RadarChart>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
