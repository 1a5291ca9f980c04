// Links between domains: two problems that affect each other, with the patient's words.
import { ActionIcon, Button, TextInput } from '@mantine/core';
import { IconArrowsLeftRight, IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IntakeContent } from '../../../contract/schemas/intake';
import { FormNativeSelect } from '../components/FormNativeSelect';
import { useFieldError } from '../components/useFieldError';
import { newItemId } from './newId';
import { problemOptions } from './problemLabel';

export function LinksSection() {
  const { t } = useTranslation();
  const { register, control, formState } = useFormContext<IntakeContent>();
  const err = useFieldError(formState.errors);
  const links = useFieldArray({ control, name: 'links', keyName: 'key' });
  const content = useWatch({ control }) as IntakeContent;
  const options = problemOptions(content, t).map((o) => ({ value: o.id, label: o.label }));
  return (
    <section id="sec-links" className="panel form-section intake-section" aria-labelledby="h-links">
      <h2 id="h-links">{t('intake.links')}</h2>
      <p className="section-hint">{t('intake.linksHint')}</p>
      {links.fields.length > 0 && (
        <ol className="link-list">
          {links.fields.map((field, i) => (
            <li key={field.key} className="link-row">
              <FormNativeSelect control={control} name={`links.${i}.from`} id={`link${i}-from`} label={t('intake.linkFrom')} data={options}
                error={err(`links.${i}`)} />
              <IconArrowsLeftRight size={18} aria-hidden="true" className="link-arrow" />
              <FormNativeSelect control={control} name={`links.${i}.to`} id={`link${i}-to`} label={t('intake.linkTo')} data={options} />
              <TextInput id={`link${i}-note`} className="link-note" label={t('intake.linkNote')} maxLength={300} error={err(`links.${i}.note`)}
                {...register(`links.${i}.note`)} />
              <ActionIcon variant="subtle" color="gray" size="lg" className="row-remove" onClick={() => links.remove(i)} aria-label={t('intake.removeLink', { n: i + 1 })}>
                <IconTrash size={16} aria-hidden="true" />
              </ActionIcon>
            </li>
          ))}
        </ol>
      )}
      <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden="true" />} disabled={options.length < 2}
        onClick={() => links.append({ id: newItemId('l'), from: options[0]!.value, to: options[1]!.value, note: '' }, { shouldFocus: false })}>
        {t('intake.addLink')}
      </Button>
      {options.length < 2 && <p className="section-hint" style={{ marginTop: 6 }}>{t('intake.linksNeedTwo')}</p>}
    </section>
  );
}
