// Restoring a backup: what it holds (date, app version, counts; from its manifest and by opening it),
// the recovery key when it comes from another computer, then a typed word before the data is replaced.
// After the restore everyone signs in again: the page reloads to the sign-in screen.
import { Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInspection } from '../../../../contract/schemas/backups';
import { formatInstantNl } from '../../../../contract/schemas/dates';
import { ApiError, kbz, unwrap } from '../../api/api';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { errorText } from '../../errors/messages';
import { sizeText } from './backupFormat';

export interface RestoreTarget {
  source: { fileName: string } | { path: string };
}

const SHOWN = ['patients', 'intakes', 'meetings', 'staff', 'partner_organisations', 'access_log'] as const;

export function RestoreDialog({ target, onClose }: { target: RestoreTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const [inspection, setInspection] = useState<BackupInspection | null>(null);
  const [code, setCode] = useState('');
  const [usedCode, setUsedCode] = useState<string | undefined>(undefined);
  const [word, setWord] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [restored, setRestored] = useState<string | null>(null);

  const inspect = async (recoveryCode: string | undefined) => {
    setBusy(true);
    setError(null);
    setCodeError(null);
    try {
      setInspection(await unwrap(kbz().backups.inspect({ source: target.source, ...(recoveryCode ? { recoveryCode } : {}) })));
      setUsedCode(recoveryCode);
    } catch (e) {
      if (e instanceof ApiError && e.error.fields?.recoveryCode) setCodeError(errorText(t, e));
      else setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    void inspect(undefined);
    // Once per chosen backup.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const confirmWord = t('backups.confirmWord');
  const canRestore = inspection !== null && !inspection.needsRecoveryCode && inspection.readable === true && !inspection.tooNew && word.trim().toUpperCase() === confirmWord;

  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      const done = await unwrap(kbz().backups.restore({ source: target.source, ...(usedCode ? { recoveryCode: usedCode } : {}), confirmed: true }));
      setRestored(done.keptAside);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog opened onClose={restored ? () => window.location.reload() : onClose} title={t('backups.restoreTitle')} size="lg">
      <Stack gap="sm" aria-live="polite">
        {error && <ErrorAlert>{error}</ErrorAlert>}
        {restored ? (
          <>
            <Alert color="green" variant="light">{t('backups.restored', { name: restored })}</Alert>
            <Group justify="flex-end">
              <Button onClick={() => window.location.reload()}>{t('session.signIn')}</Button>
            </Group>
          </>
        ) : (
          inspection && (
            <>
              <h3 className="restore-holds">{t('backups.holds')}</h3>
              <Table className="data-table restore-summary" withRowBorders={false}>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th scope="row">{t('backups.madeAt')}</Table.Th>
                    <Table.Td><time dateTime={inspection.createdAt}>{formatInstantNl(inspection.createdAt)}</time></Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row">{t('backups.appVersion')}</Table.Th>
                    <Table.Td>{inspection.appVersion ?? t('backups.unknown')}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th scope="row">{t('backups.col.size')}</Table.Th>
                    <Table.Td>{sizeText(t, inspection.sizeBytes)}</Table.Td>
                  </Table.Tr>
                  {SHOWN.filter((k) => inspection.counts[k] !== undefined).map((k) => (
                    <Table.Tr key={k}>
                      <Table.Th scope="row">{t(`backups.count.${k}`)}</Table.Th>
                      <Table.Td className="num">{inspection.counts[k]!.toLocaleString('nl-NL')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {inspection.needsRecoveryCode && (
                <form
                  onSubmit={(e) => {
                    e.preventDefault();
                    void inspect(code);
                  }}
                >
                  <Text size="sm" mb="xs">{t('backups.otherComputer')}</Text>
                  <Group align="flex-end">
                    <TextInput
                      label={t('backups.recoveryCode')}
                      description={t('backups.recoveryCodeHint')}
                      value={code}
                      onChange={(e) => setCode(e.currentTarget.value)}
                      error={codeError}
                      autoComplete="off"
                      spellCheck={false}
                      style={{ width: 380 }}
                    />
                    <Button type="submit" variant="default" loading={busy}>{t('backups.check')}</Button>
                  </Group>
                </form>
              )}
              {inspection.readable === false && <Alert color="red" variant="light" role="alert">{t('backups.unreadable')}</Alert>}
              {inspection.tooNew && <Alert color="red" variant="light" role="alert">{t('backups.tooNew')}</Alert>}
              {!inspection.needsRecoveryCode && inspection.readable && !inspection.tooNew && (
                <>
                  <Alert color="orange" variant="light">{t('backups.restoreWarning')}</Alert>
                  <TextInput label={t('backups.confirmWordLabel', { word: confirmWord })} value={word} onChange={(e) => setWord(e.currentTarget.value)} autoComplete="off" style={{ width: 240 }} />
                </>
              )}
              <Group justify="flex-end">
                <Button variant="default" onClick={onClose}>{t('backups.cancel')}</Button>
                <Button color="red" disabled={!canRestore} loading={busy} onClick={() => void restore()}>{t('backups.confirmRestore')}</Button>
              </Group>
            </>
          )
        )}
      </Stack>
    </Dialog>
  );
}
