// Add or edit one entry of the patient's network: an organisation or a contact person from the sociale kaart
// (searchable), or a mantelzorger typed in; each with a role and since when.
import { Button, Group, SegmentedControl, Select, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../contract/result';
import type { NetworkEntry, NetworkEntryInput, NetworkKind, PatientNetwork } from '../../../contract/schemas/plan';
import type { Organisation } from '../../../contract/schemas/partners';
import { kbz } from '../api/api';
import { IsoDateField } from '../components/DateField';
import { Dialog } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { notifySaved } from '../components/notify';
import { messageText } from '../errors/messages';
import { useContactItems, useOrganisationItems } from './usePartnerOptions';

interface Values {
  kind: NetworkKind;
  organisationId: string | null;
  contactId: string | null;
  name: string;
  relation: string;
  phone: string;
  email: string;
  role: string;
  since: string;
}

const EMPTY: Values = { kind: 'organisation', organisationId: null, contactId: null, name: '', relation: '', phone: '', email: '', role: '', since: '' };

function valuesOf(e: NetworkEntry | null): Values {
  if (!e) return EMPTY;
  return { kind: e.kind, organisationId: e.organisationId, contactId: e.contactId, name: e.name, relation: e.relation, phone: e.phone, email: e.email, role: e.role, since: e.since };
}

function inputOf(v: Values): NetworkEntryInput {
  const common = { role: v.role, since: v.since };
  if (v.kind === 'carer') return { kind: 'carer', name: v.name, relation: v.relation, phone: v.phone, email: v.email, ...common };
  if (v.kind === 'contact') return { kind: 'contact', contactId: v.contactId ?? '', ...common };
  return { kind: 'organisation', organisationId: v.organisationId ?? '', ...common };
}

/** Main's field paths (`entry.name`) as this form's names. */
function fieldErrors(t: (k: string) => string, error: AppError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, m] of Object.entries(error.fields ?? {})) {
    const name = path.replace(/^entry\./, '');
    out[name === 'organisationId' || name === 'contactId' ? 'partner' : name] = t(m.key);
  }
  return out;
}

interface Props {
  patientId: string;
  /** undefined: closed; null: a new entry. */
  editing: NetworkEntry | null | undefined;
  organisations: Organisation[] | null;
  onClose(): void;
  onSaved(network: PatientNetwork): void;
}

export function NetworkDialog(props: Props) {
  const { t } = useTranslation();
  const { editing, onClose } = props;
  return (
    <Dialog opened={editing !== undefined} onClose={onClose} title={editing ? t('network.editTitle') : t('network.addTitle')} size="lg">
      {/* A fresh form per opening: it starts from what is saved. */}
      {editing !== undefined && <NetworkForm {...props} editing={editing} />}
    </Dialog>
  );
}

function NetworkForm({ patientId, editing, organisations, onClose, onSaved }: Props & { editing: NetworkEntry | null }) {
  const { t } = useTranslation();
  const [v, setV] = useState<Values>(() => valuesOf(editing));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const orgItems = useOrganisationItems(organisations, editing?.kind === 'organisation' ? editing.organisationId : null);
  const contactItems = useContactItems(organisations, editing?.kind === 'contact' ? editing.contactId : null);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setV((old) => ({ ...old, [key]: value }));

  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    const missing = v.kind === 'organisation' ? !v.organisationId : v.kind === 'contact' ? !v.contactId : false;
    if (missing) return setErrors({ partner: t('validation.required') });
    setBusy(true);
    const r = editing
      ? await kbz().network.update({ id: editing.id, revision: editing.revision, entry: inputOf(v) })
      : await kbz().network.add({ patientId, entry: inputOf(v) });
    setBusy(false);
    if (!r.ok) {
      setErrors(fieldErrors(t, r.error));
      setProblem(messageText(t, r.error));
      return;
    }
    notifySaved(t('network.saved'));
    onSaved(r.value);
  };
  const text = (key: 'name' | 'relation' | 'phone' | 'email' | 'role', span: string, max: number, required = false) => (
    <TextInput className={span} maxLength={max} value={v[key]} onChange={(e) => set(key, e.currentTarget.value)} error={errors[key]} data-autofocus={key === 'name' || undefined}
      label={<>{t(`network.field.${key}`)}{required && <> <span className="required-word">{t('form.required')}</span></>}</>} />
  );
  return (
      <form noValidate onSubmit={(e) => void save(e)}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
            e.preventDefault();
            void save();
          }
        }}>
        {problem && <ErrorAlert>{problem}</ErrorAlert>}
        <div className="form-grid">
          <div className="span-12">
            <SegmentedControl fullWidth value={v.kind} disabled={!!editing} aria-label={t('network.kindLabel')}
              onChange={(k) => { setErrors({}); set('kind', k as NetworkKind); }}
              data={(['organisation', 'contact', 'carer'] as const).map((k) => ({ value: k, label: t(`network.kind.${k}`) }))} />
          </div>
          {v.kind === 'organisation' && (
            <Select className="span-12" searchable openOnFocus={false} data-autofocus label={<>{t('network.field.organisation')} <span className="required-word">{t('form.required')}</span></>}
              placeholder={t('network.searchKaart')} nothingFoundMessage={t('network.nothingFound')} data={orgItems} value={v.organisationId}
              onChange={(id) => set('organisationId', id)} error={errors.partner} comboboxProps={{ withinPortal: true }} />
          )}
          {v.kind === 'contact' && (
            <Select className="span-12" searchable openOnFocus={false} data-autofocus label={<>{t('network.field.contact')} <span className="required-word">{t('form.required')}</span></>}
              placeholder={t('network.searchKaart')} nothingFoundMessage={t('network.nothingFound')} data={contactItems} value={v.contactId}
              onChange={(id) => set('contactId', id)} error={errors.partner} comboboxProps={{ withinPortal: true }} />
          )}
          {v.kind === 'carer' && (
            <>
              {text('name', 'span-6', 120, true)}
              {text('relation', 'span-6', 60, true)}
              {text('phone', 'span-4', 30)}
              {text('email', 'span-8', 254)}
            </>
          )}
          {text('role', 'span-8', 120)}
          <IsoDateField className="span-4" label={t('network.field.since')} value={v.since} onChange={(d) => set('since', d)} error={errors.since} />
        </div>
        <Group justify="flex-end" mt="lg" gap="sm">
          <Button variant="default" onClick={onClose}>{t('form.cancel')}</Button>
          <Button type="submit" loading={busy}>{t('form.save')}</Button>
        </Group>
      </form>
  );
}
