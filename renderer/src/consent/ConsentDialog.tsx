// Recording toestemming: for one organisation, one or more purposes at once, given or refused (a withdrawal
// is a refusal recorded later), how and when, optionally until when. Opened empty from the patient page,
// or prefilled where something was refused for lack of consent.
import { Button, Checkbox, Group, Radio, Select, Stack, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_FORMS, CONSENT_PURPOSES, type ConsentDecision, type ConsentForm, type ConsentPurpose, type PatientConsents } from '../../../contract/schemas/consent';
import { todayInAmsterdam } from '../../../contract/schemas/dates';
import { ALL_PARTNERS } from '../../../contract/schemas/partners';
import type { AppError } from '../../../contract/result';
import { kbz, unwrap } from '../api/api';
import { IsoDateField } from '../components/DateField';
import { Dialog } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText, messageText } from '../errors/messages';

export interface ConsentPrefill {
  organisationId?: string;
  purposes?: ConsentPurpose[];
  decision?: ConsentDecision;
}

interface ConsentDialogProps {
  opened: boolean;
  patientId: string;
  prefill?: ConsentPrefill;
  onClose(): void;
  onDone(consents: PatientConsents): void;
}

interface Draft {
  organisationId: string | null;
  purposes: ConsentPurpose[];
  decision: ConsentDecision;
  form: ConsentForm;
  date: string;
  validUntil: string;
  note: string;
}

function startDraft(prefill: ConsentPrefill | undefined): Draft {
  return {
    organisationId: prefill?.organisationId ?? null,
    purposes: prefill?.purposes ?? [...CONSENT_PURPOSES],
    decision: prefill?.decision ?? 'given',
    form: 'verbal',
    date: todayInAmsterdam(),
    validUntil: '',
    note: '',
  };
}

function useOrganisationOptions(opened: boolean) {
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (!opened) return;
    void unwrap(kbz().partners.search(ALL_PARTNERS))
      .then((list) => setOptions(list.organisations.map((o) => ({ value: o.id, label: o.name }))))
      .catch(setError);
  }, [opened]);
  return { options, error };
}

export function ConsentDialog({ opened, patientId, prefill, onClose, onDone }: ConsentDialogProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => startDraft(prefill));
  const [failure, setFailure] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const organisations = useOrganisationOptions(opened);
  // A searchable select opens its list on focus: with the organisation given, start at the purposes.
  const prefilled = prefill?.organisationId !== undefined;
  useEffect(() => {
    if (opened) {
      setDraft(startDraft(prefill));
      setFailure(null);
    }
  }, [opened, prefill]);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const fieldError = (path: string) => {
    const m = failure?.fields?.[path];
    return m ? messageText(t, m) : undefined;
  };

  const submit = async () => {
    if (!draft.organisationId) {
      setFailure({ code: 'invalid_input', key: 'errors.invalidInput', fields: { organisationId: { key: 'consent.chooseOrganisation' } } });
      return;
    }
    setBusy(true);
    const r = await kbz().consents.record({ patientId, ...draft, organisationId: draft.organisationId });
    setBusy(false);
    if (r.ok) onDone(r.value);
    else setFailure(r.error);
  };
  const generalError = failure && !failure.fields ? messageText(t, failure) : failure?.fields ? t('consent.fixFields') : null;

  return (
    <Dialog opened={opened} onClose={onClose} title={t('consent.dialogTitle')} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }} className="dialog-form" noValidate>
        {organisations.error !== null && <ErrorAlert>{errorText(t, organisations.error)}</ErrorAlert>}
        {generalError && <ErrorAlert>{generalError}</ErrorAlert>}
        <Select
          data-autofocus={prefilled ? undefined : true}
          searchable
          required
          label={t('consent.organisation')}
          placeholder={t('consent.organisationPlaceholder')}
          nothingFoundMessage={t('consent.noOrganisation')}
          data={organisations.options}
          value={draft.organisationId}
          onChange={(v) => set('organisationId', v)}
          error={fieldError('organisationId')}
        />
        <Checkbox.Group label={t('consent.purposes')} value={draft.purposes} onChange={(v) => set('purposes', v as ConsentPurpose[])} error={fieldError('purposes')} required>
          <Stack gap={6} mt={6}>
            {CONSENT_PURPOSES.map((p, i) => <Checkbox key={p} value={p} label={t(`consent.purpose.${p}`)} data-autofocus={prefilled && i === 0 ? true : undefined} />)}
          </Stack>
        </Checkbox.Group>
        <Radio.Group label={t('consent.decision')} value={draft.decision} onChange={(v) => set('decision', v as ConsentDecision)}>
          <Group gap="lg" mt={6}>
            <Radio value="given" label={t('consent.decisionGiven')} />
            <Radio value="refused" label={t('consent.decisionRefused')} />
          </Group>
        </Radio.Group>
        <Radio.Group label={t('consent.form')} value={draft.form} onChange={(v) => set('form', v as ConsentForm)}>
          <Group gap="lg" mt={6}>
            {CONSENT_FORMS.map((f) => <Radio key={f} value={f} label={t(`consent.formOption.${f}`)} />)}
          </Group>
        </Radio.Group>
        <Group grow align="flex-start">
          <IsoDateField label={t('consent.date')} value={draft.date} onChange={(v) => set('date', v)} error={fieldError('date')} />
          <IsoDateField label={t('consent.validUntil')} description={t('consent.validUntilHint')} value={draft.validUntil} onChange={(v) => set('validUntil', v)} error={fieldError('validUntil')} />
        </Group>
        <Textarea label={t('consent.note')} value={draft.note} onChange={(e) => set('note', e.currentTarget.value)} maxLength={1000} autosize minRows={2} error={fieldError('note')} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>{t('consent.cancel')}</Button>
          <Button type="submit" loading={busy}>{t('consent.save')}</Button>
        </Group>
      </form>
    </Dialog>
  );
}
