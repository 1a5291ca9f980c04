// A design-system native select bound to a react-hook-form field: for lists chosen while typing,
// where the platform's own type-ahead ("Sla" finds "Slapen") is the fastest and surest keyboard path.
import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

interface FormNativeSelectProps<T extends FieldValues> extends Omit<NativeSelectProps, 'value' | 'onChange' | 'name' | 'data'> {
  control: Control<T>;
  name: Path<T>;
  data: { value: string; label: string }[];
}

export function FormNativeSelect<T extends FieldValues>({ control, name, data, ...props }: FormNativeSelectProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <NativeSelect {...props} data={data} ref={field.ref} name={field.name} value={(field.value as string | null) ?? ''}
          onChange={(e) => field.onChange(e.currentTarget.value)} onBlur={field.onBlur} />
      )}
    />
  );
}
