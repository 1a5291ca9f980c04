// Archiving asks for a reason: a patient is never deleted.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Patient } from '../../../contract/schemas/patient';
import { kbz } from '../api/api';
import { messageText } from '../errors/messages';
import { Modal } from '../components/Modal';

export function ArchiveDialog({ id, onDone, onClose }: { id: string; onDone: (p: Patient) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const r = await kbz().patients.archive({ id, reason });
    if (r.ok) onDone(r.value);
    else setError(messageText(t, r.error.fields?.reason ?? r.error));
  };
  return (
    <Modal title={t('patient.archiveTitle')} onClose={onClose}>
      <form method="dialog" onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <p>{t('patient.archiveExplain')}</p>
        <label htmlFor="archive-reason">{t('patient.archiveReason')}</label>
        <input id="archive-reason" type="text" value={reason} autoFocus aria-invalid={Boolean(error)}
          aria-describedby={error ? 'archive-error' : undefined} onChange={(e) => setReason(e.target.value)} />
        {error && <p id="archive-error" className="field-error" role="alert">{error}</p>}
        <div className="actions">
          <button type="submit" className="danger">{t('patient.archiveConfirm')}</button>
          <button type="button" onClick={onClose}>{t('patient.cancel')}</button>
        </div>
      </form>
    </Modal>
  );
}
