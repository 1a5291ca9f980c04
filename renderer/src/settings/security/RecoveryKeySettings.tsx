// The beheerder's part of Beveiliging: whether the practice's recovery key was written down (typed back
// once), and a new one in its place, shown once and typed back like in the first-start wizard.
import { Alert, Button, Text } from '@mantine/core';
import { IconAlertTriangle, IconKey, IconShieldCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryCodeState } from '../../../../contract/schemas/session';
import { kbz } from '../../api/api';
import { usePractice } from '../../app/practiceStore';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySaved } from '../../components/notify';
import { messageText } from '../../errors/messages';
import { RecoveryCodeStep } from '../../session/setup/RecoveryCodeStep';

function KeyState({ state }: { state: RecoveryCodeState }) {
  const { t } = useTranslation();
  return state.confirmed ? (
    <Alert color="green" variant="light" icon={<IconShieldCheck size={18} aria-hidden="true" />} title={t('security.recovery.confirmedTitle')} data-testid="recovery-state">
      {t('security.recovery.confirmedText')}
    </Alert>
  ) : (
    <Alert color="red" variant="filled" icon={<IconAlertTriangle size={18} aria-hidden="true" />} title={t('security.recovery.unconfirmedTitle')} data-testid="recovery-state">
      {t('security.recovery.unconfirmedText')}
    </Alert>
  );
}

export function RecoveryKeySettings() {
  const { t } = useTranslation();
  const practiceName = usePractice((s) => s.practice?.name ?? '');
  const [state, setState] = useState<RecoveryCodeState | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [renewing, setRenewing] = useState(false);
  const [newCode, setNewCode] = useState<string | null>(null);
  const title = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void kbz()
      .recovery.status({})
      .then((r) => (r.ok ? setState(r.value) : setProblem(messageText(t, r.error))));
  }, [t]);

  // The button that asked is gone once the new key shows: focus and view go to the key's section.
  useEffect(() => {
    if (!newCode) return;
    title.current?.focus();
    title.current?.scrollIntoView({ block: 'start' });
  }, [newCode]);

  const renew = async () => {
    setAsking(false);
    setRenewing(true);
    setProblem(null);
    const r = await kbz().recovery.renew({});
    setRenewing(false);
    if (!r.ok) return setProblem(messageText(t, r.error));
    // The old key no longer works from here; until the new one is typed back it counts as not written down.
    setState({ confirmed: false });
    setNewCode(r.value.code);
  };
  const confirmed = () => {
    setNewCode(null);
    setState({ confirmed: true });
    notifySaved(t('security.recovery.renewed'));
  };

  return (
    <section className="panel form-section security-section" aria-labelledby="recovery-settings-title">
      <h2 id="recovery-settings-title" className="no-print" ref={title} tabIndex={-1}>{t('security.recovery.title')}</h2>
      {problem && <ErrorAlert>{problem}</ErrorAlert>}
      {newCode ? (
        <RecoveryCodeStep code={newCode} practiceName={practiceName} confirmLabel={t('security.recovery.check')} onConfirmed={confirmed} />
      ) : (
        <div className="no-print">
          <p className="section-text">{t('security.recovery.explain')}</p>
          {state && <KeyState state={state} />}
          <Button mt="md" variant={state?.confirmed === false ? 'filled' : 'default'} leftSection={<IconKey size={16} aria-hidden="true" />}
            loading={renewing} disabled={state === null} onClick={() => setAsking(true)}>
            {t('security.recovery.renew')}
          </Button>
        </div>
      )}
      <ConfirmDialog opened={asking} title={t('security.recovery.confirmTitle')} confirmLabel={t('security.recovery.confirmRenew')} cancelLabel={t('form.cancel')}
        onConfirm={() => void renew()} onCancel={() => setAsking(false)}>
        <Text size="sm" mb="sm">{t('security.recovery.confirmText')}</Text>
        <Text size="sm">{t('security.recovery.confirmNext')}</Text>
      </ConfirmDialog>
    </section>
  );
}
