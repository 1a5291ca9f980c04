// "Afspraken": what was agreed, who does it (the patient, a staff member, a participating contact person or
// organisation, or someone by name) and by when. Keyboard first: every row is a line of fields in reading
// order; "Afspraak toevoegen" puts the cursor in the new row; removing says which row.
import { ActionIcon, Button, NativeSelect, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../../contract/schemas/meetings';
import { MAX_AGREEMENTS, type Agreement, type OutcomeOwner } from '../../../../contract/schemas/outcomes';
import { useStaff } from '../../app/staffStore';
import { IsoDateField } from '../../components/DateField';
import { formatDateNl } from '../../format';
import { newItemId } from '../../intake/newId';
import { staffLabel } from '../../intake/staffLabel';

function ownerValue(o: OutcomeOwner): string {
  switch (o.kind) {
    case 'staff':
      return `staff:${o.staffId}`;
    case 'contact':
      return `contact:${o.contactId}`;
    case 'organisation':
      return `organisation:${o.organisationId}`;
    default:
      return o.kind;
  }
}

function ownerFrom(value: string, previous: OutcomeOwner): OutcomeOwner {
  const [kind, id = ''] = value.split(':') as [string, string?];
  if (kind === 'staff') return { kind: 'staff', staffId: id };
  if (kind === 'contact') return { kind: 'contact', contactId: id };
  if (kind === 'organisation') return { kind: 'organisation', organisationId: id };
  if (kind === 'text') return { kind: 'text', text: previous.kind === 'text' ? previous.text : '' };
  return kind === 'patient' ? { kind: 'patient' } : { kind: 'none' };
}

interface AgreementsEditorProps {
  agreements: Agreement[];
  participants: Participant[];
  readOnly: boolean;
  /** Field errors by path (`agreements.0.text`), already in words. */
  errors: Record<string, string>;
  onChange(next: Agreement[]): void;
}

/** An owner in words, for the finished outcome. */
export function ownerText(o: OutcomeOwner, participants: Participant[], staff: ReturnType<typeof useStaff.getState>['staff'], t: TFunction): string {
  switch (o.kind) {
    case 'patient':
      return t('hold.ownerPatient');
    case 'staff':
      return staff.find((s) => s.id === o.staffId)?.name ?? '';
    case 'contact': {
      const p = participants.find((x) => x.contactId === o.contactId);
      return p ? `${p.name} (${p.organisationName})` : '';
    }
    case 'organisation':
      return participants.find((x) => x.organisationId === o.organisationId)?.organisationName ?? '';
    case 'text':
      return o.text;
    default:
      return t('hold.ownerNone');
  }
}

function AgreementsSummary({ agreements, participants }: Pick<AgreementsEditorProps, 'agreements' | 'participants'>) {
  const { t } = useTranslation();
  const staff = useStaff((s) => s.staff);
  if (agreements.length === 0) return <p className="dimmed">{t('hold.noAgreements')}</p>;
  return (
    <ol className="agreement-summary">
      {agreements.map((a) => (
        <li key={a.id}>
          <strong>{a.text}</strong>
          <br />
          {t('hold.who', { who: ownerText(a.owner, participants, staff, t) })}
          {a.dueDate && <> · {t('hold.when', { date: formatDateNl(a.dueDate) })}</>}
        </li>
      ))}
    </ol>
  );
}

export function AgreementsEditor(props: AgreementsEditorProps) {
  return props.readOnly ? <AgreementsSummary agreements={props.agreements} participants={props.participants} /> : <EditableAgreements {...props} />;
}

function EditableAgreements({ agreements, participants, errors, onChange }: AgreementsEditorProps) {
  const { t } = useTranslation();
  const staff = useStaff((s) => s.staff);
  const focusNew = useRef<string | null>(null);
  useEffect(() => {
    if (focusNew.current) {
      document.getElementById(`agreement-${focusNew.current}-text`)?.focus();
      focusNew.current = null;
    }
  }, [agreements.length]);

  const contacts = participants.filter((p) => p.kind === 'contact' && p.contactId);
  const organisations = [...new Map(contacts.map((p) => [p.organisationId!, p.organisationName])).entries()];
  const owners = [
    { value: 'none', label: t('field.choose') },
    { value: 'patient', label: t('hold.ownerPatient') },
    ...staff
      .filter((s) => s.active || agreements.some((a) => a.owner.kind === 'staff' && a.owner.staffId === s.id))
      .map((s) => ({ value: `staff:${s.id}`, label: staffLabel(s, t) })),
    ...contacts.map((p) => ({ value: `contact:${p.contactId}`, label: `${p.name} (${p.organisationName})` })),
    ...organisations.map(([id, name]) => ({ value: `organisation:${id}`, label: t('hold.ownerOrganisation', { name }) })),
    { value: 'text', label: t('hold.ownerText') },
  ];

  const change = (i: number, patch: Partial<Agreement>) => onChange(agreements.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const add = () => {
    const id = newItemId('g');
    focusNew.current = id;
    onChange([...agreements, { id, text: '', owner: { kind: 'none' }, dueDate: '' }]);
  };
  const remove = (i: number) => {
    onChange(agreements.filter((_, j) => j !== i));
    // Focus stays in the list: the row that took this one's place, or the add button.
    requestAnimationFrame(() => {
      const next = agreements[i + 1] ?? agreements[i - 1];
      (next ? document.getElementById(`agreement-${next.id}-text`) : document.getElementById('agreement-add'))?.focus();
    });
  };

  return (
    <>
      {agreements.length === 0 && <p className="dimmed">{t('hold.agreementsEmpty')}</p>}
      <ol className="agreement-list">
        {agreements.map((a, i) => (
          <li key={a.id} className="agreement-row">
            <TextInput id={`agreement-${a.id}-text`} className="agreement-text" label={t('hold.agreementText', { n: i + 1 })} maxLength={300} value={a.text}
              error={errors[`agreements.${i}.text`]} onChange={(e) => change(i, { text: e.currentTarget.value })} />
            <NativeSelect id={`agreement-${a.id}-owner`} className="agreement-owner" label={t('hold.owner')} data={owners} value={ownerValue(a.owner)}
              error={a.owner.kind === 'text' ? undefined : errors[`agreements.${i}.owner`]}
              onChange={(e) => change(i, { owner: ownerFrom(e.currentTarget.value, a.owner) })} />
            {a.owner.kind === 'text' && (
              <TextInput id={`agreement-${a.id}-who`} className="agreement-who" label={t('hold.ownerName')} maxLength={120} value={a.owner.text}
                error={errors[`agreements.${i}.owner`]} onChange={(e) => change(i, { owner: { kind: 'text', text: e.currentTarget.value } })} />
            )}
            <IsoDateField id={`agreement-${a.id}-due`} className="agreement-due" label={t('hold.dueDate')} value={a.dueDate}
              error={errors[`agreements.${i}.dueDate`]} onChange={(dueDate) => change(i, { dueDate })} />
            <ActionIcon variant="subtle" color="gray" size="lg" className="agreement-remove" onClick={() => remove(i)} aria-label={t('hold.removeAgreement', { n: i + 1 })}>
              <IconTrash size={16} aria-hidden="true" />
            </ActionIcon>
          </li>
        ))}
      </ol>
      <Button id="agreement-add" variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden="true" />} disabled={agreements.length >= MAX_AGREEMENTS} onClick={add}>
        {t('hold.addAgreement')}
      </Button>
    </>
  );
}
