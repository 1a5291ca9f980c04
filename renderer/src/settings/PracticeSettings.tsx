// The practice's name, as the top bar and printouts show it.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { practiceInputSchema, type PracticeInput } from '../../../contract/schemas/practice';
import { kbz } from '../api/api';
import { usePractice } from '../app/practiceStore';
import { ErrorAlert } from '../components/ErrorAlert';
import { useFieldError } from '../components/useFieldError';
import { notifySaved } from '../components/notify';
import { applyServerErrors, messageText } from '../errors/messages';
import { useState } from 'react';

export function PracticeSettings() {
  const { t } = useTranslation();
  const practice = usePractice((s) => s.practice);
  const setPractice = usePractice((s) => s.set);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<PracticeInput>({
    resolver: zodResolver(practiceInputSchema),
    values: { name: practice?.name ?? '' },
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
  return (
    <form className="panel form-section" style={{ maxWidth: 560 }} onSubmit={(e) => void save(e)} noValidate>
      {problem && <ErrorAlert>{problem}</ErrorAlert>}
      <TextInput
        label={t('settings.practiceName')}
        description={t('settings.practiceNameHint')}
        withAsterisk={false}
        rightSectionWidth={0}
        {...form.register('name')}
        error={fieldError('name')}
        maxLength={120}
      />
      <div style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 16 }}>
        <Button type="submit" loading={form.formState.isSubmitting} disabled={!form.formState.isDirty}>
          {t('form.save')}
        </Button>
      </div>
    </form>
  );
}
