// Add or edit an organisation on the sociale kaart: name, type, wijken, contact details, address, notes.
// Editing names the revision it started from; when someone else saved in between, main refuses and the
// dialog offers to load their version.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Group, Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { organisationInputSchema, PARTNER_TYPES, type Organisation, type OrganisationFormValues, type OrganisationInput } from '../../../contract/schemas/partners';
import { kbz } from '../api/api';
import { Dialog } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { notifySaved } from '../components/notify';
import { useFieldError } from '../components/useFieldError';
import { applyServerErrors, messageText } from '../errors/messages';
import { CHANGED_ELSEWHERE, ChangedElsewhere } from './ChangedElsewhere';
import { partnerTypeKey } from './partnerText';

const NEW_ORGANISATION: OrganisationFormValues = {
  name: '', type: 'neighbourhood_team', wijken: [], phone: '', email: '', emailSecure: false, street: '', houseNumber: '', postcode: '', city: '', notes: '',
};

function formValues(o: Organisation | null): OrganisationFormValues {
  if (!o) return NEW_ORGANISATION;
  const { name, type, wijken, phone, email, emailSecure, street, houseNumber, postcode, city, notes } = o;
  return { name, type, wijken, phone, email, emailSecure, street, houseNumber, postcode, city, notes };
}

interface OrganisationDialogProps {
  /** null: closed; 'new': a new organisation; else the one to edit. */
  editing: Organisation | 'new' | null;
  /** Wijken already on the kaart, offered while typing. */
  knownWijken: readonly string[];
  onClose(): void;
  onSaved(organisation: Organisation): void;
  /** Someone else's newer version was loaded: the card shows it too. */
  onReloaded(organisation: Organisation): void;
}

type TextName = 'name' | 'phone' | 'email' | 'street' | 'houseNumber' | 'postcode' | 'city';

export function OrganisationDialog({ editing, knownWijken, onClose, onSaved, onReloaded }: OrganisationDialogProps) {
  const { t } = useTranslation();
  const organisation = editing === 'new' ? null : editing;
  const [problem, setProblem] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const form = useForm<OrganisationFormValues, unknown, OrganisationInput>({
    resolver: zodResolver(organisationInputSchema), defaultValues: NEW_ORGANISATION, mode: 'onSubmit', reValidateMode: 'onChange',
  });
  const { register, control, formState } = form;
  const fieldError = useFieldError(formState.errors);
  const { reset } = form;
  // Each opening starts from what is saved (or empty), also after someone else's version was loaded.
  useEffect(() => {
    if (editing !== null) reset(formValues(organisation));
  }, [editing, organisation, reset]);

  const close = () => {
    setProblem(null);
    setConflict(false);
    onClose();
  };
  const save = form.handleSubmit(async (input) => {
    setProblem(null);
    setConflict(false);
    const r = organisation
      ? await kbz().partners.update({ id: organisation.id, revision: organisation.revision, organisation: input })
      : await kbz().partners.create({ organisation: input });
    if (!r.ok) {
      if (r.error.key === CHANGED_ELSEWHERE) return setConflict(true);
      setProblem(messageText(t, r.error));
      applyServerErrors(t, form.setError, r.error, 'organisation.');
      return;
    }
    notifySaved(t('partners.organisationSaved', { name: r.value.name }));
    onSaved(r.value);
  });
  const reload = async () => {
    const r = await kbz().partners.get({ id: organisation!.id });
    if (!r.ok) return setProblem(messageText(t, r.error));
    setConflict(false);
    onReloaded(r.value);
  };
  const label = (key: string, required = false) => (
    <>{t(`partners.field.${key}`)}{required && <> <span className="required-word">{t('form.required')}</span></>}</>
  );
  const text = (name: TextName, span: string, maxLength: number, required = false) => (
    <TextInput className={span} label={label(name, required)} maxLength={maxLength} error={fieldError(name)}
      data-autofocus={name === 'name' || undefined} {...register(name)} />
  );
  return (
    <Dialog opened={editing !== null} onClose={close} title={organisation ? t('partners.editOrganisationTitle') : t('partners.newOrganisationTitle')} size="xl">
      <form onSubmit={(e) => void save(e)} noValidate
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
            e.preventDefault();
            void save();
          }
        }}>
        {conflict && <ChangedElsewhere onReload={() => void reload()} />}
        {problem && <ErrorAlert>{problem}</ErrorAlert>}
        <div className="form-grid partner-form">
          {text('name', 'span-8', 120, true)}
          <Controller control={control} name="type" render={({ field }) => (
            <Select className="span-4" label={label('type')} allowDeselect={false} ref={field.ref} onBlur={field.onBlur} error={fieldError('type')}
              data={PARTNER_TYPES.map((type) => ({ value: type, label: t(partnerTypeKey(type)) }))} value={field.value} onChange={(v) => field.onChange(v ?? 'other')} />
          )} />
          <Controller control={control} name="wijken" render={({ field }) => (
            <TagsInput className="span-12" label={label('wijken')} description={t('partners.wijkenHint')} ref={field.ref} onBlur={field.onBlur}
              data={[...knownWijken]} value={field.value} onChange={field.onChange} maxTags={40} splitChars={[',', ';']} clearable
              error={fieldError('wijken')} comboboxProps={{ withinPortal: true }} />
          )} />
          {text('phone', 'span-4', 30)}
          {text('email', 'span-8', 254)}
          <Checkbox className="span-12" label={t('partners.field.emailSecure')} {...register('emailSecure')} />
          {text('street', 'span-5', 120)}
          {text('houseNumber', 'span-2', 20)}
          {text('postcode', 'span-2', 7)}
          {text('city', 'span-3', 80)}
          <Textarea className="span-12" label={label('notes')} description={t('partners.notesHint')} autosize minRows={3} maxRows={8} maxLength={2000}
            error={fieldError('notes')} {...register('notes')} />
        </div>
        <Group justify="flex-end" mt="lg" gap="sm">
          <Button variant="default" onClick={close}>{t('partners.cancel')}</Button>
          <Button type="submit" loading={formState.isSubmitting}>{t('partners.save')}</Button>
        </Group>
      </form>
    </Dialog>
  );
}
