// Add or edit one staff member: name in parts, role, AGB code, contact, working hours, sign-in.
// Editing names the revision it started from; a newer one (someone else saved) is refused by main.
// Ticking "kan inloggen" says that a password is still needed: without one nobody can sign in.
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Group, Select, Text, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NO_WORK_HOURS, STAFF_ROLES, staffInputSchema, WEEKDAYS, type StaffInput, type StaffMember, type Weekday } from '../../../contract/schemas/staff';
import { kbz } from '../api/api';
import { Dialog } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { notifySaved } from '../components/notify';
import { useFieldError } from '../components/useFieldError';
import { applyServerErrors, messageText } from '../errors/messages';

const NEW_STAFF: StaffInput = { givenName: '', prefix: '', surname: '', role: 'gp', agbCode: '', email: '', phone: '', workHours: NO_WORK_HOURS, canSignIn: false };
const DEFAULT_DAY = { from: '08:30', to: '17:00' };

function formValues(member: StaffMember | null): StaffInput {
  if (!member) return NEW_STAFF;
  const { givenName, prefix, surname, role, agbCode, email, phone, workHours, canSignIn } = member;
  return { givenName, prefix, surname, role, agbCode, email, phone, workHours, canSignIn };
}

interface StaffDialogProps {
  /** null: closed; 'new': a new person; else the person to edit. */
  editing: StaffMember | 'new' | null;
  onClose(): void;
  onSaved(member: StaffMember): void;
  /** The dialog has finished closing (focus is back): the moment to open another. */
  onExited?(): void;
  /** Whether the person has a password; undefined when this user may not know (not a beheerder). */
  hasPassword: boolean | undefined;
}

/** Said under "kan inloggen" when it is newly ticked, or the person is known to have no password. */
function PasswordNeeded({ hasPassword }: { hasPassword: boolean | undefined }) {
  const { t } = useTranslation();
  return (
    <Alert className="span-12" color="blue" variant="light" icon={<IconInfoCircle size={18} aria-hidden="true" />} data-testid="password-needed">
      {t(hasPassword === undefined ? 'team.passwordNeededAsk' : 'team.passwordNeededNext')}
    </Alert>
  );
}

export function StaffDialog({ editing, onClose, onSaved, onExited, hasPassword }: StaffDialogProps) {
  const { t } = useTranslation();
  const member = editing === 'new' ? null : editing;
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<StaffInput>({ resolver: zodResolver(staffInputSchema), values: formValues(member), mode: 'onSubmit', reValidateMode: 'onChange' });
  const { register, control, watch, setValue, formState } = form;
  const fieldError = useFieldError(formState.errors);
  const hours = watch('workHours');
  const canSignIn = watch('canSignIn');
  const passwordNeeded = canSignIn && hasPassword !== true && (member === null || !member.canSignIn || hasPassword === false);

  const close = () => {
    setProblem(null);
    form.reset(formValues(member));
    onClose();
  };
  const save = form.handleSubmit(async (staff) => {
    setProblem(null);
    const r = member ? await kbz().staff.update({ id: member.id, revision: member.revision, staff }) : await kbz().staff.create({ staff });
    if (!r.ok) {
      setProblem(messageText(t, r.error));
      applyServerErrors(t, form.setError, r.error, 'staff.');
      return;
    }
    notifySaved(t('team.saved'));
    onSaved(r.value);
  });
  const setActive = async (active: boolean) => {
    const r = await kbz().staff.setActive({ id: member!.id, active });
    if (!r.ok) return setProblem(messageText(t, r.error));
    notifySaved(t(active ? 'team.activated' : 'team.deactivated', { name: r.value.name }));
    onSaved(r.value);
  };
  const text = (name: 'givenName' | 'prefix' | 'surname' | 'agbCode' | 'email' | 'phone', span: string, maxLength: number, required = false) => (
    <TextInput className={span} label={<>{t(`team.${name === 'agbCode' ? 'agb' : name}`)}{required && <> <span className="required-word">{t('form.required')}</span></>}</>}
      maxLength={maxLength} error={fieldError(name)} data-autofocus={name === 'givenName' || undefined} {...register(name)} />
  );
  const day = (d: Weekday) => {
    const on = hours[d] !== null;
    return (
      <div key={d} className="work-day">
        <Checkbox label={t(`weekday.${d}`)} checked={on} onChange={(e) => setValue(`workHours.${d}`, e.currentTarget.checked ? DEFAULT_DAY : null, { shouldDirty: true })} />
        {on && (
          <>
            <TextInput aria-label={`${t(`weekday.${d}`)} ${t('team.from')}`} placeholder="08:30" maxLength={5} className="time-input"
              error={fieldError(`workHours.${d}.from`)} {...register(`workHours.${d}.from`)} />
            <span aria-hidden="true">–</span>
            <TextInput aria-label={`${t(`weekday.${d}`)} ${t('team.to')}`} placeholder="17:00" maxLength={5} className="time-input"
              error={fieldError(`workHours.${d}.to`)} {...register(`workHours.${d}.to`)} />
          </>
        )}
      </div>
    );
  };
  return (
    <Dialog opened={editing !== null} onClose={close} onExitTransitionEnd={onExited} title={member ? t('team.editTitle') : t('team.newTitle')} size="xl">
      <form onSubmit={(e) => void save(e)} noValidate>
        {problem && <ErrorAlert>{problem}</ErrorAlert>}
        {member && member.givenName === '' && member.role === 'gp' && <Text size="sm" c="dimmed" mb="sm">{t('team.importedHint')}</Text>}
        <div className="form-grid">
          {text('givenName', 'span-4', 60)}
          {text('prefix', 'span-2', 20)}
          {text('surname', 'span-6', 80, true)}
          <Controller control={control} name="role" render={({ field }) => (
            <Select className="span-4" label={t('team.role')} data={STAFF_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} allowDeselect={false}
              value={field.value} onChange={(v) => field.onChange(v ?? 'other')} onBlur={field.onBlur} ref={field.ref} error={fieldError('role')} />
          )} />
          {text('agbCode', 'span-3', 8)}
          {text('phone', 'span-5', 30)}
          {text('email', 'span-12', 254)}
          <fieldset className="span-12 plain-fieldset">
            <legend className="field-label">{t('team.hours')}</legend>
            <Text size="xs" c="dimmed" mb={6}>{t('team.hoursHint')}</Text>
            <div className="work-days">{WEEKDAYS.map(day)}</div>
          </fieldset>
          <Checkbox className="span-12" label={t('team.canSignIn')} {...register('canSignIn')} />
          {passwordNeeded && <PasswordNeeded hasPassword={hasPassword} />}
        </div>
        <Group justify="space-between" mt="lg">
          <div>
            {member && (
              <Button variant="default" color={member.active ? 'red' : undefined} onClick={() => void setActive(!member.active)}>
                {member.active ? t('team.deactivate') : t('team.activate')}
              </Button>
            )}
          </div>
          <Group gap="sm">
            <Button variant="default" onClick={close}>{t('team.cancel')}</Button>
            <Button type="submit" loading={formState.isSubmitting}>{t('team.save')}</Button>
          </Group>
        </Group>
      </form>
    </Dialog>
  );
}
