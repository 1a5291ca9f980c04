// Making someone beheerder, or not any more: asked first, since it hands over (or takes away) the
// accounts and the recovery key. Main refuses to leave the practice without a beheerder; that is said here.
import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountState } from '../../../../contract/schemas/session';
import type { StaffMember } from '../../../../contract/schemas/staff';
import { kbz } from '../../api/api';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySaved } from '../../components/notify';
import { messageText } from '../../errors/messages';

export interface BeheerderChange {
  member: StaffMember;
  /** What it becomes. */
  beheerder: boolean;
  /** The signed-in person changes their own mark. */
  self: boolean;
}

interface BeheerderDialogProps {
  change: BeheerderChange | null;
  onClose(): void;
  onDone(state: AccountState): void;
}

export function BeheerderDialog({ change, onClose, onDone }: BeheerderDialogProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = change?.member.name ?? '';
  const making = change?.beheerder === true;
  const close = () => {
    setProblem(null);
    onClose();
  };
  const confirm = async () => {
    if (!change || busy) return;
    setBusy(true);
    setProblem(null);
    const r = await kbz().accounts.setBeheerder({ staffId: change.member.id, beheerder: change.beheerder });
    setBusy(false);
    if (!r.ok) return setProblem(messageText(t, r.error));
    notifySaved(t(making ? 'accounts.beheerder.made' : 'accounts.beheerder.removed', { name }));
    onDone(r.value);
  };
  const explain = making ? 'accounts.beheerder.makeExplain' : change?.self ? 'accounts.beheerder.removeSelfExplain' : 'accounts.beheerder.removeExplain';
  return (
    <Dialog opened={change !== null} onClose={close} title={t(making ? 'accounts.beheerder.makeTitle' : 'accounts.beheerder.removeTitle', { name })} size="md">
      <div className="dialog-form">
        {problem && <ErrorAlert title={t('accounts.beheerder.refused')}>{problem}</ErrorAlert>}
        <Text size="sm">{t(explain, { name })}</Text>
        <Group justify="flex-end" gap="sm" mt="md">
          <Button variant="default" onClick={close} data-autofocus>{t('form.cancel')}</Button>
          <Button color={making ? undefined : 'red'} loading={busy} onClick={() => void confirm()}>
            {t(making ? 'accounts.beheerder.make' : 'accounts.beheerder.remove')}
          </Button>
        </Group>
      </div>
    </Dialog>
  );
}
