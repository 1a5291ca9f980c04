// Inside the demo practice, always in view in the top bar: it is fictional, and the way back to the real practice.
import { Button } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../../contract/result';
import { messageText } from '../errors/messages';
import { switchPractice } from './demoSwitch';
import { useSession } from './sessionStore';

export function DemoBanner() {
  const { t } = useTranslation();
  const demo = useSession((s) => s.status?.demo === true);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Message | null>(null);
  if (!demo) return null;
  const close = async () => {
    setBusy(true);
    const failed = await switchPractice(false);
    setBusy(false);
    setProblem(failed);
  };
  return (
    <div className="demo-banner" role="note" data-testid="demo-banner" title={t('demo.banner')}>
      <IconFlask size={15} aria-hidden="true" />
      <span>{problem ? messageText(t, problem) : t('demo.badge')}</span>
      <Button size="compact-xs" variant="white" color="grape" loading={busy} onClick={() => void close()}>
        {t('demo.close')}
      </Button>
    </div>
  );
}
