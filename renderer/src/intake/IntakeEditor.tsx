// Filling in the 4D intake together with the patient. Saves itself as you type; finishing makes it final.
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatInstantNl } from '../../../contract/schemas/dates';
import { DOMAINS, type Intake, type IntakeContent, type ProblemCategory } from '../../../contract/schemas/intake';
import { kbz } from '../api/api';
import { applyServerErrors, messageText } from '../errors/messages';
import { useNavigation } from '../app/navigation';
import { Modal } from '../components/Modal';
import { DomainSection } from './DomainSection';
import { IntakeHeader } from './IntakeHeader';
import { LinksSection } from './LinksSection';
import { PlanSection } from './PlanSection';
import { PrioritiesSection } from './PrioritiesSection';
import { readBackup, removeBackup, useAutosave, type SaveState } from './useAutosave';

function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const text =
    state.kind === 'saved' ? t('intake.savedAt', { time: formatInstantNl(state.at).slice(11) })
      : state.kind === 'error' ? messageText(t, state.error)
        : t('intake.saving');
  return <p className={`save-status ${state.kind}`} role="status" aria-live="polite">{text}</p>;
}

export function IntakeEditor({ intake, categories, patientName }: { intake: Intake; categories: ProblemCategory[]; patientName: string }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  // Read once, when the draft opens (not on every render: the revision moves on as we save).
  const [backup] = useState(() => readBackup(intake.id, intake.revision));
  const form = useForm<IntakeContent>({ defaultValues: backup ?? intake.content });
  const autosave = useAutosave(intake.id, intake.revision, intake.updatedAt);
  const { schedule } = autosave;
  const [dialog, setDialog] = useState<'finish' | 'discard' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const sub = form.watch(() => schedule(form.getValues()));
    // A backup newer than the database (crash before the save): store it now.
    if (backup) schedule(form.getValues());
    return () => sub.unsubscribe();
  }, [form, schedule, backup]);

  useEffect(() => {
    // Show main's objections to a draft (e.g. a link to a removed problem) at the fields concerned.
    if (autosave.state.kind !== 'error') return;
    applyServerErrors(t, form.setError, autosave.state.error);
  }, [autosave.state, form, t]);

  const finish = async () => {
    setDialog(null);
    if (!(await autosave.saveNow())) return;
    const r = await kbz().intakes.finish({ id: intake.id, revision: autosave.revision.current });
    if (r.ok) {
      removeBackup(intake.id);
      go({ name: 'intakePicture', id: intake.id });
      return;
    }
    setProblem(messageText(t, r.error));
    applyServerErrors(t, form.setError, r.error);
    setTimeout(() => summaryRef.current?.focus(), 0);
  };

  const discard = async () => {
    setDialog(null);
    const r = await kbz().intakes.discard({ id: intake.id });
    if (r.ok) {
      removeBackup(intake.id);
      go({ name: 'patient', id: intake.patientId });
    } else setProblem(messageText(t, r.error));
  };

  return (
    <section className="intake-editor" aria-labelledby="intake-title">
      <button type="button" className="link" onClick={() => go({ name: 'patient', id: intake.patientId })}>← {t('intake.backToPatient')}</button>
      <header className="screen-header">
        <h1 id="intake-title">{t('intake.title', { name: patientName })}</h1>
        <SaveStatus state={autosave.state} />
      </header>
      {intake.supersedesId && <p className="notice">{t('intake.correcting')}</p>}
      <div ref={summaryRef} tabIndex={-1}>
        {problem && <p className="error" role="alert">{problem}</p>}
      </div>
      <FormProvider {...form}>
        <form onSubmit={(e) => e.preventDefault()} noValidate>
          <IntakeHeader />
          <div className="domains-grid">
            {DOMAINS.map((d) => <DomainSection key={d} domain={d} categories={categories} />)}
          </div>
          <LinksSection />
          <PrioritiesSection />
          <PlanSection />
          <div className="actions">
            <button type="button" className="primary" onClick={() => setDialog('finish')}>{t('intake.finish')}</button>
            <button type="button" onClick={() => void autosave.saveNow()}>{t('intake.saveNow')}</button>
            <button type="button" className="danger" onClick={() => setDialog('discard')}>{t('intake.discard')}</button>
          </div>
        </form>
      </FormProvider>
      {dialog === 'finish' && (
        <Modal title={t('intake.finishTitle')} onClose={() => setDialog(null)}>
          <p>{t('intake.finishExplain')}</p>
          <div className="actions">
            <button type="button" className="primary" autoFocus onClick={() => void finish()}>{t('intake.finishConfirm')}</button>
            <button type="button" onClick={() => setDialog(null)}>{t('patient.cancel')}</button>
          </div>
        </Modal>
      )}
      {dialog === 'discard' && (
        <Modal title={t('intake.discardTitle')} onClose={() => setDialog(null)}>
          <p>{t('intake.discardExplain')}</p>
          <div className="actions">
            <button type="button" className="danger" onClick={() => void discard()}>{t('intake.discardConfirm')}</button>
            <button type="button" autoFocus onClick={() => setDialog(null)}>{t('patient.cancel')}</button>
          </div>
        </Modal>
      )}
    </section>
  );
}
