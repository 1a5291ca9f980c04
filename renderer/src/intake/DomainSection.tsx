// One life domain of the 4D intake: problems (with category and ICPC Z code), weights, strengths, who is involved.
import { ActionIcon, Button, NumberInput, Textarea, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ICPC_Z_CODES, type Domain, type IntakeContent, type ProblemCategory } from '../../../contract/schemas/intake';
import { FormNativeSelect } from '../components/FormNativeSelect';
import { useFieldError } from '../components/useFieldError';
import { newItemId } from './newId';

function WeightInput({ name, label, id }: { name: `domains.${Domain}.patientWeight` | `domains.${Domain}.professionalWeight`; label: string; id: string }) {
  const { control } = useFormContext<IntakeContent>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NumberInput id={id} label={label} min={0} max={10} step={1} allowDecimal={false} allowNegative={false} clampBehavior="strict"
          value={field.value ?? ''} onChange={(v) => field.onChange(v === '' ? null : Number(v))} onBlur={field.onBlur} ref={field.ref}
          className="weight-input" />
      )}
    />
  );
}

export function DomainSection({ domain, categories }: { domain: Domain; categories: ProblemCategory[] }) {
  const { t } = useTranslation();
  const { register, control, formState, getValues, setValue } = useFormContext<IntakeContent>();
  const err = useFieldError(formState.errors);
  const problems = useFieldArray({ control, name: `domains.${domain}.problems`, keyName: 'key' });
  const base = `domains.${domain}` as const;
  const id = (suffix: string) => `${domain}-${suffix}`;
  const domainName = t(`domain.${domain}`);
  const categoryOptions = [{ value: '', label: t('intake.noCategory') }, ...categories.filter((c) => c.domain === domain).map((c) => ({ value: c.label, label: c.label }))];
  const icpcOptions = [{ value: '', label: t('intake.noIcpc') }, ...ICPC_Z_CODES.map((code) => ({ value: code, label: `${code} ${t(`icpc.${code}`)}` }))];
  // A removed problem takes its priority and its links with it: they would point at nothing.
  const removeProblem = (i: number) => {
    const removed = getValues(`${base}.problems.${i}.id`);
    setValue('priorities', getValues('priorities').filter((p) => p !== removed));
    setValue('links', getValues('links').filter((l) => l.from !== removed && l.to !== removed));
    problems.remove(i);
  };
  return (
    <section id={`sec-${domain}`} className={`panel domain-card domain-${domain}`} aria-labelledby={`h-${domain}`}>
      <header className="domain-head">
        <h2 id={`h-${domain}`}>{domainName}</h2>
        <p>{t(`domainHint.${domain}`)}</p>
      </header>
      <h3 className="subhead">{t('intake.problems')}</h3>
      <ol className="problem-list">
        {problems.fields.map((field, i) => {
          // A category typed in an earlier version that is no longer in the list stays selectable.
          const current = getValues(`${base}.problems.${i}.category`);
          const cats = current && !categoryOptions.some((o) => o.value === current) ? [...categoryOptions, { value: current, label: current }] : categoryOptions;
          return (
            <li key={field.key} className="problem-row">
              <TextInput id={id(`p${i}-text`)} className="problem-text" aria-label={t('intake.problemText', { n: i + 1 })}
                placeholder={t('intake.problemPlaceholder')} maxLength={300} error={err(`${base}.problems.${i}.text`)}
                {...register(`${base}.problems.${i}.text`)} />
              <div className="problem-codes">
                <FormNativeSelect control={control} name={`${base}.problems.${i}.category`} id={id(`p${i}-cat`)} aria-label={t('intake.category')} data={cats} />
                <FormNativeSelect control={control} name={`${base}.problems.${i}.icpc`} id={id(`p${i}-icpc`)} aria-label={t('intake.icpc')} data={icpcOptions} />
                <Tooltip label={t('intake.removeProblem', { n: i + 1 })}>
                  <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => removeProblem(i)} aria-label={t('intake.removeProblem', { n: i + 1 })}>
                    <IconTrash size={16} aria-hidden="true" />
                  </ActionIcon>
                </Tooltip>
              </div>
            </li>
          );
        })}
      </ol>
      <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden="true" />}
        onClick={() => problems.append({ id: newItemId('p'), text: '', category: '', icpc: '' }, { shouldFocus: true })}
        aria-label={t('intake.addProblem', { domain: domainName })}>
        {t('intake.addProblemShort')}
      </Button>
      <div className="weights">
        <WeightInput id={id('pw')} name={`${base}.patientWeight`} label={t('intake.patientWeight')} />
        <WeightInput id={id('fw')} name={`${base}.professionalWeight`} label={t('intake.professionalWeight')} />
      </div>
      <Textarea id={id('strengths')} label={t('intake.strengths')} minRows={2} maxLength={2000} error={err(`${base}.strengths`)}
        {...register(`${base}.strengths`)} />
      <Textarea id={id('involved')} label={t('intake.involved')} minRows={1} maxLength={1000} error={err(`${base}.involved`)}
        {...register(`${base}.involved`)} mt="sm" />
    </section>
  );
}

