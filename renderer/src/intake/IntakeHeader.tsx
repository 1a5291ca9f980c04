// Who, when and the patient's own question.
import { Checkbox, Textarea } from '@mantine/core';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IntakeContent } from '../../../contract/schemas/intake';
import { useStaff } from '../app/staffStore';
import { IsoDateField } from '../components/DateField';
import { useFieldError } from '../components/useFieldError';
import { staffLabel } from './staffLabel';

export function IntakeHeader() {
  const { t } = useTranslation();
  const staff = useStaff((s) => s.staff);
  const { register, formState, control } = useFormContext<IntakeContent>();
  const err = useFieldError(formState.errors);
  return (
    <section id="sec-conversation" className="panel form-section intake-section" aria-labelledby="h-conversation">
      <h2 id="h-conversation">{t('intake.conversation')}</h2>
      <div className="form-grid">
        <Controller control={control} name="date" render={({ field }) => (
          <IsoDateField id="intake-date" className="span-3" label={t('intake.date')} value={field.value} onChange={field.onChange} onBlur={field.onBlur}
            error={err('date')} />
        )} />
        <Controller control={control} name="professionals" render={({ field }) => (
          <Checkbox.Group className="span-9" label={t('intake.professionals')} error={err('professionals')} value={field.value} onChange={field.onChange}>
            <div className="staff-checks">
              {/* Deactivated people stay ticked (and can be unticked) where they were present; new choices are the active team. */}
              {staff.filter((s) => s.active || field.value.includes(s.id)).map((s) => (
                <Checkbox key={s.id} value={s.id} label={staffLabel(s, t)} />
              ))}
            </div>
          </Checkbox.Group>
        )} />
        <div className="span-12 inline-checks">
          <Checkbox label={t('intake.interpreterPresent')} {...register('interpreterPresent')} />
          <Checkbox label={t('intake.informalCarerPresent')} {...register('informalCarerPresent')} />
        </div>
        <Textarea id="intake-question" className="span-12" label={t('intake.helpQuestion')} description={t('intake.helpQuestionHint')}
          minRows={2} maxLength={2000} error={err('helpQuestion')} {...register('helpQuestion')} />
      </div>
    </section>
  );
}
