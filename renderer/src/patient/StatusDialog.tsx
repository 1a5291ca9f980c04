// Moving a patient to another KBZ status, with an optional note for the history.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KBZ_STATUSES, type KbzStatus, type Patient } from '../../../contract/schemas/patient';
import { kbz } from '../api/api';
import { messageText } from '../errors/messages';
import { Modal } from '../components/Modal';

export function StatusDialog({ patient, onDone, onClose }: { patient: Patient; onDone: (p: Patient) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<KbzStatus>(patient.status);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const r = await kbz().patients.setStatus({ id: patient.id, status, note });
    if (r.ok) onDone(r.value);
    else setError(messageText(t, r.error));
  };
  return (
    <Modal title={t('patient.statusTitle')} onClose={onClose}>
      <form onSubmit={(e) => { e.preventDefault(); void submit(); }}>
        <label htmlFor="status-new">{t('patient.newStatus')}</label>
        <select id="status-new" value={status} autoFocus onChange={(e) => setStatus(e.target.value as KbzStatus)}>
          {KBZ_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </select>
        <label htmlFor="status-note">{t('patient.statusNote')}</label>
        <textarea id="status-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        {error && <p className="field-error" role="alert">{error}</p>}
        <div className="actions">
          <button type="submit" className="primary">{t('patient.statusConfirm')}</button>
          <button type="button" onClick={onClose}>{t('patient.cancel')}</button>
        </div>
      </form>
    </Modal>
  );
}
