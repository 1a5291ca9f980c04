// The app's password field: the contract's length limit and a show/hide button that says what it does.
import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MAX } from '../../../contract/schemas/session';

export const PasswordField = forwardRef<HTMLInputElement, PasswordInputProps>(function PasswordField(props, ref) {
  const { t } = useTranslation();
  return <PasswordInput ref={ref} maxLength={PASSWORD_MAX} visibilityToggleButtonProps={{ 'aria-label': t('session.showPassword') }} {...props} />;
});
