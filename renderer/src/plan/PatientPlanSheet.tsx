// "Mijn plan" from the patient page: the latest final intake's question, priorities and goals when there is
// one, and the living plan in any case (a plan that came from a drie-gesprek without an intake too).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Intake } from '../../../contract/schemas/intake';
import type { Patient } from '../../../contract/schemas/patient';
import { kbz, unwrap } from '../api/api';
import { DelayedLoader } from '../components/DelayedLoader';
import { LoadFailed } from '../components/LoadFailed';
import { errorText } from '../errors/messages';
import { MyPlanView } from '../intake/MyPlanSheet';
import { comparable } from '../intake/PatientIntakes';

export function PatientPlanSheet({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<{ patient: Patient; intake: Intake | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void (async () => {
      try {
        const [patient, intakes] = await Promise.all([unwrap(kbz().patients.get({ id: patientId })), unwrap(kbz().intakes.list({ patientId }))]);
        const latest = comparable(intakes)[0];
        setLoaded({ patient, intake: latest ? await unwrap(kbz().intakes.get({ id: latest.id })) : null });
      } catch (e) {
        setError(errorText(t, e));
      }
    })();
  }, [patientId, t]);
  if (error) return <LoadFailed message={error} />;
  if (!loaded) return <DelayedLoader />;
  return <MyPlanView patient={loaded.patient} intake={loaded.intake} back={{ name: 'patient', id: patientId }} />;
}
