// Who, when and the patient's own question.
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IntakeContent } from '../../../contract/schemas/intake';
import { useStaff } from '../app/staffStore';
import { DateInput } from '../components/DateInput';
import { FieldError } from '../components/FieldError';
import { errorAt } from './fieldError';

export function IntakeHeader() {
  const { t } = useTranslation();
  const staff = useStaff((s) => s.staff);
  const { register, formState, control } = useFormContext<IntakeContent>();
  const err = (path: string) => errorAt(formState.errors, path);
  return (
    <fieldset>
      <legend>{t('intake.conversation')}</legend>
      <div className="grid">
        <div className="field">
          <label htmlFor="intake-date">{t('intake.date')}</label>
          <Controller control={control} name="date" render={({ field }) => (
            <DateInput id="intake-date" value={field.value} onChange={field.onChange} onBlur={field.onBlur} invalid={Boolean(err('date'))} />
          )} />
          <FieldError id="intake-date-error" message={err('date')} />
        </div>
        <fieldset className="checkbox-group">
          <legend>{t('intake.professionals')}</legend>
          {staff.filter((s) => s.active).map((s) => (
            <label key={s.id} className="inline">
              <input type="checkbox" value={s.id} {...register('professionals')} />
              {s.name}
            </label>
          ))}
          <FieldError id="intake-professionals-error" message={err('professionals')} />
        </fieldset>
        <div>
          <label className="inline"><input type="checkbox" {...register('interpreterPresent')} />{t('intake.interpreterPresent')}</label>
          <label className="inline"><input type="checkbox" {...register('informalCarerPresent')} />{t('intake.informalCarerPresent')}</label>
        </div>
      </div>
      <div className="field">
        <label htmlFor="intake-question">{t('intake.helpQuestion')}</label>
        <span id="intake-question-hint" className="hint">{t('intake.helpQuestionHint')}</span>
        <textarea id="intake-question" rows={3} aria-describedby="intake-question-hint" aria-invalid={Boolean(err('helpQuestion'))} {...register('helpQuestion')} />
        <FieldError id="intake-question-error" message={err('helpQuestion')} />
      </div>
    </fieldset>
  );
}
