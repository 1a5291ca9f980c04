// The letter for the patient about the drie-gesprek: plain Dutch (B1), large type, "u": when, where, who
// will be there, what to bring, and the practice's phone number. Printed or saved as PDF.
import { Alert, Button } from '@mantine/core';
import { IconFileDownload, IconPrinter } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientLetter } from '../../../contract/schemas/invitations';
import { kbz, unwrap } from '../api/api';
import { useNavigation, type View } from '../app/navigation';
import { BackButton } from '../components/BackButton';
import { DelayedLoader } from '../components/DelayedLoader';
import { LoadFailed } from '../components/LoadFailed';
import { PageHeader } from '../components/PageHeader';
import { savePdfOrPrint } from '../components/savePdf';
import { errorText } from '../errors/messages';
import { formatDateNl } from '../format';

const BRING = ['item1', 'item2', 'item3', 'item4'] as const;

export function PatientLetterSheet({ meetingId, back }: { meetingId: string; back: View }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const [letter, setLetter] = useState<PatientLetter | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    void unwrap(kbz().invitations.patientLetter({ meetingId }))
      .then(setLetter)
      .catch((e: unknown) => setError(errorText(t, e)));
  }, [meetingId, t]);
  if (error) return <LoadFailed message={error} />;
  if (!letter) return <DelayedLoader />;
  return (
    <div className="page">
      <PageHeader
        back={<BackButton label={t('patientLetter.back')} onClick={() => go(back)} />}
        title={t('patientLetter.previewTitle')}
        context={t('patientLetter.previewContext')}
        actions={
          <>
            <Button variant="default" leftSection={<IconFileDownload size={16} aria-hidden="true" />}
              onClick={() => void savePdfOrPrint(t, `brief-drie-gesprek-${letter.producedOn}.pdf`, setNotice)}>{t('patientLetter.savePdf')}</Button>
            <Button leftSection={<IconPrinter size={16} aria-hidden="true" />} onClick={() => window.print()}>{t('patientLetter.print')}</Button>
          </>
        }
      />
      {notice && <Alert className="no-print" color="kbz" variant="light" role="status">{notice}</Alert>}
      <article className="my-plan patient-letter" aria-labelledby="letter-title">
        {letter.practiceName && <p className="letterhead">{letter.practiceName}{letter.practiceAddress && <><br />{letter.practiceAddress}</>}</p>}
        <p className="letter-address">{letter.patientName}{letter.patientAddress.map((line) => <span key={line}><br />{line}</span>)}</p>
        <p className="letter-date">{formatDateNl(letter.producedOn)}</p>
        <h1 id="letter-title">{t('patientLetter.title')}</h1>
        <p>{t('patientLetter.greeting', { name: letter.patientName })}</p>
        <p>{t('patientLetter.intro')}</p>
        <dl className="letter-facts">
          <dt>{t('patientLetter.when')}</dt>
          <dd>{letter.day}, {letter.time} ({t('patientLetter.minutes', { count: letter.durationMinutes })})</dd>
          <dt>{t('patientLetter.where')}</dt>
          <dd>{letter.place}</dd>
          <dt>{t('patientLetter.who')}</dt>
          <dd>
            <ul>{[t('patientLetter.you'), ...letter.people].map((p) => <li key={p}>{p}</li>)}</ul>
          </dd>
        </dl>
        <h2>{t('patientLetter.bringTitle')}</h2>
        <ul>{BRING.map((b) => <li key={b}>{t(`patientLetter.bring.${b}`)}</li>)}</ul>
        <h2>{t('patientLetter.bringSomeoneTitle')}</h2>
        <p>{t('patientLetter.bringSomeone')}</p>
        <p className="questions">
          {letter.practicePhone ? t('patientLetter.cannotCome', { phone: letter.practicePhone }) : t('patientLetter.cannotComeNoPhone')}
        </p>
        <p className="closing">{t('patientLetter.closing', { practice: letter.practiceName })}</p>
      </article>
    </div>
  );
}
