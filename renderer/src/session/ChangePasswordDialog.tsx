// Changing one's own password: the current one, then the new one twice.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../components/PasswordField';
import { z } from 'zod';
import { passwordSchema, typedPasswordSchema } from '../../../contract/schemas/session';
import { kbz } from '../api/api';
import { Dialog } from '../components/Dialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { notifySaved } from '../components/notify';
import { useFieldError } from '../components/useFieldError';
import { messageText } from '../errors/messages';

const schema = z.object({ current: typedPasswordSchema, next: passwordSchema, repeat: z.string() }).refine((v) => v.next === v.repeat, { path: ['repeat'], message: 'setup.passwordsDiffer' });
type Values = z.input<typeof schema>;

export function ChangePasswordDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof schema>>({ resolver: zodResolver(schema), defaultValues: { current: '', next: '', repeat: '' } });
  const fieldError = useFieldError(form.formState.errors);
  const close = () => {
    form.reset();
    setProblem(null);
    onClose();
  };
  const save = form.handleSubmit(async ({ current, next }) => {
    setProblem(null);
    const r = await kbz().session.changePassword({ current, next });
    if (!r.ok) return setProblem(messageText(t, r.error));
    notifySaved(t('session.passwordChanged'));
    close();
  });
  return (
    <Dialog opened={opened} onClose={close} title={t('session.changePassword')} size="md">
      <form onSubmit={(e) => void save(e)} noValidate className="dialog-form">
        {problem && <ErrorAlert>{problem}</ErrorAlert>}
        <PasswordField label={t('session.currentPassword')} autoComplete="current-password" data-autofocus error={fieldError('current')} {...form.register('current')} />
        <PasswordField label={t('session.newPassword')} description={t('session.passwordHint')} autoComplete="new-password" error={fieldError('next')} {...form.register('next')} />
        <PasswordField label={t('session.repeatPassword')} autoComplete="new-password" error={fieldError('repeat')} {...form.register('repeat')} />
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>{t('form.cancel')}</Button>
          <Button type="submit" loading={form.formState.isSubmitting}>{t('session.changePassword')}</Button>
        </Group>
      </form>
    </Dialog>
  );
}
