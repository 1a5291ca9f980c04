// The joint plan: goals, and actions with who does them, by when, and how far they are.
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionOwner, type IntakeContent } from '../../../contract/schemas/intake';
import { useStaff } from '../app/staffStore';
import { DateInput } from '../components/DateInput';
import { FieldError } from '../components/FieldError';
import { errorAt } from './fieldError';
import { newItemId } from './newId';

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
  const goals = useFieldArray({ control, name: 'goals', keyName: 'key' });
  const actions = useFieldArray({ control, name: 'actions', keyName: 'key' });
  const err = (path: string) => errorAt(formState.errors, path);
  return (
    <fieldset className="plan">
      <legend>{t('intake.plan')}</legend>
      <h3>{t('intake.goals')}</h3>
      <ol>
        {goals.fields.map((field, i) => (
          <li key={field.key} className="row">
            <label htmlFor={`goal${i}`} className="sr-only">{t('intake.goalText', { n: i + 1 })}</label>
            <input id={`goal${i}`} type="text" placeholder={t('intake.goalPlaceholder')} aria-invalid={Boolean(err(`goals.${i}.text`))} {...register(`goals.${i}.text`)} />
            <button type="button" className="link" onClick={() => goals.remove(i)}>{t('intake.remove')}</button>
            <FieldError id={`goal${i}-error`} message={err(`goals.${i}.text`)} />
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => goals.append({ id: newItemId('g'), text: '' }, { shouldFocus: true })}>{t('intake.addGoal')}</button>
      <h3>{t('intake.actions')}</h3>
      <ol>
        {actions.fields.map((field, i) => (
          <li key={field.key} className="action">
            <div className="filter wide">
              <label htmlFor={`action${i}-text`}>{t('intake.actionText')}</label>
              <input id={`action${i}-text`} type="text" aria-invalid={Boolean(err(`actions.${i}.text`))} {...register(`actions.${i}.text`)} />
              <FieldError id={`action${i}-text-error`} message={err(`actions.${i}.text`)} />
            </div>
            <Controller
              control={control}
              name={`actions.${i}.owner`}
              render={({ field: owner }) => (
                <>
                  <div className="filter">
                    <label htmlFor={`action${i}-owner`}>{t('intake.owner')}</label>
                    <select id={`action${i}-owner`} value={ownerValue(owner.value)} aria-invalid={Boolean(err(`actions.${i}.owner`))}
                      onChange={(e) => owner.onChange(ownerFrom(e.target.value, owner.value))} onBlur={owner.onBlur}>
                      <option value="none">{t('field.choose')}</option>
                      <option value="patient">{t('intake.ownerPatient')}</option>
                      {staff.filter((s) => s.active).map((s) => <option key={s.id} value={`staff:${s.id}`}>{s.name}</option>)}
                      <option value="partner">{t('intake.ownerPartner')}</option>
                    </select>
                    <FieldError id={`action${i}-owner-error`} message={err(`actions.${i}.owner`)} />
                  </div>
                  {owner.value.kind === 'partner' && (
                    <div className="filter">
                      <label htmlFor={`action${i}-partner`}>{t('intake.partnerName')}</label>
                      <input id={`action${i}-partner`} type="text" value={owner.value.name}
                        onChange={(e) => owner.onChange({ kind: 'partner', name: e.target.value })} />
                    </div>
                  )}
                </>
              )}
            />
            <div className="filter">
              <label htmlFor={`action${i}-due`}>{t('intake.dueDate')}</label>
              <Controller control={control} name={`actions.${i}.dueDate`} render={({ field: due }) => (
                <DateInput id={`action${i}-due`} value={due.value} onChange={due.onChange} onBlur={due.onBlur} invalid={Boolean(err(`actions.${i}.dueDate`))} />
              )} />
              <FieldError id={`action${i}-due-error`} message={err(`actions.${i}.dueDate`)} />
            </div>
            <div className="filter">
              <label htmlFor={`action${i}-status`}>{t('intake.actionStatus')}</label>
              <select id={`action${i}-status`} {...register(`actions.${i}.status`)}>
                {ACTION_STATUSES.map((s) => <option key={s} value={s}>{t(`actionStatus.${s}`)}</option>)}
              </select>
            </div>
            <button type="button" className="link" onClick={() => actions.remove(i)}>{t('intake.remove')}</button>
          </li>
        ))}
      </ol>
      <button type="button" onClick={() => actions.append({ id: newItemId('a'), text: '', owner: { kind: 'none' }, dueDate: '', status: 'open' }, { shouldFocus: true })}>
        {t('intake.addAction')}
      </button>
    </fieldset>
  );
}
