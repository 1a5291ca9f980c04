// A planned (or cancelled) meeting's invitations: per contact person the consent, the e-mail address and
// what was last made; "Uitnodiging maken" makes the .ics and the .eml draft (an update after a change, a
// cancellation once cancelled) and offers both to save. A refusal for lack of consent says which, and opens
// the consent dialog for exactly that organisation.
import { Alert, Button, Group } from '@mantine/core';
import { IconCalendarEvent, IconMail, IconPrinter, IconShieldCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../contract/result';
import type { ConsentPurpose } from '../../../contract/schemas/consent';
import type { InvitationRecipient, MeetingInvitations, ProducedInvitation } from '../../../contract/schemas/invitations';
import type { MeetingStatus } from '../../../contract/schemas/meetings';
import { kbz, unwrap } from '../api/api';
import { downloadText } from '../access-log/export-files';
import { ErrorAlert } from '../components/ErrorAlert';
import { ConsentDialog, type ConsentPrefill } from '../consent/ConsentDialog';
import { errorText, messageText } from '../errors/messages';
import { InvitationDocuments } from './InvitationDocuments';

interface Props {
  meetingId: string;
  patientId: string;
  status: MeetingStatus;
  /** The meeting's SEQUENCE: a change reloads the panel. */
  sequence: number;
  onPatientLetter(): void;
}

/** What the next file for this recipient is, or why there is none. */
export function nextStep(r: InvitationRecipient, sequence: number, status: MeetingStatus): 'invite' | 'update' | 'cancel' | 'upToDate' | 'none' {
  if (status === 'cancelled') return r.sentSequence !== null && !r.cancelSent ? 'cancel' : 'none';
  if (status !== 'planned') return 'none';
  if (r.sentSequence === null) return 'invite';
  return r.sentSequence < sequence ? 'update' : 'upToDate';
}

export function InvitationsPanel({ meetingId, patientId, status, sequence, onPatientLetter }: Props) {
  const { t } = useTranslation();
  const [state, setState] = useState<MeetingInvitations | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<AppError | null>(null);
  const [made, setMade] = useState<(ProducedInvitation & { contactName: string }) | null>(null);
  const [consent, setConsent] = useState<ConsentPrefill | null>(null);
  const load = useCallback(() => {
    void unwrap(kbz().invitations.forMeeting({ meetingId }))
      .then(setState)
      .catch((e: unknown) => setError(errorText(t, e)));
  }, [meetingId, t]);
  useEffect(load, [load, sequence, status]);

  const produce = async (r: InvitationRecipient) => {
    setRefusal(null);
    setMade(null);
    const answer = await kbz().invitations.produce({ meetingId, contactId: r.contactId });
    if (answer.ok) {
      setMade({ ...answer.value, contactName: r.contactName });
      setState(answer.value.state);
    } else setRefusal(answer.error);
  };

  if (error) return <ErrorAlert>{error}</ErrorAlert>;
  if (!state) return null;
  const consentValues = refusal?.code === 'consent_missing' ? refusal.values : undefined;
  return (
    <section className="panel panel-pad invitations-panel" aria-labelledby="invitations-title">
      <Group justify="space-between" mb="sm">
        <h2 id="invitations-title" className="section-title" style={{ margin: 0 }}>{t('invitations.title')}</h2>
        {status === 'planned' && (
          <Button size="sm" variant="default" leftSection={<IconPrinter size={16} aria-hidden="true" />} onClick={onPatientLetter}>{t('invitations.patientLetter')}</Button>
        )}
      </Group>
      {refusal && (
        <Alert color="red" variant="light" role="alert" title={t('invitations.refusedTitle')} mb="sm">
          <p style={{ margin: 0 }}>{messageText(t, refusal)}</p>
          {consentValues && (
            <Button mt="xs" size="compact-sm" leftSection={<IconShieldCheck size={14} aria-hidden="true" />}
              onClick={() => setConsent({ organisationId: String(consentValues.organisationId), purposes: [String(consentValues.purpose) as ConsentPurpose] })}>
              {t('invitations.recordConsent', { organisation: String(consentValues.organisation) })}
            </Button>
          )}
        </Alert>
      )}
      {made && (
        <Alert color="green" variant="light" role="status" title={t(`invitations.made.${made.kind}`, { name: made.contactName })} mb="sm">
          <p style={{ margin: '0 0 6px' }}>{t('invitations.madeHint')}</p>
          <Group gap="xs">
            {made.files.map((f) => (
              <Button key={f.name} size="compact-sm" variant="default"
                leftSection={f.name.endsWith('.eml') ? <IconMail size={14} aria-hidden="true" /> : <IconCalendarEvent size={14} aria-hidden="true" />}
                onClick={() => downloadText(f.name, f.content, f.mime)}>
                {t(f.name.endsWith('.eml') ? 'invitations.saveEml' : 'invitations.saveIcs')}
              </Button>
            ))}
          </Group>
        </Alert>
      )}
      {state.recipients.length === 0 ? (
        <p className="dimmed" style={{ margin: 0 }}>{t('invitations.noContacts')}</p>
      ) : (
        <table className="data-table invitations-table">
          <caption className="sr-only">{t('invitations.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('invitations.contact')}</th>
              <th scope="col">{t('invitations.consent')}</th>
              <th scope="col">{t('invitations.email')}</th>
              <th scope="col">{t('invitations.sent')}</th>
              <th scope="col"><span className="sr-only">{t('invitations.actions')}</span></th>
            </tr>
          </thead>
          <tbody>
            {state.recipients.map((r) => {
              const step = nextStep(r, state.sequence, status);
              return (
                <tr key={r.contactId}>
                  <td title={`${r.contactName} (${r.organisationName})`}>{r.contactName} <span className="dimmed">· {r.organisationName}</span>{!r.active && <> · <span className="consent-badge consent-refused">{t('invitations.inactive')}</span></>}</td>
                  <td><span className={`consent-badge consent-${r.consent === 'none' ? 'expired' : r.consent}`}>{t(r.consent === 'none' ? 'consent.notAsked' : `consent.status.${r.consent}`)}</span></td>
                  <td>{r.email || <span className="dimmed">{r.phone ? t('invitations.noEmailPhone', { phone: r.phone }) : t('invitations.noEmail')}</span>}</td>
                  <td>{r.sentSequence === null ? t('invitations.notSent') : r.cancelSent ? t('invitations.cancelSent') : t('invitations.sentVersion', { n: r.sentSequence })}</td>
                  <td className="num">
                    {step === 'upToDate' && <span className="dimmed">{t('invitations.upToDate')}</span>}
                    {(step === 'invite' || step === 'update' || step === 'cancel') && (
                      <Button size="compact-sm" variant={step === 'cancel' ? 'default' : 'filled'} onClick={() => void produce(r)}
                        aria-label={t(`invitations.action.${step}For`, { name: r.contactName })}>
                        {t(`invitations.action.${step}`)}
                      </Button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <InvitationDocuments documents={state.documents} />
      <ConsentDialog
        opened={consent !== null}
        patientId={patientId}
        prefill={consent ?? undefined}
        onClose={() => setConsent(null)}
        onDone={() => {
          setConsent(null);
          setRefusal(null);
          load();
        }}
      />
    </section>
  );
}
