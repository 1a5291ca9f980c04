// Import from a GP-system export: choose a file, check the preview, commit all rows at once, see the report.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMapping, ImportPreview, ImportReport } from '../../../contract/schemas/import';
import { kbz } from '../api/api';
import { messageText } from '../errors/messages';
import { useNavigation } from '../app/navigation';
import { useStaff } from '../app/staffStore';
import { MappingEditor } from './MappingEditor';
import { PreviewTable } from './PreviewTable';
import { readFileAsBase64 } from './readFile';

type Stage = 'idle' | 'reading' | 'checking' | 'saving';
const POLL_MS = 80;

export function ImportScreen() {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const refreshStaff = useStaff((s) => s.refresh);
  const [stage, setStage] = useState<Stage>('idle');
  const [progress, setProgress] = useState(0);
  const [content, setContent] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [onExisting, setOnExisting] = useState<'update' | 'skip'>('update');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const check = async (base64: string, m: ImportMapping | null) => {
    setStage('checking');
    setProgress(0);
    const started = await kbz().import.preview({ contentBase64: base64, mapping: m });
    let result: ImportPreview | null = null;
    let failure = started.ok ? null : messageText(t, started.error);
    while (started.ok && !result && !failure) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const status = await kbz().import.previewStatus({ jobId: started.value.jobId });
      if (!status.ok) failure = messageText(t, status.error);
      else {
        setProgress(status.value.totalRows ? status.value.checkedRows / status.value.totalRows : 1);
        result = status.value.preview;
      }
    }
    setStage('idle');
    setError(failure);
    setPreview(result);
    if (result) setMapping(result.mapping);
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setReport(null);
    setPreview(null);
    setError(null);
    setStage('reading');
    setProgress(0);
    try {
      const base64 = await readFileAsBase64(file, setProgress);
      setContent(base64);
      await check(base64, null);
    } catch {
      setStage('idle');
      setError(t('errors.fileUnreadable'));
    }
  };

  const commit = async () => {
    if (!content || !mapping) return;
    setStage('saving');
    const r = await kbz().import.commit({ contentBase64: content, mapping, onExisting, skipInvalidRows: skipInvalid });
    setStage('idle');
    if (!r.ok) {
      setError(messageText(t, r.error));
      return;
    }
    setReport(r.value);
    setPreview(null);
    setContent(null);
    void refreshStaff();
  };

  const busy = stage !== 'idle';
  const delimiterName = (d: string) => (d === '\t' ? t('import.delimiterTab') : d);
  return (
    <section aria-labelledby="import-title" className="import">
      <h1 id="import-title">{t('import.title')}</h1>
      <p>{t('import.explain')}</p>
      <label htmlFor="import-file" className="file-label">{t('import.chooseFile')}</label>
      <input id="import-file" ref={fileRef} type="file" accept=".csv,.txt,text/csv" disabled={busy}
        onChange={(e) => void onFile(e.target.files?.[0])} />
      {busy && (
        <div className="progress" role="status">
          <span>{t(`import.${stage}`)}</span>
          {/* Saving is one transaction (all rows or none): its bar has no steps to show. */}
          <progress aria-label={t('import.progress')} max={1} {...(stage !== 'saving' ? { value: progress } : {})} />
        </div>
      )}
      {error && <p className="error" role="alert">{error}</p>}
      {preview && mapping && (
        <>
          <p>{t('import.fileInfo', { rows: preview.totalRows, encoding: preview.encoding, delimiter: delimiterName(preview.delimiter) })}</p>
          <p className="counts" role="status">{t('import.counts', preview.counts)}</p>
          {preview.newGpNames.length > 0 && <p>{t('import.newGps', { names: preview.newGpNames.join(', ') })}</p>}
          <MappingEditor headers={preview.headers} mapping={mapping} onChange={setMapping} />
          <button type="button" disabled={busy} onClick={() => content && void check(content, mapping)}>{t('import.recheck')}</button>
          <fieldset>
            <legend>{t('import.existing')}</legend>
            <label className="inline"><input type="radio" name="existing" checked={onExisting === 'update'} onChange={() => setOnExisting('update')} />{t('import.existingUpdate')}</label>
            <label className="inline"><input type="radio" name="existing" checked={onExisting === 'skip'} onChange={() => setOnExisting('skip')} />{t('import.existingSkip')}</label>
          </fieldset>
          {preview.counts.error > 0 && (
            <label className="inline"><input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />{t('import.skipInvalid')}</label>
          )}
          <div className="actions">
            <button type="button" className="primary" disabled={busy || (preview.counts.error > 0 && !skipInvalid)} onClick={() => void commit()}>
              {t('import.commit')}
            </button>
          </div>
          <h2>{t('import.preview')}</h2>
          <PreviewTable rows={preview.rows} />
        </>
      )}
      {report && (
        <div className="report" role="status">
          <h2>{t('import.reportTitle')}</h2>
          <p>{t('import.report', { ...report })}</p>
          {report.errorLines.length > 0 && <p>{t('import.errorLines', { lines: report.errorLines.join(', ') })}</p>}
          <div className="actions">
            <button type="button" className="primary" onClick={() => go({ name: 'roster' })}>{t('import.toRoster')}</button>
            <button type="button" onClick={() => { setReport(null); fileRef.current?.click(); }}>{t('import.again')}</button>
          </div>
        </div>
      )}
    </section>
  );
}
