// Instellingen → Back-ups: the kept backups (date, size, kind, checked), the last automatic one, and
// "Nu back-up maken" with its progress (phases and an estimate, pushed as events). A beheerder can open
// a backup to restore it, from the list or by the path of a file from elsewhere.
import { Alert, Button, Group, Progress, Stack, Text, TextInput } from '@mantine/core';
import { IconDatabaseExport, IconRestore } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstantNl } from '../../../../contract/schemas/dates';
import type { BackupOverview } from '../../../../contract/schemas/backups';
import { kbz, onEvent, unwrap } from '../../api/api';
import { runJob } from '../../api/jobs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySaved } from '../../components/notify';
import { errorText, messageText } from '../../errors/messages';
import { useCan } from '../../session/useCan';
import { sizeText } from './backupFormat';
import { RestoreDialog, type RestoreTarget } from './RestoreDialog';

interface Making {
  fraction: number;
  phase: string;
}

export function BackupSettings() {
  const { t } = useTranslation();
  const mayRestore = useCan('backups.restore');
  const [overview, setOverview] = useState<BackupOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [making, setMaking] = useState<Making | null>(null);
  const [target, setTarget] = useState<RestoreTarget | null>(null);
  const [path, setPath] = useState('');
  const abort = useRef<AbortController | null>(null);
  const mounted = useRef(true);
  const chooseId = useRef<string | null>(null);

  const load = useCallback(async () => {
    try {
      setOverview(await unwrap(kbz().backups.list({})));
    } catch (e) {
      setError(errorText(t, e));
    }
  }, [t]);

  useEffect(() => {
    mounted.current = true;
    void load();
    // Leaving the tab does not stop a backup: it goes on, and the list shows it when it is done.
    return () => {
      mounted.current = false;
    };
  }, [load]);

  // The host's file dialog (Electron) answers with an event carrying the chosen path.
  useEffect(
    () =>
      onEvent((event) => {
        if (event.type !== 'backup.fileChosen' || event.jobId !== chooseId.current) return;
        chooseId.current = null;
        setPath(event.path);
        setTarget({ source: { path: event.path } });
      }),
    [],
  );

  const chooseFile = async () => {
    try {
      chooseId.current = (await unwrap(kbz().backups.chooseFile({}))).jobId;
    } catch (e) {
      setError(errorText(t, e));
    }
  };

  const makeNow = async () => {
    setError(null);
    setMaking({ fraction: 0, phase: 'copying' });
    const controller = new AbortController();
    abort.current = controller;
    const result = await runJob(() => kbz().backups.make({}), (fraction, phase) => setMaking({ fraction, phase: phase ?? 'copying' }), controller.signal);
    abort.current = null;
    if (!mounted.current) return;
    setMaking(null);
    if (controller.signal.aborted) setError(t('errors.backupStopped'));
    else if (result.ok) notifySaved(t('backups.made'));
    else setError(messageText(t, result.error));
    await load();
  };

  const backups = overview?.backups ?? [];
  return (
    <section className="panel form-section backup-settings" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('backups.title')}</h2>
      <p>{t('backups.explain')}</p>
      <Stack gap="sm">
        <Group gap="lg" align="flex-end">
          <Button leftSection={<IconDatabaseExport size={16} aria-hidden="true" />} onClick={() => void makeNow()} loading={making !== null} disabled={making !== null}>
            {t('backups.makeNow')}
          </Button>
          <Text size="sm">
            <Text span c="dimmed" size="sm">{t('backups.lastAutomatic')}</Text>{' '}
            {overview?.lastAutomatic ? <time dateTime={overview.lastAutomatic.createdAt}>{formatInstantNl(overview.lastAutomatic.createdAt)}</time> : t('backups.noAutomatic')}
          </Text>
        </Group>
        <div aria-live="polite">
          {making && (
            <Stack gap={4} style={{ maxWidth: 420 }} className="backup-progress">
              <Text size="sm">{t(`backups.phase.${making.phase}`)} — {Math.round(making.fraction * 100)}%</Text>
              <Group gap="sm" wrap="nowrap">
                <Progress aria-label={t('backups.progressLabel')} value={Math.round(making.fraction * 100)} animated style={{ flex: 1 }} />
                <Button size="xs" variant="default" onClick={() => abort.current?.abort()}>{t('backups.stop')}</Button>
              </Group>
            </Stack>
          )}
          {!making && overview?.runningJobId && <Text size="sm">{t('backups.running')}</Text>}
          {error && <ErrorAlert>{error}</ErrorAlert>}
          {overview?.lastFailure && !making && !error && (
            <Alert color="orange" variant="light">{t('backups.lastFailed', { at: formatInstantNl(overview.lastFailure) })}</Alert>
          )}
        </div>
        <h3>{t('backups.listTitle')}</h3>
        {overview && backups.length === 0 ? (
          <div className="empty-state"><p>{t('backups.empty')}</p></div>
        ) : (
          <table className="data-table backup-table">
            <thead>
              <tr>
                <th scope="col">{t('backups.col.date')}</th>
                <th scope="col" className="num">{t('backups.col.size')}</th>
                <th scope="col">{t('backups.col.kind')}</th>
                <th scope="col">{t('backups.col.verified')}</th>
                {mayRestore && <th scope="col"><span className="sr-only">{t('backups.col.actions')}</span></th>}
              </tr>
            </thead>
            <tbody>
              {backups.map((b) => (
                <tr key={b.fileName}>
                  <td><time dateTime={b.createdAt}>{formatInstantNl(b.createdAt)}</time></td>
                  <td className="num">{sizeText(t, b.sizeBytes)}</td>
                  <td>{b.automatic ? t('backups.automatic') : t('backups.manual')}</td>
                  <td>{b.verified ? t('backups.verifiedYes') : t('backups.verifiedNo')}</td>
                  {mayRestore && (
                    <td>
                      <Button size="xs" variant="subtle" leftSection={<IconRestore size={14} aria-hidden="true" />} onClick={() => setTarget({ source: { fileName: b.fileName } })}
                        aria-label={`${t('backups.restore')} ${formatInstantNl(b.createdAt)}`}>
                        {t('backups.restore')}
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {overview && (
          <Text size="sm">
            <Text span c="dimmed" size="sm">{t('backups.folder')}</Text> <code>{overview.folder}</code>
          </Text>
        )}
        {mayRestore && (
          <form
            className="backup-from-file"
            onSubmit={(e) => {
              e.preventDefault();
              if (path.trim()) setTarget({ source: { path: path.trim() } });
            }}
          >
            <h3>{t('backups.restoreFromFile')}</h3>
            <Group align="flex-end">
              <TextInput label={t('backups.pathLabel')} description={t('backups.restoreFromFileHint')} value={path} onChange={(e) => setPath(e.currentTarget.value)} style={{ width: 480 }} />
              <Button type="submit" variant="default" disabled={!path.trim()}>{t('backups.open')}</Button>
              {overview?.canChooseFile && (
                <Button variant="default" onClick={() => void chooseFile()}>{t('backups.chooseFile')}</Button>
              )}
            </Group>
          </form>
        )}
      </Stack>
      {target && <RestoreDialog target={target} onClose={() => setTarget(null)} />}
    </section>
  );
}
