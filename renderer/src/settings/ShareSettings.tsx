// Instellingen → Netwerkschijf: the export folder (typed, or chosen where the host can ask), "Map testen"
// (write, read back and remove a small file there: the time it took and the free space), the automatic
// month export, the threshold below which exports hide small numbers, and what waits to be sent.
import { Alert, Button, Group, NumberInput, Switch, TextInput } from '@mantine/core';
import { IconCheck, IconFolder, IconPlugConnected } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPRESS_BELOW_MAX, SUPPRESS_BELOW_MIN, type ShareSettings as Settings } from '../../../contract/schemas/share';
import type { Message } from '../../../contract/result';
import { formatInstantNl } from '../../../contract/schemas/dates';
import { kbz, unwrap } from '../api/api';
import { ErrorAlert } from '../components/ErrorAlert';
import { notifySaved } from '../components/notify';
import { errorText, messageText } from '../errors/messages';
import { startAndAwait } from '../share/await-event';
import { useShareStatus } from '../share/useShareStatus';
import { WaitingFiles } from '../share/WaitingFiles';

type TestState = { kind: 'idle' } | { kind: 'running' } | { kind: 'ok'; ms: number; freeBytes: number | null } | { kind: 'failed'; error: Message };

function gigabytes(bytes: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 }).format(bytes / 1e9);
}

export function ShareSettings() {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<Settings | null>(null);
  const [canChoose, setCanChoose] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [test, setTest] = useState<TestState>({ kind: 'idle' });
  const [status, setStatus] = useShareStatus();
  useEffect(() => {
    void unwrap(kbz().share.settings({}))
      .then(({ canChooseFolder, ...s }) => {
        setValues(s);
        setCanChoose(canChooseFolder);
      })
      .catch((e: unknown) => setProblem(errorText(t, e)));
  }, [t]);
  if (!values) return problem ? <ErrorAlert>{problem}</ErrorAlert> : null;
  const set = (patch: Partial<Settings>) => setValues({ ...values, ...patch });
  const showErrors = (fields: Record<string, Message> | undefined) =>
    setFieldErrors(Object.fromEntries(Object.entries(fields ?? {}).map(([k, m]) => [k, messageText(t, m)])));

  const save = async () => {
    setProblem(null);
    setFieldErrors({});
    const r = await kbz().share.saveSettings(values);
    if (!r.ok) {
      setProblem(messageText(t, r.error));
      showErrors(r.error.fields);
      return;
    }
    setValues(r.value);
    notifySaved(t('share.saved'));
  };
  const testFolder = async () => {
    setFieldErrors({});
    setProblem(null);
    setTest({ kind: 'running' });
    const r = await startAndAwait(() => kbz().share.testFolder({ folder: values.folder }), 'share.tested');
    if (!r.ok) {
      setTest({ kind: 'idle' });
      if (r.error.fields) showErrors(r.error.fields);
      else setTest({ kind: 'failed', error: r.error });
      return;
    }
    const result = r.value.result;
    setTest(result.ok ? { kind: 'ok', ms: result.ms, freeBytes: result.freeBytes } : { kind: 'failed', error: result.error });
  };
  const choose = async () => {
    const r = await startAndAwait(() => kbz().share.chooseFolder({}), 'share.folderChosen');
    if (!r.ok) return setProblem(messageText(t, r.error));
    if (r.value.problem) setFieldErrors({ folder: messageText(t, r.value.problem) });
    else if (r.value.folder !== null) set({ folder: r.value.folder });
  };
  const retry = async () => {
    const r = await kbz().share.retry({});
    if (r.ok) setStatus(r.value);
  };

  return (
    <div className="stack">
      <form className="panel form-section settings-form" onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate aria-labelledby="share-title">
        <h2 id="share-title" className="section-title">{t('share.title')}</h2>
        <p className="dimmed">{t('share.intro')}</p>
        {problem && <ErrorAlert>{problem}</ErrorAlert>}
        <TextInput
          style={{ maxWidth: 560 }}
          label={t('share.folder')}
          description={t('share.folderHint')}
          placeholder="P:\KBZ\Exports"
          maxLength={1000}
          value={values.folder}
          error={fieldErrors.folder}
          onChange={(e) => {
            set({ folder: e.currentTarget.value });
            setTest({ kind: 'idle' });
            setProblem(null);
          }}
        />
        <Group gap="xs" mt="xs">
          {canChoose && (
            <Button variant="default" leftSection={<IconFolder size={16} aria-hidden="true" />} onClick={() => void choose()}>
              {t('share.choose')}
            </Button>
          )}
          <Button variant="default" leftSection={<IconPlugConnected size={16} aria-hidden="true" />} loading={test.kind === 'running'} onClick={() => void testFolder()}>
            {t('share.test')}
          </Button>
        </Group>
        <div role="status" aria-live="polite" className="share-test-result">
          {test.kind === 'ok' && (
            <Alert color="green" icon={<IconCheck size={16} aria-hidden="true" />} mt="sm" data-testid="share-test-ok">
              {t('share.testOk', { ms: test.ms })}{' '}
              {test.freeBytes === null ? t('share.freeUnknown') : t('share.free', { gb: gigabytes(test.freeBytes, i18n.language) })}
            </Alert>
          )}
          {test.kind === 'failed' && (
            <Alert color="red" mt="sm" data-testid="share-test-failed">
              {messageText(t, test.error)}
            </Alert>
          )}
        </div>
        <div className="form-grid" style={{ marginTop: 16 }}>
          <Switch
            className="span-12"
            label={t('share.autoMonth')}
            description={t('share.autoMonthHint')}
            checked={values.autoMonth}
            onChange={(e) => set({ autoMonth: e.currentTarget.checked })}
          />
          <NumberInput
            className="span-6"
            label={t('share.suppressBelow')}
            description={t('share.suppressBelowHint', { n: values.suppressBelow })}
            min={SUPPRESS_BELOW_MIN}
            max={SUPPRESS_BELOW_MAX}
            step={1}
            allowDecimal={false}
            clampBehavior="none"
            value={values.suppressBelow}
            error={fieldErrors.suppressBelow}
            onChange={(v) => set({ suppressBelow: typeof v === 'number' ? v : Number(v) || 0 })}
          />
        </div>
        <div className="form-actions">
          <Button type="submit">{t('form.save')}</Button>
        </div>
      </form>
      <section className="panel form-section settings-form" aria-labelledby="share-outbox-title" style={{ marginTop: 16 }}>
        <h2 id="share-outbox-title" className="section-title">{t('share.outboxTitle')}</h2>
        {status && (
          <>
            <p data-testid="share-outbox-count">{status.waiting === 0 ? t('share.nothingWaiting') : t('share.waiting', { count: status.waiting })}</p>
            {status.lastError && <ErrorAlert>{messageText(t, status.lastError)}</ErrorAlert>}
            {status.files.length > 0 && <WaitingFiles files={status.files} onChanged={setStatus} />}
            <p className="dimmed">{status.lastSentAt ? t('share.lastSent', { at: formatInstantNl(status.lastSentAt) }) : t('share.neverSent')}</p>
            {status.waiting > 0 && (
              <Button variant="default" onClick={() => void retry()}>
                {t('share.retry')}
              </Button>
            )}
          </>
        )}
      </section>
    </div>
  );
}
