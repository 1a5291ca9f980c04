// Add or edit a patient: react-hook-form with the contract's schema, the same one main checks.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  GENDERS,
  patientInputSchema,
  SIGNALLED_VIA,
  TARGET_GROUP_TAGS,
  type PatientFormValues,
  type PatientInput,
} from '../../../contract/schemas/patient';
import { kbz, unwrap } from '../api/api';
import { applyServerErrors, errorText, messageText } from '../errors/messages';
import { useNavigation } from '../app/navigation';
import { useStaff } from '../app/staffStore';
import { Field } from '../components/Field';
import { EMPTY_FORM, toFormValues } from './patientFormValues';

type TextField = Exclude<keyof PatientFormValues, 'tags' | 'interpreterNeeded' | 'longConsult' | 'gender' | 'gpId' | 'signalledVia'>;

export function PatientForm({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const { staff, refresh: refreshStaff } = useStaff();
  const [serverError, setServerError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(id === null);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const form = useForm<PatientFormValues, unknown, PatientInput>({
    resolver: zodResolver(patientInputSchema),
    defaultValues: EMPTY_FORM,
    // Not on blur: a message appearing as focus leaves a field shifts the Save button under the pointer.
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const { register, handleSubmit, formState, reset, setError, watch } = form;
  const errors = formState.errors;

  useEffect(() => {
    if (id === null) return;
    void unwrap(kbz().patients.get({ id }))
      .then((p) => {
        reset(toFormValues(p));
        setLoaded(true);
      })
      .catch((e: unknown) => setServerError(errorText(t, e)));
  }, [id, reset, t]);

  const onSubmit = handleSubmit(
    async (patient) => {
      setServerError(null);
      const result = id ? await kbz().patients.update({ id, patient }) : await kbz().patients.create({ patient });
      if (!result.ok) {
        setServerError(messageText(t, result.error));
        applyServerErrors(t, setError, result.error, 'patient.');
        summaryRef.current?.focus();
        return;
      }
      void refreshStaff();
      go({ name: 'patient', id: result.value.id });
    },
    () => {
      setServerError(t('form.errorSummary'));
      setTimeout(() => summaryRef.current?.focus(), 0);
    },
  );

  const text = (name: TextField, opts: { required?: boolean; hint?: string; autoFocus?: boolean } = {}) => (
    <Field id={`f-${name}`} label={t(`field.${name}`)} error={errors[name]?.message} required={opts.required} {...(opts.hint ? { hint: opts.hint } : {})}>
      {(aria) => <input type="text" {...aria} autoFocus={opts.autoFocus} {...register(name)} />}
    </Field>
  );
  const interpreterNeeded = watch('interpreterNeeded');

  if (!loaded && !serverError) return <p>{t('app.loading')}</p>;
  return (
    <section aria-labelledby="form-title" className="patient-form">
      <h1 id="form-title">{id ? t('form.editTitle') : t('form.newTitle')}</h1>
      <p ref={summaryRef} tabIndex={-1} role={serverError ? 'alert' : undefined} className={serverError ? 'error' : 'sr-only'}>
        {serverError ?? ''}
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate onKeyDown={(e) => {
        if (e.key === 'Escape' && (!formState.isDirty || window.confirm(t('form.unsaved')))) go(id ? { name: 'patient', id } : { name: 'roster' });
      }}>
        <fieldset>
          <legend>{t('form.sectionPerson')}</legend>
          <div className="grid">
            {text('hisNumber', { required: true, autoFocus: true })}
            {text('initials')}
            {text('givenName')}
            {text('prefix')}
            {text('surname', { required: true })}
            {text('dateOfBirth', { required: true, hint: t('field.dateHint') })}
            <Field id="f-gender" label={t('field.gender')} error={errors.gender?.message}>
              {(aria) => (
                <select {...aria} {...register('gender')}>
                  {GENDERS.map((g) => (
                    <option key={g} value={g}>
                      {t(`gender.${g}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {text('bsn')}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('form.sectionContact')}</legend>
          <div className="grid">
            {text('street')}
            {text('houseNumber')}
            {text('postcode', { hint: t('field.postcodeHint') })}
            {text('city')}
            {text('wijk')}
            {text('phone')}
            {text('email')}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('form.sectionKbz')}</legend>
          <div className="grid">
            <Field id="f-gpId" label={t('field.gpId')} error={errors.gpId?.message}>
              {(aria) => (
                <select {...aria} {...register('gpId')}>
                  <option value="">{t('field.noGp')}</option>
                  {staff
                    .filter((s) => s.role === 'gp')
                    .map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name}
                      </option>
                    ))}
                </select>
              )}
            </Field>
            <Field id="f-signalledVia" label={t('field.signalledVia')} error={errors.signalledVia?.message}>
              {(aria) => (
                <select {...aria} {...register('signalledVia')}>
                  <option value="">{t('field.choose')}</option>
                  {SIGNALLED_VIA.map((v) => (
                    <option key={v} value={v}>
                      {t(`signalledVia.${v}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {text('signalledBy')}
            {text('signalledOn', { hint: t('field.dateHint') })}
          </div>
          <fieldset className="checkbox-group">
            <legend>{t('field.tags')}</legend>
            {TARGET_GROUP_TAGS.map((tag) => (
              <label key={tag} className="inline">
                <input type="checkbox" value={tag} {...register('tags')} />
                {t(`tag.${tag}`)}
              </label>
            ))}
          </fieldset>
          <div className="grid">
            <label className="inline">
              <input type="checkbox" {...register('longConsult')} />
              {t('field.longConsult')}
            </label>
            <label className="inline">
              <input type="checkbox" {...register('interpreterNeeded')} />
              {t('field.interpreterNeeded')}
            </label>
            {interpreterNeeded && text('interpreterLanguage', { required: true })}
          </div>
          <Field id="f-notes" label={t('field.notes')} error={errors.notes?.message}>
            {(aria) => <textarea rows={4} {...aria} {...register('notes')} />}
          </Field>
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('form.saving') : t('form.save')}
          </button>
          <button type="button" onClick={() => go(id ? { name: 'patient', id } : { name: 'roster' })}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
