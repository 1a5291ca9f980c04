// Add or edit a patient: react-hook-form with the contract's schema, the same one main checks.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Checkbox, Select, Textarea, TextInput } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  GENDERS,
  patientInputSchema,
  SIGNALLED_VIA,
  TARGET_GROUP_TAGS,
  type PatientFormValues,
  type Patient,
  type PatientInput,
  type PatientListItem,
} from '../../../contract/schemas/patient';
import { kbz, unwrap } from '../api/api';
import { useNavigation, type View } from '../app/navigation';
import { useStaff } from '../app/staffStore';
import { BackButton } from '../components/BackButton';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { DateTextField } from '../components/DateField';
import { DelayedLoader } from '../components/DelayedLoader';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import { notifySaved } from '../components/notify';
import { PageHeader } from '../components/PageHeader';
import { useFieldError } from '../components/useFieldError';
import { useShortcut } from '../components/useShortcut';
import { applyServerErrors, errorText, messageText } from '../errors/messages';
import { ConflictDialog } from './ConflictDialog';
import { DuplicateDialog } from './DuplicateDialog';
import { changedFields, type FieldChange } from './patientChanges';
import { EMPTY_FORM, toFormValues } from './patientFormValues';

type TextField = Exclude<keyof PatientFormValues, 'tags' | 'interpreterNeeded' | 'longConsult' | 'gender' | 'gpId' | 'signalledVia' | 'notes' | 'dateOfBirth' | 'signalledOn'>;

export function PatientForm({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const setGuard = useNavigation((s) => s.setGuard);
  const { staff, refresh: refreshStaff } = useStaff();
  const [problem, setProblem] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(id === null);
  const [leaving, setLeaving] = useState<View | null>(null);
  const [duplicates, setDuplicates] = useState<{ matches: PatientListItem[]; input: PatientInput } | null>(null);
  // The patient as it was when editing began: its revision goes with the save.
  const [base, setBase] = useState<Patient | null>(null);
  const [conflict, setConflict] = useState<{ changes: FieldChange[]; current: Patient; input: PatientInput } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const form = useForm<PatientFormValues, unknown, PatientInput>({
    resolver: zodResolver(patientInputSchema),
    defaultValues: EMPTY_FORM,
    // Not on blur: a message appearing as focus leaves a field shifts the Save button under the pointer.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, control, formState, reset, setError, watch, setFocus } = form;
  const fieldError = useFieldError(formState.errors);
  const back: View = id ? { name: 'patient', id } : { name: 'roster' };

  useEffect(() => {
    if (id === null) return;
    void unwrap(kbz().patients.get({ id }))
      .then((p) => {
        reset(toFormValues(p));
        setBase(p);
        setLoaded(true);
      })
      .catch((e: unknown) => setProblem(errorText(t, e)));
  }, [id, reset, t]);

  // Leaving with unsaved changes asks first, whichever way the user leaves (button, Escape, navigation).
  const dirty = formState.isDirty && !formState.isSubmitSuccessful;
  useEffect(() => {
    setGuard(dirty ? (next) => { setLeaving(next); return false; } : null);
    return () => setGuard(null);
  }, [dirty, setGuard]);

  /** Someone saved in between: show what they changed; the user's input stays in the form. */
  const showConflict = async (patient: PatientInput) => {
    const current = await kbz().patients.get({ id: id! });
    if (!current.ok || !base) return setProblem(messageText(t, current.ok ? { key: 'errors.patientChangedElsewhere' } : current.error));
    setConflict({ changes: changedFields(t, staff, toFormValues(base), toFormValues(current.value)), current: current.value, input: patient });
  };

  const save = async (patient: PatientInput, revision = base?.revision ?? 1) => {
    setProblem(null);
    const result = id ? await kbz().patients.update({ id, revision, patient }) : await kbz().patients.create({ patient });
    if (!result.ok && result.error.key === 'errors.patientChangedElsewhere') return showConflict(patient);
    if (!result.ok) {
      setProblem(messageText(t, result.error));
      applyServerErrors(t, setError, result.error, 'patient.');
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    setGuard(null);
    void refreshStaff();
    notifySaved(t('patient.saved'));
    useNavigation.setState({ guard: null });
    go({ name: 'patient', id: result.value.id });
  };

  const onSubmit = form.handleSubmit(
    async (patient) => {
      const similar = await kbz().patients.findSimilar({
        surname: patient.surname,
        dateOfBirth: patient.dateOfBirth,
        postcode: patient.postcode,
        excludeId: id ?? '',
      });
      if (similar.ok && similar.value.length > 0) {
        setDuplicates({ matches: similar.value, input: patient });
        return;
      }
      await save(patient);
    },
    () => {
      setProblem(t('form.errorSummary'));
      setTimeout(() => summaryRef.current?.focus(), 0);
    },
  );
  useShortcut({ key: 's', ctrl: true }, () => void onSubmit());

  const labelFor = (name: string, required = false): ReactNode => (
    <>
      {t(`field.${name}`)}
      {required && <> <span className="required-word">{t('form.required')}</span></>}
    </>
  );
  const text = (name: TextField, span: string, opts: { required?: boolean; hint?: string; autoFocus?: boolean; maxLength?: number } = {}) => (
    <TextInput
      id={`f-${name}`}
      className={span}
      label={labelFor(name, opts.required)}
      description={opts.hint}
      error={fieldError(name)}
      aria-required={opts.required}
      data-autofocus={opts.autoFocus}
      autoFocus={opts.autoFocus}
      maxLength={opts.maxLength}
      {...register(name)}
    />
  );
  const summaryItems: SummaryItem[] = Object.keys(formState.errors).map((field) => ({
    field,
    label: t(`field.${field}`),
    message: fieldError(field) ?? '',
  }));
  const interpreterNeeded = watch('interpreterNeeded');

  if (!loaded && !problem) return <DelayedLoader />;
  return (
    <div className="page">
      <PageHeader
        back={<BackButton label={id ? t('form.backToPatient') : t('patient.back')} onClick={() => go(back)} />}
        title={id ? t('form.editTitle') : t('form.newTitle')}
        context={t('form.context')}
      />
      {problem && <ErrorSummary ref={summaryRef} message={problem} items={summaryItems} onFocusField={(f) => setFocus(f as keyof PatientFormValues)} />}
      <form
        className="patient-form"
        onSubmit={(e) => void onSubmit(e)}
        noValidate
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !e.defaultPrevented && !document.querySelector('[role="dialog"]')) go(back);
        }}
      >
        <section className="panel form-section" aria-labelledby="sec-person">
          <h2 id="sec-person">{t('form.sectionPerson')}</h2>
          <div className="form-grid">
            {text('hisNumber', 'span-3', { required: true, autoFocus: true, maxLength: 20 })}
            {text('initials', 'span-2', { maxLength: 20 })}
            {text('givenName', 'span-3', { maxLength: 80 })}
            {text('prefix', 'span-2', { maxLength: 20 })}
            {text('surname', 'span-5', { required: true, maxLength: 120 })}
            <Controller
              control={control}
              name="dateOfBirth"
              render={({ field }) => (
                <DateTextField id="f-dateOfBirth" className="span-3" label={labelFor('dateOfBirth', true)}
                  error={fieldError('dateOfBirth')} value={field.value} onChange={field.onChange} onBlur={field.onBlur} ref={field.ref} name={field.name} />
              )}
            />
            <Controller
              control={control}
              name="gender"
              render={({ field }) => (
                <Select id="f-gender" className="span-2" label={labelFor('gender')} data={GENDERS.map((g) => ({ value: g, label: t(`gender.${g}`) }))}
                  value={field.value} onChange={(v) => field.onChange(v ?? 'unknown')} onBlur={field.onBlur} ref={field.ref} error={fieldError('gender')} />
              )}
            />
            {text('bsn', 'span-3', { hint: t('field.bsnHint'), maxLength: 20 })}
          </div>
        </section>
        <section className="panel form-section" aria-labelledby="sec-contact">
          <h2 id="sec-contact">{t('form.sectionContact')}</h2>
          <div className="form-grid">
            {text('street', 'span-5', { maxLength: 120 })}
            {text('houseNumber', 'span-2', { maxLength: 20 })}
            {text('postcode', 'span-2', { hint: t('field.postcodeHint'), maxLength: 10 })}
            {text('city', 'span-3', { maxLength: 80 })}
            {text('wijk', 'span-4', { maxLength: 80 })}
            {text('phone', 'span-3', { maxLength: 30 })}
            {text('email', 'span-5', { maxLength: 254 })}
          </div>
        </section>
        <section className="panel form-section" aria-labelledby="sec-kbz">
          <h2 id="sec-kbz">{t('form.sectionKbz')}</h2>
          <div className="form-grid">
            <Controller
              control={control}
              name="gpId"
              render={({ field }) => (
                <Select id="f-gpId" className="span-4" label={labelFor('gpId')}
                  data={[{ value: '', label: t('field.noGp') }, ...staff.filter((s) => s.role === 'gp').map((s) => ({ value: s.id, label: s.name }))]}
                  value={field.value} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} ref={field.ref} error={fieldError('gpId')} />
              )}
            />
            <Controller
              control={control}
              name="signalledVia"
              render={({ field }) => (
                <Select id="f-signalledVia" className="span-3" label={labelFor('signalledVia')}
                  data={[{ value: '', label: t('field.notKnown') }, ...SIGNALLED_VIA.map((v) => ({ value: v, label: t(`signalledVia.${v}`) }))]}
                  value={field.value} onChange={(v) => field.onChange(v ?? '')} onBlur={field.onBlur} ref={field.ref} error={fieldError('signalledVia')} />
              )}
            />
            {text('signalledBy', 'span-3', { maxLength: 120 })}
            <Controller
              control={control}
              name="signalledOn"
              render={({ field }) => (
                <DateTextField id="f-signalledOn" className="span-2" label={labelFor('signalledOn')} error={fieldError('signalledOn')} value={field.value} onChange={field.onChange} onBlur={field.onBlur} ref={field.ref} name={field.name} />
              )}
            />
            <Controller control={control} name="tags" render={({ field }) => (
              <Checkbox.Group className="span-12" label={t('field.tags')} error={fieldError('tags')} value={field.value} onChange={(v) => field.onChange(v as typeof field.value)}>
                <div className="tag-grid">
                  {TARGET_GROUP_TAGS.map((tag) => (
                    <Checkbox key={tag} value={tag} label={t(`tag.${tag}`)} />
                  ))}
                </div>
              </Checkbox.Group>
            )} />
            <div className="span-4 checkbox-stack">
              <Checkbox label={t('field.longConsult')} {...register('longConsult')} />
              <Checkbox label={t('field.interpreterNeeded')} {...register('interpreterNeeded')} />
            </div>
            {interpreterNeeded && text('interpreterLanguage', 'span-4', { required: true, maxLength: 60 })}
            <Textarea id="f-notes" className="span-12" label={labelFor('notes')} minRows={3} maxLength={4000} error={fieldError('notes')} {...register('notes')} />
          </div>
        </section>
        <div className="form-footer">
          <Button variant="default" onClick={() => go(back)}>{t('form.cancel')}</Button>
          <Button type="submit" loading={formState.isSubmitting}>
            {t('form.save')} <kbd className="key" style={{ marginLeft: 8 }}>Ctrl+S</kbd>
          </Button>
        </div>
      </form>
      <ConfirmDialog
        opened={leaving !== null}
        title={t('form.unsavedTitle')}
        confirmLabel={t('form.leave')}
        cancelLabel={t('form.stay')}
        danger
        onCancel={() => setLeaving(null)}
        onConfirm={() => {
          const next = leaving!;
          setLeaving(null);
          useNavigation.setState({ guard: null });
          go(next);
        }}
      >
        {t('form.unsaved')}
      </ConfirmDialog>
      <ConflictDialog
        changes={conflict?.changes ?? null}
        onKeepEditing={() => {
          setBase(conflict!.current);
          setConflict(null);
        }}
        onSaveMine={() => {
          const { current, input } = conflict!;
          setBase(current);
          setConflict(null);
          void save(input, current.revision);
        }}
        onLoadTheirs={() => {
          const { current } = conflict!;
          reset(toFormValues(current));
          setBase(current);
          setConflict(null);
        }}
      />
      <DuplicateDialog
        matches={duplicates?.matches ?? null}
        onCancel={() => setDuplicates(null)}
        onSaveAnyway={() => {
          const input = duplicates!.input;
          setDuplicates(null);
          void save(input);
        }}
      />
    </div>
  );
}
