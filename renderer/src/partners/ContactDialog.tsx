// Add or edit a contact person of an organisation: name, function, phone, e-mail, wijken, reachable days.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, TagsInput, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { contactInputSchema, type ContactFormValues, type ContactInput, type Organisation, type PartnerContact } from '../../../contract/schemas/partners';
import { WEEKDAYS } from '../../../contract/schemas/staff';
import { kbz } from '../api/api';
import { Dialog } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { notifySaved } from '../components/notify';
import { useFieldError } from '../components/useFieldError';
import { applyServerErrors, messageText } from '../errors/messages';
import { CHANGED_ELSEWHERE, ChangedElsewhere } from './ChangedElsewhere';

const NEW_CONTACT: ContactFormValues = { name: '', function: '', phone: '', email: '', wijken: [], reachableDays: [] };

function formValues(c: PartnerContact | null): ContactFormValues {
  if (!c) return NEW_CONTACT;
  const { name, function: role, phone, email, wijken, reachableDays } = c;
  return { name, function: role, phone, email, wijken, reachableDays };
}

/** What the dialog works on: a new contact of an organisation, or one to edit. */
export type ContactEditing = { organisation: Organisation; contact: PartnerContact | null } | null;

interface ContactDialogProps {
  editing: ContactEditing;
  knownWijken: readonly string[];
  onClose(): void;
  /** The organisation as saved, with all its contacts. */
  onSaved(organisation: Organisation): void;
  onReloaded(organisation: Organisation): void;
}

type TextName = 'name' | 'function' | 'phone' | 'email';

export function ContactDialog({ editing, knownWijken, onClose, onSaved, onReloaded }: ContactDialogProps) {
  const { t } = useTranslation();
  const contact = editing?.contact ?? null;
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const form = useForm<ContactFormValues, unknown, ContactInput>({
    resolver: zodResolver(contactInputSchema), defaultValues: NEW_CONTACT, mode: 'onSubmit', reValidateMode: 'onChange',
  });
  const { register, control, formState } = form;
  const fieldError = useFieldError(formState.errors);
  const { reset } = form;
  // Each opening starts from what is saved (or empty), also after someone else's version was loaded.
  useEffect(() => {
    if (editing !== null) reset(formValues(contact));
  }, [editing, contact, reset]);

  const close = () => {
    setProblem(null);
    setConflict(false);
    onClose();
  };
  const save = form.handleSubmit(async (input) => {
    if (!editing) return;
    setProblem(null);
    setConflict(false);
    const r = contact
      ? await kbz().partners.updateContact({ id: contact.id, revision: contact.revision, contact: input })
      : await kbz().partners.createContact({ organisationId: editing.organisation.id, contact: input });
    if (!r.ok) {
      if (r.error.key === CHANGED_ELSEWHERE) return setConflict(true);
      setProblem(messageText(t, r.error));
      applyServerErrors(t, form.setError, r.error, 'contact.');
      return;
    }
    notifySaved(t('partners.contactSaved', { name: input.name }));
    onSaved(r.value);
  });
  const reload = async () => {
    const r = await kbz().partners.get({ id: editing!.organisation.id });
    if (!r.ok) return setProblem(messageText(t, r.error));
    setConflict(false);
    onReloaded(r.value);
  };
  const text = (name: TextName, span: string, maxLength: number, required = false) => (
    <TextInput className={span} maxLength={maxLength} error={fieldError(name)} data-autofocus={name === 'name' || undefined}
      label={<>{t(`partners.field.${name}`)}{required && <> <span className="required-word">{t('form.required')}</span></>}</>} {...register(name)} />
  );
  const title = contact ? t('partners.editContactTitle') : t('partners.newContactTitle', { organisation: editing?.organisation.name ?? '' });
  return (
    <Dialog opened={editing !== null} onClose={close} title={title} size="lg">
      <form onSubmit={(e) => void save(e)} noValidate
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
            e.preventDefault();
            void save();
          }
        }}>
        {conflict && <ChangedElsewhere onReload={() => void reload()} />}
        {problem && <ErrorAlert>{problem}</ErrorAlert>}
        <div className="form-grid">
          {text('name', 'span-6', 120, true)}
          {text('function', 'span-6', 80)}
          {text('phone', 'span-4', 30)}
          {text('email', 'span-8', 254)}
          <Controller control={control} name="wijken" render={({ field }) => (
            <TagsInput className="span-12" label={t('partners.field.wijken')} description={t('partners.contactWijkenHint')} ref={field.ref} onBlur={field.onBlur}
              data={[...knownWijken]} value={field.value} onChange={field.onChange} maxTags={40} splitChars={[',', ';']} clearable error={fieldError('wijken')} />
          )} />
          <Controller control={control} name="reachableDays" render={({ field }) => (
            <Checkbox.Group className="span-12" label={t('partners.field.reachableDays')} value={field.value} onChange={field.onChange} error={fieldError('reachableDays')}>
              <div className="weekday-checks">
                {WEEKDAYS.map((d) => <Checkbox key={d} value={d} label={t(`weekday.${d}`)} />)}
              </div>
            </Checkbox.Group>
          )} />
        </div>
        <Group justify="flex-end" mt="lg" gap="sm">
          <Button variant="default" onClick={close}>{t('partners.cancel')}</Button>
          <Button type="submit" loading={formState.isSubmitting}>{t('partners.save')}</Button>
        </Group>
      </form>
    </Dialog>
  );
}
