// Loads an intake with what its screens need (patient name, categories) and shows the editor or the picture.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Intake, ProblemCategory } from '../../../contract/schemas/intake';
import type { Patient } from '../../../contract/schemas/patient';
import { kbz, unwrap } from '../api/api';
import { errorText } from '../errors/messages';
import { DelayedLoader } from '../components/DelayedLoader';
import { LoadFailed } from '../components/LoadFailed';
import { IntakeEditor } from './IntakeEditor';

export interface LoadedIntake {
  intake: Intake;
  patient: Patient;
  categories: ProblemCategory[];
}

export function useLoadedIntake(id: string): { data: LoadedIntake | null; error: string | null } {
  const { t } = useTranslation();
  const [data, setData] = useState<LoadedIntake | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void (async () => {
      try {
        const intake = await unwrap(kbz().intakes.get({ id }));
        const [patient, categories] = await Promise.all([
          unwrap(kbz().patients.get({ id: intake.patientId })),
          unwrap(kbz().intakes.categories({})),
        ]);
        setData({ intake, patient, categories });
      } catch (e) {
        setError(errorText(t, e));
      }
    })();
  }, [id, t]);
  return { data, error };
}

export function IntakeScreen({ id }: { id: string }) {
  const { data, error } = useLoadedIntake(id);
  if (error) return <LoadFailed message={error} />;
  if (!data) return <DelayedLoader />;
  return <IntakeEditor intake={data.intake} categories={data.categories} patient={data.patient} />;
}
