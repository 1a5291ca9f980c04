// The import's steps: read the file, check it (with progress), let the mapping change, commit, report.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMapping, ImportPreview, ImportReport } from '../../../contract/schemas/import';
import { kbz } from '../api/api';
import { useStaff } from '../app/staffStore';
import { messageText } from '../errors/messages';
import { readFileAsBase64 } from './readFile';

export type ImportStage = 'idle' | 'reading' | 'checking' | 'saving';
const POLL_MS = 80;

export function useImport() {
  const { t } = useTranslation();
  const refreshStaff = useStaff((s) => s.refresh);
  const [stage, setStage] = useState<ImportStage>('idle');
  const [progress, setProgress] = useState(0);
  const [fileName, setFileName] = useState<string | null>(null);
  const [content, setContent] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

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
      setContent(base64);
      await check(base64, null);
    } catch {
      setStage('idle');
      setError(t('errors.fileUnreadable'));
    }
  };

  const recheck = () => content && void check(content, mapping);

  const commit = async (options: { onExisting: 'update' | 'skip'; skipInvalidRows: boolean; acceptRowsBeforeUnclosedQuote: boolean }) => {
    if (!content || !mapping) return;
    setStage('saving');
    const r = await kbz().import.commit({ contentBase64: content, mapping, ...options });
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

  const restart = () => {
    setReport(null);
    setPreview(null);
    setFileName(null);
    setError(null);
  };

  return { stage, progress, fileName, preview, mapping, setMapping, report, error, chooseFile, recheck, commit, restart };
}
