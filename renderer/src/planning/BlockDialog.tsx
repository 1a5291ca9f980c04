// Tijd blokkeren: a staff member's time that no drie-gesprek may use (a course, a free afternoon), on one
// day from a time to a time, Europe/Amsterdam, with a reason. The week view shows it and the conflict
// check names it.
import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { amsterdamToUtc } from '../../../contract/schemas/amsterdam-time';
import { formatDateNl, parseDateInput } from '../../../contract/schemas/dates';
import type { StaffMember } from '../../../contract/schemas/staff';
import { kbz } from '../api/api';
import { DateTextField } from '../components/DateField';
import { Dialog } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { notifySaved } from '../components/notify';
import { messageText } from '../errors/messages';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

interface Props {
  opened: boolean;
  staff: StaffMember[];
  /** Preselected: the first staff member of the meeting. */
  staffId: string;
  /** A date in the week shown (YYYY-MM-DD). */
  date: string;
  onClose(): void;
  onDone(): void;
}

export function BlockDialog({ opened, staff, staffId, date, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [who, setWho] = useState(staffId);
  const [day, setDay] = useState(formatDateNl(date));
  const [from, setFrom] = useState('12:00');
  const [to, setTo] = useState('17:00');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const save = async () => {
    const iso = parseDateInput(day);
    const local: Record<string, string> = {};
    if (!who) local.staffId = t('validation.choice');
    if (!iso) local.date = t('validation.date');
    if (!CLOCK.test(from)) local.from = t('validation.time');
    if (!CLOCK.test(to)) local.to = t('validation.time');
    if (reason.trim() === '') local.reason = t('validation.required');
    setErrors(local);
    if (Object.keys(local).length > 0 || !iso) return;
    const r = await kbz().blocks.create({ staffId: who, start: amsterdamToUtc(iso, from), end: amsterdamToUtc(iso, to), reason: reason.trim() });
    if (!r.ok) {
      setProblem(messageText(t, r.error));
      setErrors(Object.fromEntries(Object.entries(r.error.fields ?? {}).map(([k, m]) => [k === 'end' ? 'to' : k, messageText(t, m)])));
      return;
    }
    notifySaved(t('planning.block.saved'));
    onDone();
  };
  return (
    <Dialog opened={opened} onClose={onClose} title={t('planning.block.title')}>
      <form onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
        {problem && <ErrorAlert>{problem}</ErrorAlert>}
        <NativeSelect label={t('planning.block.who')} value={who} error={errors.staffId} data-autofocus
          data={[{ value: '', label: t('planning.choose') }, ...staff.filter((s) => s.active).map((s) => ({ value: s.id, label: s.name }))]}
          onChange={(e) => setWho(e.currentTarget.value)} />
        <DateTextField label={t('planning.block.date')} value={day} onChange={setDay} error={errors.date} />
        <Group grow>
          <TextInput label={t('planning.block.from')} value={from} maxLength={5} error={errors.from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput label={t('planning.block.to')} value={to} maxLength={5} error={errors.to} onChange={(e) => setTo(e.currentTarget.value)} />
        </Group>
        <TextInput label={t('planning.block.reason')} description={t('planning.block.reasonHint')} value={reason} maxLength={200} error={errors.reason}
          onChange={(e) => setReason(e.currentTarget.value)} />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={onClose}>{t('planning.close')}</Button>
          <Button type="submit">{t('planning.block.save')}</Button>
        </Group>
      </form>
    </Dialog>
  );
}
