// Add or edit an action on the living plan: what, who (the patient, a staff member, a contact person or an
// organisation from the sociale kaart, or a name), by when.
import { Button, Group, NativeSelect, Select, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../contract/result';
import type { PatientAction, PatientActions, PlanOwner, PlanOwnerKind } from '../../../contract/schemas/plan';
import type { Organisation } from '../../../contract/schemas/partners';
import { kbz } from '../api/api';
import { useStaff } from '../app/staffStore';
import { IsoDateField } from '../components/DateField';
import { Dialog } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { notifySaved } from '../components/notify';
import { messageText } from '../errors/messages';
import { staffLabel } from '../intake/staffLabel';
import { useContactItems, useOrganisationItems } from './usePartnerOptions';

interface Values {
  text: string;
  kind: PlanOwnerKind;
  staffId: string;
  organisationId: string | null;
  contactId: string | null;
  ownerText: string;
  dueDate: string;
}

function valuesOf(a: PatientAction | null): Values {
  if (!a) return { text: '', kind: 'none', staffId: '', organisationId: null, contactId: null, ownerText: '', dueDate: '' };
  const o = a.owner;
  return { text: a.text, kind: o.kind, staffId: o.staffId ?? '', organisationId: o.organisationId, contactId: o.contactId, ownerText: o.kind === 'text' ? o.label : '', dueDate: a.dueDate };
}

function ownerOf(v: Values): PlanOwner | null {
  switch (v.kind) {
    case 'staff':
      return v.staffId ? { kind: 'staff', staffId: v.staffId } : null;
    case 'organisation':
      return v.organisationId ? { kind: 'organisation', organisationId: v.organisationId } : null;
    case 'contact':
      return v.contactId ? { kind: 'contact', contactId: v.contactId } : null;
    case 'text':
      return { kind: 'text', text: v.ownerText };
    default:
      return { kind: v.kind };
  }
}

function fieldErrors(t: (k: string) => string, error: AppError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, m] of Object.entries(error.fields ?? {})) {
    const name = path.replace(/^action\./, '');
    out[name.startsWith('owner') ? (name === 'owner.text' ? 'ownerText' : 'owner') : name] = t(m.key);
  }
  return out;
}

interface Props {
  patientId: string;
  /** undefined: closed; null: a new action. */
  editing: PatientAction | null | undefined;
  organisations: Organisation[] | null;
  onClose(): void;
  onSaved(actions: PatientActions): void;
}

export function ActionDialog(props: Props) {
  const { t } = useTranslation();
  return (
    <Dialog opened={props.editing !== undefined} onClose={props.onClose} title={props.editing ? t('plan.editTitle') : t('plan.addTitle')} size="lg">
      {props.editing !== undefined && <ActionForm {...props} editing={props.editing} />}
    </Dialog>
  );
}

function ActionForm({ patientId, editing, organisations, onClose, onSaved }: Props & { editing: PatientAction | null }) {
  const { t } = useTranslation();
  const staff = useStaff((s) => s.staff);
  const [v, setV] = useState<Values>(() => valuesOf(editing));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const orgItems = useOrganisationItems(organisations, editing?.owner.kind === 'organisation' ? editing.owner.organisationId : null);
  const contactItems = useContactItems(organisations, editing?.owner.kind === 'contact' ? editing.owner.contactId : null);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setV((old) => ({ ...old, [key]: value }));
  const keptStaff = editing?.owner.staffId ?? null;
  const staffItems = [
    { value: '', label: t('field.choose') },
    ...staff.filter((s) => s.active || s.id === keptStaff).map((s) => ({ value: s.id, label: staffLabel(s, t) })),
  ];

  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    const owner = ownerOf(v);
    if (!owner) return setErrors({ owner: t('validation.required') });
    setBusy(true);
    const action = { text: v.text, owner, dueDate: v.dueDate };
    const r = editing ? await kbz().actions.update({ id: editing.id, revision: editing.revision, action }) : await kbz().actions.create({ patientId, action });
    setBusy(false);
    if (!r.ok) {
      setErrors(fieldErrors(t, r.error));
      return setProblem(messageText(t, r.error));
    }
    notifySaved(t('plan.saved'));
    onSaved(r.value);
  };
  const required = <> <span className="required-word">{t('form.required')}</span></>;
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
        <TextInput className="span-12" data-autofocus maxLength={300} label={<>{t('plan.field.text')}{required}</>} value={v.text}
          onChange={(e) => set('text', e.currentTarget.value)} error={errors.text} />
        <NativeSelect className="span-6" label={t('plan.field.ownerKind')} value={v.kind} error={v.kind === 'patient' || v.kind === 'none' ? errors.owner : undefined}
          onChange={(e) => { setErrors({}); set('kind', e.currentTarget.value as PlanOwnerKind); }}
          data={(['none', 'patient', 'staff', 'contact', 'organisation', 'text'] as const).map((k) => ({ value: k, label: t(`plan.ownerKind.${k}`) }))} />
        {v.kind === 'staff' && (
          <NativeSelect className="span-6" label={<>{t('plan.field.staff')}{required}</>} data={staffItems} value={v.staffId} onChange={(e) => set('staffId', e.currentTarget.value)} error={errors.owner} />
        )}
        {v.kind === 'organisation' && (
          <Select className="span-6" searchable openOnFocus={false} label={<>{t('network.field.organisation')}{required}</>} placeholder={t('network.searchKaart')}
            nothingFoundMessage={t('network.nothingFound')} data={orgItems} value={v.organisationId} onChange={(id) => set('organisationId', id)} error={errors.owner} />
        )}
        {v.kind === 'contact' && (
          <Select className="span-6" searchable openOnFocus={false} label={<>{t('network.field.contact')}{required}</>} placeholder={t('network.searchKaart')}
            nothingFoundMessage={t('network.nothingFound')} data={contactItems} value={v.contactId} onChange={(id) => set('contactId', id)} error={errors.owner} />
        )}
        {v.kind === 'text' && (
          <TextInput className="span-6" maxLength={120} label={<>{t('plan.field.ownerText')}{required}</>} value={v.ownerText}
            onChange={(e) => set('ownerText', e.currentTarget.value)} error={errors.ownerText} />
        )}
        <IsoDateField className="span-4" label={t('plan.field.dueDate')} value={v.dueDate} onChange={(d) => set('dueDate', d)} error={errors.dueDate} />
      </div>
      <Group justify="flex-end" mt="lg" gap="sm">
        <Button variant="default" onClick={onClose}>{t('form.cancel')}</Button>
        <Button type="submit" loading={busy}>{t('form.save')}</Button>
      </Group>
    </form>
  );
}
