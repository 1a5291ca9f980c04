// After the conversation: the report back to the partners and the GP. Each organisation shows whether the
// patient consented to the report back; the service refuses without it (naming the organisation) and the
// refusal opens the consent dialog prefilled for that organisation and purpose. Made letters are printed or
// saved as PDF (the letters alone: the rest of the screen does not print).
import { Alert, Badge, Button, Checkbox, Group, Radio, Stack } from '@mantine/core';
import { IconFileDownload, IconShieldCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../contract/result';
import type { ReportLetter, ReportPreview } from '../../../../contract/schemas/outcomes';
import { kbz } from '../../api/api';
import { ConsentDialog, type ConsentPrefill } from '../../consent/ConsentDialog';
import { DelayedLoader } from '../../components/DelayedLoader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySaved } from '../../components/notify';
import { savePdfOrPrint } from '../../components/savePdf';
import { messageText } from '../../errors/messages';
import { formatInstantNl } from '../../../../contract/schemas/dates';
import { ReportLetterSheet } from './ReportLetterSheet';

export function ReportSection({ meetingId, patientId, meetingDate }: { meetingId: string; patientId: string; meetingDate: string }) {
  const { t } = useTranslation();
  const [preview, setPreview] = useState<ReportPreview | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [layout, setLayout] = useState<'each' | 'one'>('each');
  const [made, setMade] = useState<ReportLetter | null>(null);
  const [consentFor, setConsentFor] = useState<ConsentPrefill | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const r = await kbz().reports.preview({ meetingId });
    if (r.ok) {
      setPreview(r.value);
      setChosen((c) => c ?? r.value.recipients.map((x) => x.organisationId));
    } else setFailure(r.error);
  }, [meetingId]);
  useEffect(() => void load(), [load]);

  // A made letter is on the page: now print it or save it as PDF.
  useEffect(() => {
    if (!made) return;
    void savePdfOrPrint(t, `terugkoppeling-${meetingDate}.pdf`, setNotice);
  }, [made, meetingDate, t]);

  if (!preview) return failure ? <ErrorAlert>{messageText(t, failure)}</ErrorAlert> : <DelayedLoader />;
  const selected = preview.recipients.filter((r) => chosen?.includes(r.organisationId));

  const produce = async () => {
    setBusy(true);
    setFailure(null);
    setMade(null);
    const r = await kbz().reports.produce({ meetingId, organisationIds: selected.map((s) => s.organisationId) });
    setBusy(false);
    if (!r.ok) {
      setFailure(r.error);
      return;
    }
    setPreview(r.value.state);
    setMade(r.value.letter);
    notifySaved(t('report.made', { count: selected.length }));
  };

  const refusedOrg = failure?.code === 'consent_missing' ? String(failure.values?.organisationId ?? '') : '';
  const letter = made ?? preview.letter;
  const sheets = layout === 'each' ? selected.map((r) => [r]) : selected.length > 0 ? [selected] : [];

  return (
    <section className="panel panel-pad report-section" aria-labelledby="h-report">
      <div className="no-print">
        <h2 id="h-report">{t('report.title')}</h2>
        <p>{t('report.explain')}</p>
        {preview.recipients.length === 0 ? (
          <p className="dimmed">{t('report.noPartners')}</p>
        ) : (
          <Stack gap="sm">
            <Checkbox.Group label={t('report.recipients')} value={chosen ?? []} onChange={(v) => { setChosen(v); setMade(null); }}>
              <Stack gap={6} mt={4}>
                {preview.recipients.map((r) => (
                  <Group key={r.organisationId} gap="sm">
                    <Checkbox value={r.organisationId} label={r.organisationName} />
                    <Badge variant="light" color={r.consent === 'given' ? 'green' : 'gray'}>{t(`report.consent.${r.consent === 'given' ? 'given' : 'missing'}`)}</Badge>
                  </Group>
                ))}
              </Stack>
            </Checkbox.Group>
            <Radio.Group label={t('report.layout')} value={layout} onChange={(v) => setLayout(v as 'each' | 'one')}>
              <Group gap="lg" mt={4}>
                <Radio value="each" label={t('report.layoutEach')} />
                <Radio value="one" label={t('report.layoutOne')} />
              </Group>
            </Radio.Group>
            <Group>
              <Button leftSection={<IconFileDownload size={16} aria-hidden="true" />} loading={busy} disabled={selected.length === 0} onClick={() => void produce()}>
                {t('report.produce')}
              </Button>
            </Group>
          </Stack>
        )}
        {failure && (
          <ErrorAlert title={t('report.refused')}>
            <p>{messageText(t, failure)}</p>
            {refusedOrg && (
              <Button mt="xs" size="xs" variant="white" leftSection={<IconShieldCheck size={14} aria-hidden="true" />} onClick={() => setConsentFor({ organisationId: refusedOrg, purposes: ['report'] })}>
                {t('report.recordConsent')}
              </Button>
            )}
          </ErrorAlert>
        )}
        {notice && <Alert color="kbz" variant="light" role="status">{notice}</Alert>}
        {preview.produced.length > 0 && (
          <>
            <h3>{t('report.producedTitle')}</h3>
            <ul className="produced-list">
              {preview.produced.map((p, i) => (
                <li key={i}>{t('report.producedLine', { organisation: p.organisationName, date: formatInstantNl(p.producedAt), by: p.producedByName })}</li>
              ))}
            </ul>
          </>
        )}
        <h3>{made ? t('report.madeTitle') : t('report.previewTitle')}</h3>
      </div>
      <div className={made ? 'report-sheets' : 'report-sheets report-preview'}>
        {sheets.map((to) => <ReportLetterSheet key={to.map((r) => r.organisationId).join('-')} letter={letter} to={to} />)}
      </div>
      <ConsentDialog
        opened={consentFor !== null}
        patientId={patientId}
        prefill={consentFor ?? undefined}
        onClose={() => setConsentFor(null)}
        onDone={() => {
          setConsentFor(null);
          setFailure(null);
          void load();
        }}
      />
    </section>
  );
}
