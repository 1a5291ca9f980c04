// A date typed as dd-mm-jjjj (whatever the workstation's language), held as YYYY-MM-DD.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateNl, parseDateInput } from '../../../contract/schemas/dates';

interface DateInputProps {
  id: string;
  value: string;
  onChange: (iso: string) => void;
  onBlur?: () => void;
  invalid?: boolean;
  describedBy?: string;
}

export function DateInput({ id, value, onChange, onBlur, invalid, describedBy }: DateInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ? formatDateNl(value) : '');
  const [bad, setBad] = useState(false);
  const update = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setBad(false);
      onChange('');
      return;
    }
    const iso = parseDateInput(next);
    setBad(iso === null);
    if (iso) onChange(iso);
  };
  const errorId = `${id}-format`;
  return (
    <>
      <input id={id} type="text" inputMode="numeric" placeholder={t('field.dateHint')} value={text}
        aria-invalid={invalid || bad} aria-describedby={[describedBy, bad ? errorId : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => update(e.target.value)} onBlur={onBlur} />
      {bad && <span id={errorId} className="field-error">{t('validation.date')}</span>}
    </>
  );
}
