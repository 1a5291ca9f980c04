// A screen whose data could not be loaded: the error, and the way back to the list.
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../app/navigation';
import { BackButton } from './BackButton';
import { ErrorAlert } from './ErrorAlert';

export function LoadFailed({ message }: { message: string }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  return (
    <div className="page">
      <BackButton label={t('patient.back')} onClick={() => go({ name: 'roster' })} />
      <ErrorAlert>{message}</ErrorAlert>
    </div>
  );
}
