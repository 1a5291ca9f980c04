// The beheerder sets someone's password: a first one (then they can sign in), or a new one when theirs
// is forgotten. The person's sessions elsewhere end (main does that); the wait after wrong tries ends too.
import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../components/PasswordField';
import { z } from 'zod';
import { passwordSchema, type AccountState } from '../../../../contract/schemas/session';
import type { StaffMember } from '../../../../contract/schemas/staff';
import { kbz } from '../../api/api';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySaved } from '../../components/notify';
import { useFieldError } from '../../components/useFieldError';
import { messageText } from '../../errors/messages';

const schema = z.object({ password: passwordSchema, repeat: z.string() }).refine((v) => v.password === v.repeat, { path: ['repeat'], message: 'setup.passwordsDiffer' });
type Values = z.input<typeof schema>;
const EMPTY: Values = { password: '', repeat: '' };

interface SetPasswordDialogProps {
  /** The person whose password is set; null: closed. */
  member: StaffMember | null;
  /** Whether they have a password now (a first one explains that they can sign in after). */
  hasPassword: boolean;
  onClose(): void;
  onDone(state: AccountState): void;
}

export function SetPasswordDialog({ member, hasPassword, onClose, onDone }: SetPasswordDialogProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<Values, unknown, z.output<typeof schema>>({ resolver: zodResolver(schema), defaultValues: EMPTY });
  const fieldError = useFieldError(form.formState.errors);
  const name = member?.name ?? '';
  const close = () => {
    form.reset(EMPTY);
    setProblem(null);
    onClose();
  };
  const save = form.handleSubmit(async ({ password }) => {
    if (!member) return;
    setProblem(null);
    const r = await kbz().accounts.setPassword({ staffId: member.id, password });
    if (!r.ok) return setProblem(messageText(t, r.error));
    notifySaved(t('accounts.setPassword.done', { name }));
    form.reset(EMPTY);
    onDone(r.value);
  });
  return (
    <Dialog opened={member !== null} onClose={close} title={t('accounts.setPassword.title', { name })} size="md">
      <form onSubmit={(e) => void save(e)} noValidate className="dialog-form">
        {problem && <ErrorAlert>{problem}</ErrorAlert>}
        <Text size="sm">{t(hasPassword ? 'accounts.setPassword.replaceIntro' : 'accounts.setPassword.firstIntro', { name })}</Text>
        <PasswordField label={t('session.newPassword')} description={t('session.passwordHint')} autoComplete="new-password" data-autofocus error={fieldError('password')} {...form.register('password')} />
        <PasswordField label={t('session.repeatPassword')} autoComplete="new-password"
          error={fieldError('repeat')} {...form.register('repeat')} />
        <Text size="sm" c="dimmed">{t('accounts.setPassword.handOver', { name })}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={close}>{t('form.cancel')}</Button>
          <Button type="submit" loading={form.formState.isSubmitting}>{t('accounts.setPassword.action')}</Button>
        </Group>
      </form>
    </Dialog>
  );
}
