// The import's steps: read the file, check it (with progress), let the mapping change, commit, report.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../contract/result';
import type { ImportMapping, ImportPreview, ImportPreviewStarted, ImportReport } from '../../../contract/schemas/import';
import { kbz } from '../api/api';
import { runJob } from '../api/jobs';
import { useStaff } from '../app/staffStore';
import { messageText } from '../errors/messages';
import { readFileAsBase64 } from './readFile';

export type ImportStage = 'idle' | 'reading' | 'checking' | 'saving';

export function useImport() {
  const { t } = useTranslation();
  const refreshStaff = useStaff((s) => s.refresh);
  const [stage, setStage] = useState<ImportStage>('idle');
  const [progress, setProgress] = useState(0);
  const [fileName, setFileName] = useState<string | null>(null);
  /** The check's job in the handler process: it keeps the file, so the commit and a recheck name it. */
  const [jobId, setJobId] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  const checking = useRef<AbortController | null>(null);
  // Leaving the screen stops a check that is still running.
  useEffect(() => () => checking.current?.abort(), []);

  /** Progress is pushed by the check's job; once it is done the preview is fetched once. */
  const check = async (start: () => Promise<Result<ImportPreviewStarted>>) => {
    checking.current?.abort();
    const controller = new AbortController();
    checking.current = controller;
    setStage('checking');
    setProgress(0);
    const run = await runJob(start, setProgress, controller.signal);
    const status = run.ok ? await kbz().import.previewStatus({ jobId: run.value.jobId }) : run;
    if (controller.signal.aborted) return;
    const result = status.ok ? status.value.preview : null;
    setStage('idle');
    setError(status.ok ? null : messageText(t, status.error));
    setPreview(result);
    if (run.ok) setJobId(run.value.jobId);
    if (result) setMapping(result.mapping);
  };

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    setReport(null);
    setPreview(null);
    setError(null);
    setFileName(file.name);
    setStage('reading');
    setProgress(0);
    try {
      const base64 = await readFileAsBase64(file, setProgress);
      await check(() => kbz().import.preview({ contentBase64: base64, mapping: null }));
    } catch {
      setStage('idle');
      setError(t('errors.fileUnreadable'));
    }
  };

  const recheck = () => jobId && mapping && void check(() => kbz().import.recheck({ jobId, mapping }));

  const commit = async (options: { onExisting: 'update' | 'skip'; skipInvalidRows: boolean; acceptRowsBeforeUnclosedQuote: boolean }) => {
    if (!jobId || !mapping) return;
    setStage('saving');
    const r = await kbz().import.commit({ jobId, mapping, ...options });
    setStage('idle');
    if (!r.ok) {
      setError(messageText(t, r.error));
      return;
    }
    setReport(r.value);
    setPreview(null);
    setJobId(null);
    void refreshStaff();
  };

  const restart = () => {
    setReport(null);
    setPreview(null);
    setFileName(null);
    setError(null);
  };

  return { stage, progress, fileName, preview, mapping, setMapping, report, error, chooseFile, recheck, commit, restart };
}
