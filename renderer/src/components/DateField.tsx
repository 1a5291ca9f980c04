// A date typed as dd-mm-jjjj (whatever the workstation's language), with a calendar for the mouse.
// The text stays as typed until it is a real date, so a wrong date is shown, never silently replaced.
import { ActionIcon, Popover, TextInput } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { forwardRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateNl, parseDateInput } from '../../../contract/schemas/dates';

interface DateTextFieldProps {
  id?: string;
  label: ReactNode;
  /** The text as typed (dd-mm-jjjj). */
  value: string;
  onChange(text: string): void;
  onBlur?(): void;
  error?: ReactNode;
  description?: ReactNode;
  className?: string;
  name?: string;
}

/** For forms that hold the typed text (the patient form): the schema turns it into a date. */
export const DateTextField = forwardRef<HTMLInputElement, DateTextFieldProps>(function DateTextField(
  { id, label, value, onChange, onBlur, error, description, className, name },
  ref,
) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const iso = parseDateInput(value);
  return (
    <TextInput
      ref={ref}
      id={id}
      name={name}
      className={className}
      label={label}
      description={description}
      error={error}
      value={value}
      inputMode="numeric"
      placeholder={t('field.dateHint')}
      autoComplete="off"
      maxLength={20}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={onBlur}
      rightSection={
        <Popover opened={open} onChange={setOpen} position="bottom-end" trapFocus returnFocus shadow="md">
          <Popover.Target>
            {/* Out of the tab order: the keyboard types the date; the calendar is for the mouse. */}
            <ActionIcon variant="subtle" color="gray" size="sm" tabIndex={-1} aria-label={t('field.openCalendar')} onClick={() => setOpen((o) => !o)}>
              <IconCalendar size={16} aria-hidden="true" />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown>
            <DatePicker
              value={iso}
              defaultDate={iso ?? undefined}
              onChange={(picked) => {
                if (picked) onChange(formatDateNl(picked));
                setOpen(false);
              }}
            />
          </Popover.Dropdown>
        </Popover>
      }
    />
  );
});

interface IsoDateFieldProps extends Omit<DateTextFieldProps, 'value' | 'onChange'> {
  /** YYYY-MM-DD or empty. */
  value: string;
  onChange(iso: string): void;
}

/** For forms that hold the date itself (the intake): shows the typed text, hands on YYYY-MM-DD once it is a date. */
export function IsoDateField({ value, onChange, error, ...rest }: IsoDateFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ? formatDateNl(value) : '');
  const parsed = parseDateInput(text);
  const bad = text.trim() !== '' && parsed === null;
  return (
    <DateTextField
      {...rest}
      value={text}
      error={error ?? (bad ? t('validation.date') : undefined)}
      onChange={(next) => {
        setText(next);
        if (next.trim() === '') onChange('');
        else {
          const iso = parseDateInput(next);
          if (iso) onChange(iso);
        }
      }}
    />
  );
}
