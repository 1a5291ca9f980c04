// How long a workstation may stand unused before its screen locks: the practice's setting, changed by
// the praktijkmanager or a beheerder; everyone else reads it.
import { Button, NumberInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCK_MINUTES_MAX, LOCK_MINUTES_MIN, lockMinutesSchema } from '../../../../contract/schemas/session';
import { kbz } from '../../api/api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notifySaved } from '../../components/notify';
import { messageText } from '../../errors/messages';
import { useSession } from '../../session/sessionStore';
import { useCan } from '../../session/useCan';

export function LockMinutesSettings() {
  const { t } = useTranslation();
  const current = useSession((s) => s.lockAfterMinutes);
  const setLockMinutes = useSession((s) => s.setLockMinutes);
  const canSet = useCan('session.setLockMinutes');
  const [value, setValue] = useState<number | string>(current);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setProblem(null);
    const parsed = lockMinutesSchema.safeParse(typeof value === 'number' ? value : Number.NaN);
    if (!parsed.success) return setFieldError(t('validation.lockMinutes'));
    setFieldError(null);
    setBusy(true);
    const r = await kbz().session.setLockMinutes({ minutes: parsed.data });
    setBusy(false);
    if (!r.ok) return setProblem(messageText(t, r.error));
    setLockMinutes(r.value.lockAfterMinutes);
    setValue(r.value.lockAfterMinutes);
    notifySaved(t('security.lock.saved', { count: r.value.lockAfterMinutes }));
  };

  return (
    <section className="panel form-section security-section no-print" aria-labelledby="lock-title">
      <h2 id="lock-title">{t('security.lock.title')}</h2>
      {!canSet ? (
        <p className="section-text">{t('security.lock.readOnly', { count: current })}</p>
      ) : (
        <form onSubmit={(e) => void save(e)} noValidate>
          <p className="section-text">{t('security.lock.explain')}</p>
          {problem && <ErrorAlert>{problem}</ErrorAlert>}
          <div className="lock-minutes-row">
            <NumberInput
              className="lock-minutes-input"
              label={t('security.lock.label')}
              description={t('security.lock.hint', { min: LOCK_MINUTES_MIN, max: LOCK_MINUTES_MAX })}
              value={value}
              onChange={(v) => {
                setValue(v);
                setFieldError(null);
              }}
              suffix={` ${t('security.lock.unit', { count: value === 1 ? 1 : 2 })}`}
              min={LOCK_MINUTES_MIN}
              max={LOCK_MINUTES_MAX}
              allowDecimal={false}
              allowNegative={false}
              clampBehavior="none"
              error={fieldError}
            />
            <Button type="submit" loading={busy} disabled={value === current}>{t('form.save')}</Button>
          </div>
        </form>
      )}
    </section>
  );
}
