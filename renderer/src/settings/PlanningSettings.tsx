// Instellingen → Planning: the practice's rooms, a drie-gesprek's default length, whether the patient's own
// GP is required by default, and the practice's hours Monday to Friday (the week view shows those).
import { Button, Checkbox, Group, NumberInput, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanningSettings as Settings } from '../../../contract/schemas/meetings';
import { kbz, unwrap } from '../api/api';
import { ErrorAlert } from '../components/ErrorAlert';
import { notifySaved } from '../components/notify';
import { errorText, messageText } from '../errors/messages';
import { useCan } from '../session/useCan';

export function PlanningSettings() {
  const { t } = useTranslation();
  const canEdit = useCan('planning.update');
  const [values, setValues] = useState<Settings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    void unwrap(kbz().planning.get({}))
      .then(setValues)
      .catch((e: unknown) => setProblem(errorText(t, e)));
  }, [t]);
  if (!values) return problem ? <ErrorAlert>{problem}</ErrorAlert> : null;
  const set = (patch: Partial<Settings>) => setValues({ ...values, ...patch });
  const save = async () => {
    setProblem(null);
    setFieldErrors({});
    const r = await kbz().planning.update(values);
    if (!r.ok) {
      setProblem(messageText(t, r.error));
      setFieldErrors(Object.fromEntries(Object.entries(r.error.fields ?? {}).map(([k, m]) => [k, messageText(t, m)])));
      return;
    }
    setValues(r.value);
    notifySaved(t('planning.settings.saved'));
  };
  return (
    <form className="panel form-section settings-form" onSubmit={(e) => { e.preventDefault(); if (canEdit) void save(); }} noValidate>
      {problem && <ErrorAlert>{problem}</ErrorAlert>}
      {!canEdit && <p className="read-only-note">{t('planning.settings.readOnly')}</p>}
      <fieldset className="plain-fieldset">
        <legend className="section-title">{t('planning.settings.rooms')}</legend>
        <p className="dimmed">{t('planning.settings.roomsHint')}</p>
        {values.rooms.map((room, i) => (
          <Group key={room.id || `new-${i}`} gap="xs" mb={6} align="end">
            <TextInput
              label={t('planning.settings.roomName', { n: i + 1 })}
              value={room.name}
              maxLength={60}
              readOnly={!canEdit}
              error={fieldErrors[`rooms.${i}.name`]}
              onChange={(e) => set({ rooms: values.rooms.map((r, j) => (j === i ? { ...r, name: e.currentTarget.value } : r)) })}
            />
            {canEdit && (
              <Button variant="subtle" color="red" aria-label={t('planning.settings.removeRoom', { name: room.name || i + 1 })}
                onClick={() => set({ rooms: values.rooms.filter((_, j) => j !== i) })}>
                <IconTrash size={16} aria-hidden="true" />
              </Button>
            )}
          </Group>
        ))}
        {fieldErrors.rooms && <span className="field-error">{fieldErrors.rooms}</span>}
        {canEdit && (
          <Button size="sm" variant="default" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => set({ rooms: [...values.rooms, { id: '', name: '' }] })}>
            {t('planning.settings.addRoom')}
          </Button>
        )}
      </fieldset>
      <div className="form-grid" style={{ marginTop: 16 }}>
        <NumberInput className="span-4" label={t('planning.settings.duration')} description={t('planning.settings.durationHint')} min={5} max={240} step={5}
          value={values.defaultDurationMinutes} readOnly={!canEdit} error={fieldErrors.defaultDurationMinutes}
          onChange={(v) => set({ defaultDurationMinutes: typeof v === 'number' ? v : Number(v) || 0 })} />
        <TextInput className="span-4" label={t('planning.settings.openFrom')} description={t('planning.settings.hoursHint')} maxLength={5} value={values.openFrom}
          readOnly={!canEdit} error={fieldErrors.openFrom} onChange={(e) => set({ openFrom: e.currentTarget.value })} />
        <TextInput className="span-4" label={t('planning.settings.openTo')} maxLength={5} value={values.openTo}
          readOnly={!canEdit} error={fieldErrors.openTo} onChange={(e) => set({ openTo: e.currentTarget.value })} />
        <Checkbox className="span-12" label={t('planning.settings.ownGpRequired')} description={t('planning.settings.ownGpRequiredHint')}
          checked={values.ownGpRequired} disabled={!canEdit} onChange={(e) => set({ ownGpRequired: e.currentTarget.checked })} />
      </div>
      {canEdit && (
        <div className="form-actions">
          <Button type="submit">{t('form.save')}</Button>
        </div>
      )}
    </form>
  );
}
