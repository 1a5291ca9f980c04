// "Bekijk een voorbeeldpraktijk" on the wizard's first step: the demo opens in its own data folder.
import { Button } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../contract/result';
import { ErrorAlert } from '../components/ErrorAlert';
import { messageText } from '../errors/messages';
import { switchPractice } from './demoSwitch';

export function DemoButton() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Message | null>(null);
  const open = async () => {
    setBusy(true);
    setProblem(null);
    const failed = await switchPractice(true);
    setBusy(false);
    setProblem(failed);
  };
  return (
    <div className="demo-choice">
      {problem && <ErrorAlert>{messageText(t, problem)}</ErrorAlert>}
      <Button variant="subtle" leftSection={<IconFlask size={16} aria-hidden="true" />} loading={busy} onClick={() => void open()} title={t('demo.openHint')}>
        {t('demo.open')}
      </Button>
    </div>
  );
}
