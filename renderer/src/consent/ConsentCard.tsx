// On the patient page: what holds today per organisation and purpose (the newest entry decides), the way
// to record a new decision, and the full history on request (never changed; a withdrawal is an entry).
import { Alert, Button, Group } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconLock, IconShieldCheck } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_PURPOSES, type ConsentState, type PatientConsents } from '../../../contract/schemas/consent';
import { ApiError, kbz, unwrap } from '../api/api';
import { ErrorAlert } from '../components/ErrorAlert';
import { notifySaved } from '../components/notify';
import { errorText } from '../errors/messages';
import { formatDateNl } from '../format';
import { ConsentDialog, type ConsentPrefill } from './ConsentDialog';
import { ConsentHistory } from './ConsentHistory';

function StatusCell({ state }: { state: ConsentState | undefined }) {
  const { t } = useTranslation();
  if (!state) return <span className="dimmed">{t('consent.notAsked')}</span>;
  const until = state.status === 'given' && state.latest.validUntil ? ` ${t('consent.until', { date: formatDateNl(state.latest.validUntil) })}` : '';
  return <span className={`consent-badge consent-${state.status}`}>{t(`consent.status.${state.status}`)}{until}</span>;
}

export function ConsentCard({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const [consents, setConsents] = useState<PatientConsents | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [dialog, setDialog] = useState<ConsentPrefill | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  useEffect(() => {
    void unwrap(kbz().consents.list({ patientId }))
      .then(setConsents)
      .catch((e: unknown) => (e instanceof ApiError && e.error.code === 'forbidden' ? setRefused(errorText(t, e)) : setError(errorText(t, e))));
  }, [patientId, t]);

  const organisations = [...new Map((consents?.current ?? []).map((s) => [s.organisationId, s.organisationName])).entries()];
  const stateOf = (organisationId: string, purpose: string) => consents?.current.find((s) => s.organisationId === organisationId && s.purpose === purpose);

  return (
    <section aria-labelledby="consent-title" className="panel panel-pad patient-consent" aria-busy={consents === null && error === null && refused === null}>
      <Group justify="space-between" mb="sm">
        <h2 id="consent-title" className="section-title" style={{ margin: 0 }}>{t('consent.title')}</h2>
        {consents && (
          <Button size="sm" variant="default" leftSection={<IconShieldCheck size={16} aria-hidden="true" />} onClick={() => setDialog({})}>
            {t('consent.record')}
          </Button>
        )}
      </Group>
      {refused && <Alert role="note" color="gray" variant="light" icon={<IconLock size={18} aria-hidden="true" />}>{refused}</Alert>}
      {error && <ErrorAlert>{error}</ErrorAlert>}
      {consents && organisations.length === 0 && <p className="dimmed" style={{ margin: 0 }}>{t('consent.none')}</p>}
      {consents && organisations.length > 0 && (
        <table className="data-table consent-table">
          <caption className="sr-only">{t('consent.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('consent.organisation')}</th>
              {CONSENT_PURPOSES.map((p) => <th key={p} scope="col">{t(`consent.purposeShort.${p}`)}</th>)}
              <th scope="col"><span className="sr-only">{t('consent.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {organisations.map(([id, name]) => (
              <tr key={id}>
                <th scope="row">{name}</th>
                {CONSENT_PURPOSES.map((p) => <td key={p}><StatusCell state={stateOf(id, p)} /></td>)}
                <td className="num">
                  <Button size="compact-sm" variant="subtle" onClick={() => setDialog({ organisationId: id })} aria-label={t('consent.changeFor', { name })}>
                    {t('consent.change')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {consents && consents.entries.length > 0 && (
        <>
          <Button mt="sm" size="compact-sm" variant="subtle" aria-expanded={showHistory} aria-controls="consent-history"
            rightSection={showHistory ? <IconChevronUp size={14} aria-hidden="true" /> : <IconChevronDown size={14} aria-hidden="true" />}
            onClick={() => setShowHistory((s) => !s)}>
            {t('consent.history', { count: consents.entries.length })}
          </Button>
          {showHistory && <ConsentHistory id="consent-history" entries={consents.entries} />}
        </>
      )}
      <ConsentDialog
        opened={dialog !== null}
        patientId={patientId}
        prefill={dialog ?? undefined}
        onClose={() => setDialog(null)}
        onDone={(next) => {
          setConsents(next);
          setDialog(null);
          notifySaved(t('consent.saved'));
        }}
      />
    </section>
  );
}
