// Wizard step 3 (and Instellingen → Beveiliging): the recovery key shown once, printed or saved, then
// typed back from the paper so we know it was written down correctly.
import { Button, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../../contract/result';
import { kbz } from '../../api/api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { savePdfOrPrint } from '../../components/savePdf';
import { messageText } from '../../errors/messages';
import { RecoveryCodeCard } from './RecoveryCodeCard';

interface RecoveryCodeStepProps {
  code: string;
  practiceName: string;
  confirmLabel: string;
  onConfirmed(): void;
}

export function RecoveryCodeStep({ code, practiceName, confirmLabel, onConfirmed }: RecoveryCodeStepProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  const confirm = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const r = await kbz().recovery.confirm({ code: typed });
    setBusy(false);
    if (!r.ok) return setProblem(r.error);
    onConfirmed();
  };
  const print = () => void savePdfOrPrint(t, 'herstelsleutel.pdf', (text) => notifications.show({ message: text, color: 'blue' }));

  return (
    <div className="recovery-step">
      <p className="wizard-intro no-print">{t('recovery.intro')}</p>
      <RecoveryCodeCard code={code} practiceName={practiceName} />
      <div className="no-print">
        <Button variant="default" onClick={print}>{t('recovery.print')}</Button>
        <form className="recovery-check" onSubmit={(e) => void confirm(e)} noValidate>
          <h3>{t('recovery.checkTitle')}</h3>
          <p>{t('recovery.checkHint')}</p>
          {problem && <ErrorAlert>{messageText(t, problem)}</ErrorAlert>}
          <TextInput label={t('recovery.typeBack')} value={typed} onChange={(e) => setTyped(e.currentTarget.value)} maxLength={100}
            autoComplete="off" spellCheck={false} className="recovery-input" />
          <div className="wizard-actions">
            <span className="spacer" />
            <Button type="submit" loading={busy} disabled={typed.trim() === ''}>{confirmLabel}</Button>
          </div>
        </form>
      </div>
    </div>
  );
}
