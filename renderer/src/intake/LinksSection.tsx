// Links between domains: two problems that affect each other, with the patient's words.
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IntakeContent } from '../../../contract/schemas/intake';
import { FieldError } from '../components/FieldError';
import { errorAt } from './fieldError';
import { newItemId } from './newId';
import { problemOptions } from './problemLabel';

export function LinksSection() {
  const { t } = useTranslation();
  const { register, control, formState } = useFormContext<IntakeContent>();
  const links = useFieldArray({ control, name: 'links', keyName: 'key' });
  const content = useWatch({ control }) as IntakeContent;
  const options = problemOptions(content, t);
  return (
    <fieldset className="links">
      <legend>{t('intake.links')}</legend>
      <p className="hint">{t('intake.linksHint')}</p>
      <ol>
        {links.fields.map((field, i) => {
          const error = errorAt(formState.errors, `links.${i}.note`) ?? errorAt(formState.errors, `links.${i}`);
          return (
            <li key={field.key} className="row">
              <label htmlFor={`link${i}-from`}>{t('intake.linkFrom')}</label>
              <select id={`link${i}-from`} {...register(`links.${i}.from`)}>
                {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
              </select>
              <label htmlFor={`link${i}-to`}>{t('intake.linkTo')}</label>
              <select id={`link${i}-to`} {...register(`links.${i}.to`)}>
                {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
              </select>
              <label htmlFor={`link${i}-note`}>{t('intake.linkNote')}</label>
              <input id={`link${i}-note`} type="text" aria-invalid={Boolean(error)} {...register(`links.${i}.note`)} />
              <button type="button" className="link" onClick={() => links.remove(i)}>{t('intake.remove')}</button>
              <FieldError id={`link${i}-error`} message={error} />
            </li>
          );
        })}
      </ol>
      <button type="button" disabled={options.length < 2}
        onClick={() => links.append({ id: newItemId('l'), from: options[0]!.id, to: options[1]!.id, note: '' }, { shouldFocus: false })}>
        {t('intake.addLink')}
      </button>
    </fieldset>
  );
}
