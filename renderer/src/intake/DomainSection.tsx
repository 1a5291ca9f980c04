// One life domain of the 4D intake: problems (with category and ICPC Z code), weights, strengths, who is involved.
import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ICPC_Z_CODES, type Domain, type IntakeContent, type ProblemCategory } from '../../../contract/schemas/intake';
import { FieldError } from '../components/FieldError';
import { errorAt } from './fieldError';
import { newItemId } from './newId';

const WEIGHTS = Array.from({ length: 11 }, (_, i) => i);
const asWeight = (v: string) => (v === '' || v === null ? null : Number(v));

export function DomainSection({ domain, categories }: { domain: Domain; categories: ProblemCategory[] }) {
  const { t } = useTranslation();
  const { register, control, formState, getValues, setValue } = useFormContext<IntakeContent>();
  const problems = useFieldArray({ control, name: `domains.${domain}.problems`, keyName: 'key' });
  const base = `domains.${domain}` as const;
  const id = (suffix: string) => `${domain}-${suffix}`;
  // A removed problem takes its priority and its links with it: they would point at nothing.
  const removeProblem = (i: number) => {
    const removed = getValues(`${base}.problems.${i}.id`);
    setValue('priorities', getValues('priorities').filter((p) => p !== removed));
    setValue('links', getValues('links').filter((l) => l.from !== removed && l.to !== removed));
    problems.remove(i);
  };
  return (
    <fieldset className={`domain domain-${domain}`}>
      <legend>{t(`domain.${domain}`)}</legend>
      <p className="hint">{t(`domainHint.${domain}`)}</p>
      <h3>{t('intake.problems')}</h3>
      <ol className="problems">
        {problems.fields.map((field, i) => {
          const textError = errorAt(formState.errors, `${base}.problems.${i}.text`);
          return (
            <li key={field.key}>
              <label htmlFor={id(`p${i}-text`)} className="sr-only">{t('intake.problemText', { n: i + 1 })}</label>
              <input id={id(`p${i}-text`)} type="text" placeholder={t('intake.problemPlaceholder')} aria-invalid={Boolean(textError)}
                aria-describedby={textError ? id(`p${i}-err`) : undefined} {...register(`${base}.problems.${i}.text`)} />
              <label htmlFor={id(`p${i}-cat`)} className="sr-only">{t('intake.category')}</label>
              <select id={id(`p${i}-cat`)} {...register(`${base}.problems.${i}.category`)}>
                <option value="">{t('intake.noCategory')}</option>
                {categories.filter((c) => c.domain === domain).map((c) => <option key={c.id} value={c.label}>{c.label}</option>)}
              </select>
              <label htmlFor={id(`p${i}-icpc`)} className="sr-only">{t('intake.icpc')}</label>
              <select id={id(`p${i}-icpc`)} {...register(`${base}.problems.${i}.icpc`)}>
                <option value="">{t('intake.noIcpc')}</option>
                {ICPC_Z_CODES.map((code) => <option key={code} value={code}>{code} {t(`icpc.${code}`)}</option>)}
              </select>
              <button type="button" className="link" onClick={() => removeProblem(i)} aria-label={t('intake.removeProblem', { n: i + 1 })}>
                {t('intake.remove')}
              </button>
              <FieldError id={id(`p${i}-err`)} message={textError} />
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => problems.append({ id: newItemId('p'), text: '', category: '', icpc: '' }, { shouldFocus: true })}>
        {t('intake.addProblem', { domain: t(`domain.${domain}`) })}
      </button>
      <div className="weights">
        <div className="filter">
          <label htmlFor={id('pw')}>{t('intake.patientWeight')}</label>
          <select id={id('pw')} {...register(`${base}.patientWeight`, { setValueAs: asWeight })}>
            <option value="">{t('intake.noWeight')}</option>
            {WEIGHTS.map((w) => <option key={w} value={w}>{w}</option>)}
          </select>
        </div>
        <div className="filter">
          <label htmlFor={id('fw')}>{t('intake.professionalWeight')}</label>
          <select id={id('fw')} {...register(`${base}.professionalWeight`, { setValueAs: asWeight })}>
            <option value="">{t('intake.noWeight')}</option>
            {WEIGHTS.map((w) => <option key={w} value={w}>{w}</option>)}
          </select>
        </div>
      </div>
      <label htmlFor={id('strengths')}>{t('intake.strengths')}</label>
      <textarea id={id('strengths')} rows={2} {...register(`${base}.strengths`)} />
      <label htmlFor={id('involved')}>{t('intake.involved')}</label>
      <textarea id={id('involved')} rows={2} {...register(`${base}.involved`)} />
    </fieldset>
  );
}
