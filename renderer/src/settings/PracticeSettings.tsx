// The practice's details: its name (top bar, printouts), AGB code, address, phone ("Mijn plan") and
// the e-mail address invitations will come from. Read only for a role that may not change them.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { practiceInputSchema, type PracticeFormValues, type PracticeInput } from '../../../contract/schemas/practice';
import { kbz } from '../api/api';
import { usePractice } from '../app/practiceStore';
import { ErrorAlert } from '../components/ErrorAlert';
import { notifySaved } from '../components/notify';
import { useFieldError } from '../components/useFieldError';
import { applyServerErrors, messageText } from '../errors/messages';
import { useCan } from '../session/useCan';

const EMPTY: PracticeFormValues = { name: '', agbCode: '', street: '', houseNumber: '', postcode: '', city: '', phone: '', email: '' };

export function PracticeSettings() {
  const { t } = useTranslation();
  const practice = usePractice((s) => s.practice);
  const setPractice = usePractice((s) => s.set);
  const canEdit = useCan('practice.update');
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<PracticeFormValues, unknown, PracticeInput>({
    resolver: zodResolver(practiceInputSchema),
    values: practice ?? EMPTY,
    mode: 'onSubmit',
  });
  const fieldError = useFieldError(form.formState.errors);
  const save = form.handleSubmit(async (input) => {
    setProblem(null);
    const r = await kbz().practice.update(input);
    if (!r.ok) {
      setProblem(messageText(t, r.error));
      applyServerErrors(t, form.setError, r.error);
      return;
    }
    setPractice(r.value);
    form.reset(r.value);
    notifySaved(t('settings.practiceSaved'));
  });
  const field = (name: keyof PracticeFormValues, label: string, span: string, opts: { hint?: string; maxLength: number; inputMode?: 'numeric' | 'tel' | 'email' }) => (
    <TextInput
      className={span}
      label={label}
      description={opts.hint}
      maxLength={opts.maxLength}
      inputMode={opts.inputMode}
      readOnly={!canEdit}
      error={fieldError(name)}
      {...form.register(name)}
    />
  );
  return (
    <form className="panel form-section settings-form" onSubmit={(e) => void (canEdit ? save(e) : e.preventDefault())} noValidate>
      {problem && <ErrorAlert>{problem}</ErrorAlert>}
      {!canEdit && <p className="read-only-note">{t('settings.practiceReadOnly')}</p>}
      <div className="form-grid">
        {field('name', t('settings.practiceName'), 'span-8', { hint: t('settings.practiceNameHint'), maxLength: 120 })}
        {field('agbCode', t('settings.practiceAgb'), 'span-4', { hint: t('settings.practiceAgbHint'), maxLength: 8, inputMode: 'numeric' })}
        {field('street', t('settings.practiceStreet'), 'span-6', { maxLength: 120 })}
        {field('houseNumber', t('settings.practiceHouseNumber'), 'span-2', { maxLength: 20 })}
        {field('postcode', t('settings.practicePostcode'), 'span-4', { maxLength: 10 })}
        {field('city', t('settings.practiceCity'), 'span-6', { maxLength: 80 })}
        {field('phone', t('settings.practicePhone'), 'span-6', { hint: t('settings.practicePhoneHint'), maxLength: 30, inputMode: 'tel' })}
        {field('email', t('settings.practiceEmail'), 'span-12', { hint: t('settings.practiceEmailHint'), maxLength: 254, inputMode: 'email' })}
      </div>
      {canEdit && (
        <div className="form-actions">
          <Button type="submit" loading={form.formState.isSubmitting} disabled={!form.formState.isDirty}>
            {t('form.save')}
          </Button>
        </div>
      )}
    </form>
  );
}
