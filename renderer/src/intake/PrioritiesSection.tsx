// The patient's priorities: which problems to work on first, in their order.
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IntakeContent } from '../../../contract/schemas/intake';
import { FieldError } from '../components/FieldError';
import { errorAt } from './fieldError';
import { problemOptions } from './problemLabel';

export function PrioritiesSection() {
  const { t } = useTranslation();
  const { setValue, control, formState } = useFormContext<IntakeContent>();
  const content = useWatch({ control }) as IntakeContent;
  const priorities = content.priorities ?? [];
  const options = problemOptions(content, t);
  const label = (id: string) => options.find((o) => o.id === id)?.label ?? id;
  const set = (next: string[]) => setValue('priorities', next, { shouldDirty: true });
  const move = (i: number, by: number) => {
    const next = [...priorities];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    set(next);
  };
  return (
    <fieldset className="priorities">
      <legend>{t('intake.priorities')}</legend>
      <p className="hint">{t('intake.prioritiesHint')}</p>
      {options.length === 0 && <p className="hint">{t('intake.noProblemsYet')}</p>}
      <div className="checkbox-group">
        {options.map((o) => (
          <label key={o.id} className="inline">
            <input type="checkbox" checked={priorities.includes(o.id)}
              onChange={(e) => set(e.target.checked ? [...priorities, o.id] : priorities.filter((p) => p !== o.id))} />
            {o.label}
          </label>
        ))}
      </div>
      {priorities.length > 0 && (
        <ol className="priority-order" aria-label={t('intake.priorityOrder')}>
          {priorities.map((id, i) => (
            <li key={id}>
              <span>{label(id)}</span>
              <button type="button" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('intake.moveUp', { item: label(id) })}>↑</button>
              <button type="button" disabled={i === priorities.length - 1} onClick={() => move(i, 1)} aria-label={t('intake.moveDown', { item: label(id) })}>↓</button>
            </li>
          ))}
        </ol>
      )}
      <FieldError id="priorities-error" message={errorAt(formState.errors, 'priorities')} />
    </fieldset>
  );
}
