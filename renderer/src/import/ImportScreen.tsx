// Import from a GP-system export: choose a file, check the preview, commit all rows at once, see the report.
import { Accordion, Alert, Button, Checkbox, Progress, Radio, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../app/navigation';
import { BackButton } from '../components/BackButton';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { FileChooser } from './FileChooser';
import { MappingEditor } from './MappingEditor';
import { PreviewTable } from './PreviewTable';
import { useImport } from './useImport';

export function ImportScreen() {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const job = useImport();
  const [onExisting, setOnExisting] = useState<'update' | 'skip'>('update');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [acceptBeforeQuote, setAcceptBeforeQuote] = useState(false);
  const { preview, mapping, stage } = job;
  const busy = stage !== 'idle';
  const delimiterName = (d: string) => (d === '\t' ? t('import.delimiterTab') : d);
  const blockedByErrors = preview !== null && preview.counts.error > 0 && !skipInvalid;
  const blockedByQuote = preview !== null && preview.unclosedQuoteLine !== null && !acceptBeforeQuote;
  // Why "Importeren" cannot be pressed yet, and what to do about it (an unticked choice, or nothing to import).
  const reasons = preview === null ? [] : [
    ...(blockedByErrors ? [t('import.blockedByErrors', { count: preview.counts.error })] : []),
    ...(blockedByQuote ? [t('import.blocker.unclosedQuote', { line: preview.unclosedQuoteLine })] : []),
    ...(preview.blockers.includes('nothingToImport') ? [t('import.blocker.nothingToImport')] : []),
  ];

  return (
    <div className="page">
      <PageHeader
        back={<BackButton label={t('patient.back')} onClick={() => go({ name: 'roster' })} />}
        title={t('import.title')}
        context={t('import.explain')}
      />
      <section className="panel panel-pad" aria-labelledby="import-file-title">
        <h2 id="import-file-title" className="section-title">{t('import.fileStep')}</h2>
        <FileChooser fileName={job.fileName} disabled={busy} onFile={(f) => void job.chooseFile(f)} />
        {busy && (
          <div className="progress-row" role="status">
            <span>{t(`import.${stage}`)}</span>
            {/* Saving is one transaction (all rows or none): its bar has no steps to show. */}
            <Progress aria-label={t('import.progress')} value={stage === 'saving' ? 100 : Math.round(job.progress * 100)} animated={stage === 'saving'} style={{ width: 320 }} />
          </div>
        )}
      </section>
      {job.error && <ErrorAlert>{job.error}</ErrorAlert>}
      {preview && mapping && (
        <>
          <section className="panel panel-pad" aria-labelledby="import-check-title">
            <h2 id="import-check-title" className="section-title">{t('import.checkStep')}</h2>
            <p className="dimmed" style={{ margin: '0 0 8px' }}>
              {t('import.fileInfo', { rows: preview.totalRows, encoding: preview.encoding, delimiter: delimiterName(preview.delimiter) })}
            </p>
            <div className="import-summary counts" role="status">
              <span className="sr-only counts-text">{t('import.counts', preview.counts)}</span>
              <span className="stat" aria-hidden="true"><span className="n">{preview.counts.new}</span><span className="l">{t('import.statNew')}</span></span>
              <span className="stat" aria-hidden="true"><span className="n">{preview.counts.existing}</span><span className="l">{t('import.statExisting')}</span></span>
              <span className="stat error" aria-hidden="true"><span className="n">{preview.counts.error}</span><span className="l">{t('import.statError')}</span></span>
              <span className="stat warn" aria-hidden="true"><span className="n">{preview.counts.warnings}</span><span className="l">{t('import.statWarnings')}</span></span>
            </div>
            {preview.newGpNames.length > 0 && (
              <Alert color="kbz" variant="light" mt="md">{t('import.newGps', { names: preview.newGpNames.join(', ') })}</Alert>
            )}
            <Accordion variant="separated" mt="md" chevronPosition="left">
              <Accordion.Item value="mapping">
                <Accordion.Control>{t('import.mapping')}</Accordion.Control>
                <Accordion.Panel>
                  <MappingEditor headers={preview.headers} mapping={mapping} onChange={job.setMapping} />
                  <Button variant="default" mt="md" disabled={busy} onClick={job.recheck}>{t('import.recheck')}</Button>
                </Accordion.Panel>
              </Accordion.Item>
            </Accordion>
          </section>
          <section className="panel panel-pad" aria-labelledby="import-commit-title">
            <h2 id="import-commit-title" className="section-title">{t('import.commitStep')}</h2>
            <Stack gap="md">
              <Radio.Group label={t('import.existing')} value={onExisting} onChange={(v) => setOnExisting(v === 'skip' ? 'skip' : 'update')}>
                <Stack gap={6} mt={6}>
                  <Radio value="update" label={t('import.existingUpdate')} />
                  <Radio value="skip" label={t('import.existingSkip')} />
                </Stack>
              </Radio.Group>
              {preview.counts.error > 0 && (
                <Checkbox checked={skipInvalid} onChange={(e) => setSkipInvalid(e.currentTarget.checked)} label={t('import.skipInvalid', { count: preview.counts.error })} />
              )}
              {preview.unclosedQuoteLine !== null && (
                <>
                  <Checkbox checked={acceptBeforeQuote} onChange={(e) => setAcceptBeforeQuote(e.currentTarget.checked)}
                    label={t('import.acceptRowsBeforeUnclosedQuote', { line: preview.unclosedQuoteLine })} />
                </>
              )}
              <div className="commit-row">
                {reasons.length > 0 && (
                  <span className="commit-reason" id="commit-reason">{reasons.join(' ')}</span>
                )}
                <Button disabled={busy || reasons.length > 0} aria-describedby={reasons.length > 0 ? 'commit-reason' : undefined}
                  onClick={() => void job.commit({ onExisting, skipInvalidRows: skipInvalid, acceptRowsBeforeUnclosedQuote: acceptBeforeQuote })}>
                  {t('import.commit')}
                </Button>
              </div>
            </Stack>
          </section>
          <section aria-labelledby="import-preview-title">
            <h2 id="import-preview-title" className="section-title">{t('import.preview')}</h2>
            <PreviewTable rows={preview.rows} />
          </section>
        </>
      )}
      {job.report && (
        <Alert className="report" color="green" variant="light" role="status" title={t('import.reportTitle')} icon={<IconCircleCheck size={18} aria-hidden="true" />}>
          <p style={{ margin: 0 }}>{t('import.report', { ...job.report })}</p>
          {job.report.errorLines.length > 0 && <p style={{ margin: '4px 0 0' }}>{t('import.errorLines', { lines: job.report.errorLines.join(', ') })}</p>}
          <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
            <Button onClick={() => go({ name: 'roster' })}>{t('import.toRoster')}</Button>
            <Button variant="default" onClick={job.restart}>{t('import.again')}</Button>
          </div>
        </Alert>
      )}
    </div>
  );
}
