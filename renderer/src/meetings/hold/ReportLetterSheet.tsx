// The terugkoppeling as printed: the practice's letterhead, to whom, about whom, what was agreed (who does
// what, by when), the next step and when we look back together. Short sentences (B1). One sheet per
// organisation, or one sheet with the list of organisations.
import { useTranslation } from 'react-i18next';
import type { ReportLetter, ReportRecipient } from '../../../../contract/schemas/outcomes';
import { formatDateNl } from '../../format';

export function ReportLetterSheet({ letter, to }: { letter: ReportLetter; to: ReportRecipient[] }) {
  const { t } = useTranslation();
  const owner = (a: ReportLetter['agreements'][number]) => (a.ownerKind === 'patient' ? t('report.ownerPatient', { name: letter.patientName }) : a.ownerLabel);
  return (
    <article className="report-letter" aria-label={t('report.sheetLabel', { to: to.map((r) => r.organisationName).join(', ') })}>
      <header className="letterhead">
        <strong>{letter.practiceName}</strong>
        {letter.practiceAddress && <div>{letter.practiceAddress}</div>}
        {letter.practicePhone && <div>{t('report.phone', { phone: letter.practicePhone })}</div>}
      </header>
      <dl className="letter-meta">
        <dt>{t('report.to')}</dt>
        <dd>
          {to.map((r) => (
            <div key={r.organisationId}>
              {r.organisationName}
              {r.contactNames.length > 0 && <>, {t('report.attention', { names: r.contactNames.join(', ') })}</>}
            </div>
          ))}
        </dd>
        {letter.gpName && (
          <>
            <dt>{t('report.copy')}</dt>
            <dd>{t('report.copyGp', { name: letter.gpName })}</dd>
          </>
        )}
        <dt>{t('report.date')}</dt>
        <dd>{formatDateNl(letter.producedOn)}</dd>
        <dt>{t('report.about')}</dt>
        <dd>{t('report.aboutText', { day: letter.day })}</dd>
        <dt>{t('report.patient')}</dt>
        <dd>{t('report.patientText', { name: letter.patientName, born: formatDateNl(letter.patientDateOfBirth) })}</dd>
      </dl>
      <p>{t('report.intro', { day: letter.day, time: letter.time })}</p>
      <p>{t('report.present', { people: letter.present.join(', ') })}</p>
      <h2>{t('report.agreements')}</h2>
      {letter.agreements.length === 0 ? (
        <p>{t('report.noAgreements')}</p>
      ) : (
        <table className="letter-table">
          <thead>
            <tr>
              <th scope="col">{t('report.what')}</th>
              <th scope="col">{t('report.who')}</th>
              <th scope="col">{t('report.when')}</th>
            </tr>
          </thead>
          <tbody>
            {letter.agreements.map((a, i) => (
              <tr key={i}>
                <td>{a.text}</td>
                <td>{owner(a)}</td>
                <td>{a.dueDate ? formatDateNl(a.dueDate) : t('report.noDate')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('report.nextStep')}</h2>
      <p className="pre-line">{letter.nextStep || t('report.noNextStep')}</p>
      {letter.followUpDate && <p>{t('report.followUp', { date: formatDateNl(letter.followUpDate) })}</p>}
      {letter.practicePhone && <p>{letter.practiceName ? t('report.questions', { practice: letter.practiceName, phone: letter.practicePhone }) : t('report.questionsPhone', { phone: letter.practicePhone })}</p>}
      <p className="closing">
        {t('report.regards')}
        <br />
        {letter.producedByName}
        <br />
        {letter.practiceName}
      </p>
    </article>
  );
}
