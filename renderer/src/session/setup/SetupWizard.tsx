// The first start on an empty data folder: the practice, the first user (beheerder), the recovery key.
import { Stepper } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PracticeFormValues, PracticeInput } from '../../../../contract/schemas/practice';
import type { SetupDone } from '../../../../contract/schemas/session';
import type { AppError } from '../../../../contract/result';
import { kbz, setSession } from '../../api/api';
import { AuthLayout } from '../AuthLayout';
import { DemoButton } from '../DemoButton';
import { useSession } from '../sessionStore';
import { prepareStart } from '../startApp';
import { FirstUserStep, type FirstUser } from './FirstUserStep';
import { PracticeStep } from './PracticeStep';
import { RecoveryCodeStep } from './RecoveryCodeStep';

const EMPTY: PracticeFormValues = { name: '', agbCode: '', street: '', houseNumber: '', postcode: '', city: '', phone: '', email: '' };

export function SetupWizard() {
  const { t } = useTranslation();
  const enter = useSession((s) => s.enter);
  const [step, setStep] = useState(0);
  const [practiceValues, setPracticeValues] = useState<PracticeFormValues>(EMPTY);
  const [practice, setPractice] = useState<PracticeInput | null>(null);
  const [done, setDone] = useState<SetupDone | null>(null);
  const [problem, setProblem] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const createPractice = async (user: FirstUser) => {
    if (!practice) return;
    setBusy(true);
    setProblem(null);
    const r = await kbz().setup.complete({ practice, user });
    setBusy(false);
    if (!r.ok) return setProblem(r.error);
    setDone(r.value);
    // The recovery key's check is the beheerder's: the session is used from here on.
    setSession(r.value.token);
    setStep(2);
  };

  return (
    <AuthLayout wide>
      <h1 className="auth-title">{t('setup.title')}</h1>
      <Stepper active={step} size="sm" className="wizard-stepper no-print" allowNextStepsSelect={false}>
        <Stepper.Step label={t('setup.stepPractice')} />
        <Stepper.Step label={t('setup.stepUser')} />
        <Stepper.Step label={t('setup.stepRecovery')} />
      </Stepper>
      {step === 0 && (
        <PracticeStep
          initial={practiceValues}
          aside={<DemoButton />}
          onNext={(input, values) => {
            setPractice(input);
            setPracticeValues(values);
            setStep(1);
          }}
        />
      )}
      {step === 1 && <FirstUserStep busy={busy} problem={problem} onBack={() => setStep(0)} onSubmit={(user) => void createPractice(user)} />}
      {step === 2 && done && (
        <RecoveryCodeStep
          code={done.recoveryCode}
          practiceName={practice?.name ?? ''}
          confirmLabel={t('setup.finish')}
          onConfirmed={() => void enter(done, prepareStart(done.user))}
        />
      )}
    </AuthLayout>
  );
}
