// Wizard step 2: the first user, who will be beheerder; their password twice.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Select, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../components/PasswordField';
import { z } from 'zod';
import { firstUserSchema } from '../../../../contract/schemas/session';
import { STAFF_ROLES } from '../../../../contract/schemas/staff';
import type { AppError } from '../../../../contract/result';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFieldError } from '../../components/useFieldError';
import { messageText } from '../../errors/messages';

const formSchema = firstUserSchema.extend({ repeat: z.string() }).refine((v) => v.password === v.repeat, { path: ['repeat'], message: 'setup.passwordsDiffer' });
type FormValues = z.input<typeof formSchema>;
export type FirstUser = z.output<typeof firstUserSchema>;

interface FirstUserStepProps {
  busy: boolean;
  problem: AppError | null;
  onBack(): void;
  onSubmit(user: FirstUser): void;
}

export function FirstUserStep({ busy, problem, onBack, onSubmit }: FirstUserStepProps) {
  const { t } = useTranslation();
  const form = useForm<FormValues, unknown, z.output<typeof formSchema>>({
    resolver: zodResolver(formSchema),
    defaultValues: { givenName: '', prefix: '', surname: '', role: 'gp', password: '', repeat: '' },
    mode: 'onSubmit',
  });
  const fieldError = useFieldError(form.formState.errors);
  const submit = form.handleSubmit(({ repeat: _repeat, ...user }) => onSubmit(user));
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <p className="wizard-intro">{t('setup.userIntro')}</p>
      {problem && <ErrorAlert>{messageText(t, problem)}</ErrorAlert>}
      <div className="form-grid">
        <TextInput className="span-5" label={t('team.givenName')} maxLength={60} data-autofocus error={fieldError('givenName')} {...form.register('givenName')} />
        <TextInput className="span-2" label={t('team.prefix')} maxLength={20} error={fieldError('prefix')} {...form.register('prefix')} />
        <TextInput className="span-5" label={t('team.surname')} withAsterisk maxLength={80} error={fieldError('surname')} {...form.register('surname')} />
        <Controller control={form.control} name="role" render={({ field }) => (
          <Select className="span-6" label={t('team.role')} data={STAFF_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} allowDeselect={false}
            value={field.value} onChange={(v) => field.onChange(v ?? 'gp')} onBlur={field.onBlur} ref={field.ref} error={fieldError('role')} />
        )} />
        <PasswordField className="span-6" label={t('session.newPassword')} description={t('session.passwordHint')} withAsterisk autoComplete="new-password" error={fieldError('password')} {...form.register('password')} />
        <PasswordField className="span-6" label={t('session.repeatPassword')} withAsterisk autoComplete="new-password" error={fieldError('repeat')} {...form.register('repeat')} />
      </div>
      <p className="wizard-note">{t('setup.beheerderNote')}</p>
      <div className="wizard-actions">
        <Button variant="default" onClick={onBack} disabled={busy}>{t('setup.back')}</Button>
        <span className="spacer" />
        <Button type="submit" loading={busy}>{t('setup.createPractice')}</Button>
      </div>
    </form>
  );
}
