// Wizard step 1: the practice's details (the same fields as Instellingen → Praktijk).
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { practiceInputSchema, type PracticeFormValues, type PracticeInput } from '../../../../contract/schemas/practice';
import { useFieldError } from '../../components/useFieldError';

interface PracticeStepProps {
  initial: PracticeFormValues;
  onNext(practice: PracticeInput, values: PracticeFormValues): void;
  /** Shown beside "Volgende": the way to the demo practice. */
  aside?: ReactNode;
}

export function PracticeStep({ initial, onNext, aside }: PracticeStepProps) {
  const { t } = useTranslation();
  const form = useForm<PracticeFormValues, unknown, PracticeInput>({ resolver: zodResolver(practiceInputSchema), defaultValues: initial, mode: 'onSubmit' });
  const fieldError = useFieldError(form.formState.errors);
  const next = form.handleSubmit((practice) => onNext(practice, form.getValues()));
  const field = (name: keyof PracticeFormValues, label: string, span: string, opts: { hint?: string; maxLength: number; inputMode?: 'numeric' | 'tel' | 'email'; autoFocus?: boolean }) => (
    <TextInput className={span} label={label} description={opts.hint} maxLength={opts.maxLength} inputMode={opts.inputMode} data-autofocus={opts.autoFocus}
      withAsterisk={name === 'name'} error={fieldError(name)} {...form.register(name)} />
  );
  return (
    <form onSubmit={(e) => void next(e)} noValidate>
      <p className="wizard-intro">{t('setup.practiceIntro')}</p>
      <div className="form-grid">
        {field('name', t('settings.practiceName'), 'span-8', { maxLength: 120, autoFocus: true })}
        {field('agbCode', t('settings.practiceAgb'), 'span-4', { hint: t('settings.practiceAgbHint'), maxLength: 8, inputMode: 'numeric' })}
        {field('street', t('settings.practiceStreet'), 'span-8', { maxLength: 120 })}
        {field('houseNumber', t('settings.practiceHouseNumber'), 'span-4', { maxLength: 20 })}
        {field('postcode', t('settings.practicePostcode'), 'span-4', { maxLength: 10 })}
        {field('city', t('settings.practiceCity'), 'span-8', { maxLength: 80 })}
        {field('phone', t('settings.practicePhone'), 'span-6', { maxLength: 30, inputMode: 'tel' })}
        {field('email', t('settings.practiceEmail'), 'span-6', { hint: t('settings.practiceEmailHint'), maxLength: 254, inputMode: 'email' })}
      </div>
      <div className="wizard-actions">
        {aside}
        <span className="spacer" />
        <Button type="submit">{t('setup.next')}</Button>
      </div>
    </form>
  );
}
