// A design-system select bound to a react-hook-form field by name (string values).
import { Select, type SelectProps } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

interface FormSelectProps<T extends FieldValues> extends Omit<SelectProps, 'value' | 'onChange' | 'name'> {
  control: Control<T>;
  name: Path<T>;
  /** What an empty choice stores ('' for most fields). */
  emptyValue?: string;
}

export function FormSelect<T extends FieldValues>({ control, name, emptyValue = '', ...props }: FormSelectProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          {...props}
          ref={field.ref}
          value={(field.value as string | null) ?? emptyValue}
          onChange={(v) => field.onChange(v ?? emptyValue)}
          onBlur={field.onBlur}
          // Typing replaces the shown choice (as in a Windows combo box) instead of appending to it.
          onFocus={props.searchable ? (e) => e.currentTarget.select() : undefined}
        />
      )}
    />
  );
}
