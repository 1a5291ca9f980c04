// The joint plan: goals, and actions with who does them, by when, and how far they are.
import { ActionIcon, Button, NativeSelect, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionOwner, type IntakeContent } from '../../../contract/schemas/intake';
import { useStaff } from '../app/staffStore';
import { IsoDateField } from '../components/DateField';
import { FormNativeSelect } from '../components/FormNativeSelect';
import { useFieldError } from '../components/useFieldError';
import { newItemId } from './newId';
import { staffLabel } from './staffLabel';

function ownerValue(o: ActionOwner): string {
  return o.kind === 'staff' ? `staff:${o.staffId}` : o.kind;
}

function ownerFrom(value: string, previous: ActionOwner): ActionOwner {
  if (value.startsWith('staff:')) return { kind: 'staff', staffId: value.slice(6) };
  if (value === 'partner') return { kind: 'partner', name: previous.kind === 'partner' ? previous.name : '' };
  return value === 'patient' ? { kind: 'patient' } : { kind: 'none' };
}

export function PlanSection() {
  const { t } = useTranslation();
  const staff = useStaff((s) => s.staff);
  const { register, control, formState } = useFormContext<IntakeContent>();
  const err = useFieldError(formState.errors);
  const goals = useFieldArray({ control, name: 'goals', keyName: 'key' });
  const actions = useFieldArray({ control, name: 'actions', keyName: 'key' });
  const owners = [
    { value: 'none', label: t('field.choose') },
    { value: 'patient', label: t('intake.ownerPatient') },
    // Deactivated people stay as owners of the actions they already own.
    ...staff
      .filter((s) => s.active || actions.fields.some((a) => a.owner.kind === 'staff' && a.owner.staffId === s.id))
      .map((s) => ({ value: `staff:${s.id}`, label: staffLabel(s, t) })),
    { value: 'partner', label: t('intake.ownerPartner') },
  ];
  return (
    <section id="sec-plan" className="panel form-section intake-section" aria-labelledby="h-plan">
      <h2 id="h-plan">{t('intake.plan')}</h2>
      <h3 className="subhead">{t('intake.goals')}</h3>
      <ol className="goal-list">
        {goals.fields.map((field, i) => (
          <li key={field.key} className="goal-row">
            <TextInput id={`goal${i}`} className="grow" aria-label={t('intake.goalText', { n: i + 1 })} placeholder={t('intake.goalPlaceholder')}
              maxLength={300} error={err(`goals.${i}.text`)} {...register(`goals.${i}.text`)} />
            <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => goals.remove(i)} aria-label={t('intake.removeGoal', { n: i + 1 })}>
              <IconTrash size={16} aria-hidden="true" />
            </ActionIcon>
          </li>
        ))}
      </ol>
      <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden="true" />}
        onClick={() => goals.append({ id: newItemId('g'), text: '' }, { shouldFocus: true })}>
        {t('intake.addGoal')}
      </Button>
      <h3 className="subhead" style={{ marginTop: 16 }}>{t('intake.actions')}</h3>
      <ol className="action-list">
        {actions.fields.map((field, i) => (
          <li key={field.key} className="action-row">
            <TextInput id={`action${i}-text`} className="action-text" label={t('intake.actionText')} maxLength={300}
              error={err(`actions.${i}.text`)} {...register(`actions.${i}.text`)} />
            <Controller
              control={control}
              name={`actions.${i}.owner`}
              render={({ field: owner }) => (
                <>
                  <NativeSelect id={`action${i}-owner`} className="action-owner" label={t('intake.owner')} data={owners}
                    value={ownerValue(owner.value)} error={err(`actions.${i}.owner`)}
                    onChange={(e) => owner.onChange(ownerFrom(e.currentTarget.value, owner.value))} onBlur={owner.onBlur} ref={owner.ref} />
                  {owner.value.kind === 'partner' && (
                    <TextInput id={`action${i}-partner`} className="action-partner" label={t('intake.partnerName')} value={owner.value.name} maxLength={120}
                      onChange={(e) => owner.onChange({ kind: 'partner', name: e.currentTarget.value })} />
                  )}
                </>
              )}
            />
            <Controller control={control} name={`actions.${i}.dueDate`} render={({ field: due }) => (
              <IsoDateField id={`action${i}-due`} className="action-due" label={t('intake.dueDate')} value={due.value} onChange={due.onChange} onBlur={due.onBlur}
                error={err(`actions.${i}.dueDate`)} />
            )} />
            <FormNativeSelect control={control} name={`actions.${i}.status`} id={`action${i}-status`} className="action-status" label={t('intake.actionStatus')}
              data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))} />
            <ActionIcon variant="subtle" color="gray" size="lg" className="row-remove" onClick={() => actions.remove(i)} aria-label={t('intake.removeAction', { n: i + 1 })}>
              <IconTrash size={16} aria-hidden="true" />
            </ActionIcon>
          </li>
        ))}
      </ol>
      <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden="true" />}
        onClick={() => actions.append({ id: newItemId('a'), text: '', owner: { kind: 'none' }, dueDate: '', status: 'open' }, { shouldFocus: true })}>
        {t('intake.addAction')}
      </Button>
    </section>
  );
}
