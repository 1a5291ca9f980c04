// The patient's priorities: which problems to work on first, in their order.
import { ActionIcon, Checkbox } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IntakeContent } from '../../../contract/schemas/intake';
import { useFieldError } from '../components/useFieldError';
import { problemOptions } from './problemLabel';

export function PrioritiesSection() {
  const { t } = useTranslation();
  const { setValue, control, formState } = useFormContext<IntakeContent>();
  const err = useFieldError(formState.errors);
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
    <section id="sec-priorities" className="panel form-section intake-section" aria-labelledby="h-priorities">
      <h2 id="h-priorities">{t('intake.priorities')}</h2>
      <p className="section-hint">{t('intake.prioritiesHint')}</p>
      {options.length === 0 && <p className="section-hint">{t('intake.noProblemsYet')}</p>}
      <div className="priority-grid">
        <div className="priority-choices">
          {options.map((o) => (
            <Checkbox key={o.id} label={o.label} checked={priorities.includes(o.id)}
              onChange={(e) => set(e.currentTarget.checked ? [...priorities, o.id] : priorities.filter((p) => p !== o.id))} />
          ))}
        </div>
        {priorities.length > 0 && (
          <ol className="priority-order" aria-label={t('intake.priorityOrder')}>
            {priorities.map((id, i) => (
              <li key={id}>
                <span className="rank">{i + 1}</span>
                <span className="priority-label">{label(id)}</span>
                <ActionIcon variant="subtle" color="gray" disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('intake.moveUp', { item: label(id) })}>
                  <IconArrowUp size={16} aria-hidden="true" />
                </ActionIcon>
                <ActionIcon variant="subtle" color="gray" disabled={i === priorities.length - 1} onClick={() => move(i, 1)} aria-label={t('intake.moveDown', { item: label(id) })}>
                  <IconArrowDown size={16} aria-hidden="true" />
                </ActionIcon>
              </li>
            ))}
          </ol>
        )}
      </div>
      {err('priorities') && <span className="field-error" role="alert">{err('priorities')}</span>}
    </section>
  );
}
