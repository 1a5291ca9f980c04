// Instellingen → Toegangslog (a beheerder's): checks the access log's hash chain and says in words whether it is intact.
import { Alert, Button } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessLogCheck } from '../../../contract/schemas/access-log';
import { kbz, unwrap } from '../api/api';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/messages';

function BrokenText({ check }: { check: AccessLogCheck & { ok: false } }) {
  const { t } = useTranslation();
  const values = { position: check.position.toLocaleString('nl-NL'), seq: check.firstBrokenSeq.toLocaleString('nl-NL'), total: check.entries.toLocaleString('nl-NL') };
  switch (check.problem) {
    case 'changed':
      return t('accessLog.check.changed', values);
    case 'gap':
      return t('accessLog.check.gap', values);
    case 'missingAtEnd':
      return t('accessLog.check.missingAtEnd', values);
  }
}

export function AccessLogSettings() {
  const { t } = useTranslation();
  const [check, setCheck] = useState<AccessLogCheck | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    setCheck(null);
    try {
      setCheck(await unwrap(kbz().accessLog.verify({})));
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel form-section access-log-check" style={{ maxWidth: 640 }} aria-labelledby="access-log-check-title">
      <h2 id="access-log-check-title">{t('accessLog.check.title')}</h2>
      <p>{t('accessLog.check.explain')}</p>
      <Button leftSection={<IconShieldCheck size={16} aria-hidden="true" />} loading={busy} onClick={() => void run()}>
        {t('accessLog.check.run')}
      </Button>
      <div aria-live="polite" className="check-result">
        {error && <ErrorAlert>{error}</ErrorAlert>}
        {check?.ok && (
          <Alert color="green" variant="light" icon={<IconShieldCheck size={18} aria-hidden="true" />} title={t('accessLog.check.okTitle')}>
            {t('accessLog.check.ok', { count: check.entries, number: check.entries.toLocaleString('nl-NL') })}
          </Alert>
        )}
        {check && !check.ok && (
          <Alert color="red" variant="light" role="alert" icon={<IconShieldX size={18} aria-hidden="true" />} title={t('accessLog.check.brokenTitle')}>
            <p><BrokenText check={check} /></p>
            <p>{t('accessLog.check.whatNow')}</p>
          </Alert>
        )}
      </div>
    </section>
  );
}
