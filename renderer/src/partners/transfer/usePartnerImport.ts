// The sociale kaart import's steps: read the chosen file, show main's preview, import it, show the report.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../contract/result';
import { MAX_PARTNER_CSV_BYTES, type PartnerImportPreview, type PartnerImportReport } from '../../../../contract/schemas/partner-transfer';
import { kbz } from '../../api/api';
import { messageText } from '../../errors/messages';
import { readFileAsBase64 } from '../../import/readFile';

export type PartnerImportStage = 'idle' | 'checking' | 'saving';

export function usePartnerImport(onImported: () => void) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<PartnerImportStage>('idle');
  const [fileName, setFileName] = useState<string | null>(null);
  const [content, setContent] = useState<string | null>(null);
  const [preview, setPreview] = useState<PartnerImportPreview | null>(null);
  const [report, setReport] = useState<PartnerImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  /** A refused file's own reason (too large) before the general "invoer is niet goed". */
  const failure = (e: AppError) => setError(messageText(t, e.fields?.contentBase64 ?? e));

  const reset = () => {
    setStage('idle');
    setFileName(null);
    setContent(null);
    setPreview(null);
    setReport(null);
    setError(null);
  };

  const chooseFile = async (file: File | null) => {
    if (!file) return;
    reset();
    setFileName(file.name);
    if (file.size > MAX_PARTNER_CSV_BYTES) {
      setError(t('validation.fileOver2Mb'));
      return;
    }
    setStage('checking');
    try {
      const base64 = await readFileAsBase64(file, () => {});
      const r = await kbz().partners.importPreview({ contentBase64: base64 });
      if (r.ok) {
        setContent(base64);
        setPreview(r.value);
      } else failure(r.error);
    } catch {
      setError(t('errors.fileUnreadable'));
    } finally {
      setStage('idle');
    }
  };

  const commit = async () => {
    if (!content) return;
    setStage('saving');
    const r = await kbz().partners.importCommit({ contentBase64: content });
    setStage('idle');
    if (!r.ok) return failure(r.error);
    setReport(r.value);
    setPreview(null);
    setContent(null);
    onImported();
  };

  const canCommit = stage === 'idle' && preview !== null && preview.errors.length === 0 && report === null;
  return { stage, fileName, preview, report, error, canCommit, chooseFile, commit, reset };
}
