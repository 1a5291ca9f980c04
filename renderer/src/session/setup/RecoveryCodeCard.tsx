// The recovery key, shown once: large, in groups, with why it matters; printable on its own sheet.
import { useTranslation } from 'react-i18next';

export function RecoveryCodeCard({ code, practiceName }: { code: string; practiceName: string }) {
  const { t } = useTranslation();
  return (
    <section className="recovery-sheet" aria-labelledby="recovery-title">
      <p className="print-only recovery-letterhead">{t('app.name')} · {practiceName}</p>
      <h2 id="recovery-title" className="recovery-title">{t('recovery.title')}</h2>
      <p className="recovery-code" data-testid="recovery-code">
        {code.split('-').map((group, i) => (
          <span key={i} className="recovery-group">{group}</span>
        ))}
      </p>
      <ul className="recovery-why">
        <li>{t('recovery.why1')}</li>
        <li>{t('recovery.why2')}</li>
        <li>{t('recovery.why3')}</li>
      </ul>
    </section>
  );
}
