// Who takes part (staff with "verplicht", contact persons from the sociale kaart, an informal carer by name;
// the patient always), where, how long, and the agenda (prefilled, editable).
import { Button, Checkbox, Group, NativeSelect, NumberInput, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCATION_KINDS, type AgendaItem, type MeetingLocation, type ParticipantInput, type PlanningSettings } from '../../../contract/schemas/meetings';
import type { Organisation } from '../../../contract/schemas/partners';
import type { StaffMember } from '../../../contract/schemas/staff';

export interface MeetingDetailsValue {
  participants: ParticipantInput[];
  location: MeetingLocation;
  durationMinutes: number;
  agenda: AgendaItem[];
}

interface Props {
  value: MeetingDetailsValue;
  onChange(value: MeetingDetailsValue): void;
  staff: StaffMember[];
  organisations: Organisation[];
  settings: PlanningSettings;
  readOnly: boolean;
  agendaWithheld: boolean;
  errors: Record<string, string>;
}

let counter = 0;
const newId = () => `m${Date.now().toString(36)}${(counter++).toString(36)}`;

export function MeetingDetails({ value, onChange, staff, organisations, settings, readOnly, agendaWithheld, errors }: Props) {
  const { t } = useTranslation();
  const [carer, setCarer] = useState('');
  const [agendaText, setAgendaText] = useState('');
  const set = (patch: Partial<MeetingDetailsValue>) => onChange({ ...value, ...patch });
  const contacts = organisations.flatMap((o) => o.contacts.filter((c) => c.active).map((c) => ({ ...c, organisationName: o.name })));
  const chosenStaff = new Set(value.participants.flatMap((p) => (p.kind === 'staff' ? [p.staffId] : [])));
  const chosenContacts = new Set(value.participants.flatMap((p) => (p.kind === 'contact' ? [p.contactId] : [])));
  const remove = (i: number) => set({ participants: value.participants.filter((_, j) => j !== i) });
  const nameOf = (p: ParticipantInput) =>
    p.kind === 'staff' ? (staff.find((s) => s.id === p.staffId)?.name ?? t('planning.unknownStaff'))
    : p.kind === 'contact' ? (() => { const c = contacts.find((x) => x.id === p.contactId); return c ? `${c.name} (${c.organisationName})` : t('planning.unknownContact'); })()
    : `${p.name} (${t('planning.carer')})`;

  return (
    <div className="meeting-details">
      <fieldset className="plain-fieldset">
        <legend className="section-title">{t('planning.participants')}</legend>
        <ul className="participant-list">
          <li>{t('planning.thePatient')}</li>
          {value.participants.map((p, i) => (
            <li key={p.kind === 'staff' ? p.staffId : p.kind === 'contact' ? p.contactId : `carer-${p.name}`}>
              <span>{nameOf(p)}</span>
              {p.kind === 'staff' && (
                <Checkbox size="xs" label={t('planning.required')} checked={p.required} disabled={readOnly}
                  onChange={(e) => set({ participants: value.participants.map((x, j) => (j === i && x.kind === 'staff' ? { ...x, required: e.currentTarget.checked } : x)) })} />
              )}
              {!readOnly && (
                <Button size="compact-xs" variant="subtle" color="red" aria-label={t('planning.removeParticipant', { name: nameOf(p) })} onClick={() => remove(i)}>
                  <IconTrash size={14} aria-hidden="true" />
                </Button>
              )}
            </li>
          ))}
        </ul>
        {errors['meeting.participants'] && <span className="field-error">{errors['meeting.participants']}</span>}
        {!readOnly && (
          <>
            <NativeSelect label={t('planning.addStaff')} value="" data={[{ value: '', label: t('planning.choose') }, ...staff.filter((s) => s.active && !chosenStaff.has(s.id)).map((s) => ({ value: s.id, label: `${s.name} (${t(`role.${s.role}`)})` }))]}
              onChange={(e) => { const id = e.currentTarget.value; if (id) set({ participants: [...value.participants, { kind: 'staff', staffId: id, required: false }] }); }} />
            <NativeSelect mt={6} label={t('planning.addContact')} value="" data={[{ value: '', label: t('planning.choose') }, ...contacts.filter((c) => !chosenContacts.has(c.id)).map((c) => ({ value: c.id, label: `${c.name} — ${c.organisationName}` }))]}
              onChange={(e) => { const id = e.currentTarget.value; if (id) set({ participants: [...value.participants, { kind: 'contact', contactId: id }] }); }} />
            <Group gap="xs" align="end" mt={6}>
              <TextInput label={t('planning.addCarer')} value={carer} maxLength={120} onChange={(e) => setCarer(e.currentTarget.value)} />
              <Button variant="default" disabled={carer.trim() === ''} onClick={() => { set({ participants: [...value.participants, { kind: 'carer', name: carer.trim() }] }); setCarer(''); }}>
                {t('planning.add')}
              </Button>
            </Group>
          </>
        )}
      </fieldset>
      <div className="form-grid" style={{ marginTop: 12 }}>
        <NativeSelect className="span-7" label={t('planning.where')} disabled={readOnly} value={value.location.kind}
          data={LOCATION_KINDS.filter((k) => k !== 'room' || settings.rooms.length > 0).map((k) => ({ value: k, label: t(`planning.location.${k}`) }))}
          onChange={(e) => { const kind = e.currentTarget.value as MeetingLocation['kind']; set({ location: { ...value.location, kind, roomId: kind === 'room' ? (settings.rooms[0]?.id ?? '') : '' } }); }} />
        <NumberInput className="span-4" label={t('planning.duration')} min={5} max={240} step={5} readOnly={readOnly} value={value.durationMinutes}
          error={errors['meeting.durationMinutes']} onChange={(v) => set({ durationMinutes: typeof v === 'number' ? v : Number(v) || 0 })} />
        {value.location.kind === 'room' && (
          <NativeSelect className="span-7" label={t('planning.room')} disabled={readOnly} value={value.location.roomId} error={errors['meeting.location.roomId']}
            data={settings.rooms.map((r) => ({ value: r.id, label: r.name }))} onChange={(e) => set({ location: { ...value.location, roomId: e.currentTarget.value } })} />
        )}
        <TextInput className="span-12" label={t('planning.locationText')} description={t('planning.locationTextHint')} maxLength={200} readOnly={readOnly}
          value={value.location.text} onChange={(e) => set({ location: { ...value.location, text: e.currentTarget.value } })} />
      </div>
      <fieldset className="plain-fieldset" style={{ marginTop: 12 }}>
        <legend className="section-title">{t('planning.agendaTitle')}</legend>
        {agendaWithheld && <p className="dimmed">{t('planning.agendaWithheld')}</p>}
        <ul className="participant-list">
          {value.agenda.map((item, i) => (
            <li key={item.id}>
              <TextInput style={{ flex: 1 }} aria-label={t('planning.agendaItem', { n: i + 1 })} value={item.text} maxLength={300} readOnly={readOnly}
                description={item.source === 'manual' ? undefined : t(`planning.agendaSource.${item.source}`)}
                onChange={(e) => set({ agenda: value.agenda.map((x, j) => (j === i ? { ...x, text: e.currentTarget.value } : x)) })} />
              {!readOnly && (
                <Button size="compact-xs" variant="subtle" color="red" aria-label={t('planning.removeAgendaItem', { n: i + 1 })} onClick={() => set({ agenda: value.agenda.filter((_, j) => j !== i) })}>
                  <IconTrash size={14} aria-hidden="true" />
                </Button>
              )}
            </li>
          ))}
        </ul>
        {!readOnly && (
          <Group gap="xs" align="end">
            <TextInput label={t('planning.addAgendaItem')} value={agendaText} maxLength={300} onChange={(e) => setAgendaText(e.currentTarget.value)} />
            <Button variant="default" leftSection={<IconPlus size={14} aria-hidden="true" />} disabled={agendaText.trim() === ''}
              onClick={() => { set({ agenda: [...value.agenda, { id: newId(), text: agendaText.trim(), source: 'manual' }] }); setAgendaText(''); }}>
              {t('planning.add')}
            </Button>
          </Group>
        )}
      </fieldset>
    </div>
  );
}
