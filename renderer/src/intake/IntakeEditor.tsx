// Filling in the 4D intake together with the patient. Saves itself as you type; finishing makes it final.
import { Alert, Button, Menu } from '@mantine/core';
import { IconChevronDown, IconCopy, IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatInstantNl } from '../../../contract/schemas/dates';
import { DOMAINS, type Intake, type IntakeContent, type ProblemCategory } from '../../../contract/schemas/intake';
import type { Patient } from '../../../contract/schemas/patient';
import { kbz } from '../api/api';
import { useNavigation } from '../app/navigation';
import { BackButton } from '../components/BackButton';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { useShortcut } from '../components/useShortcut';
import { applyServerErrors, messageText } from '../errors/messages';
import { formatDateNl, fullName } from '../format';
import { PatientBanner } from '../patient/PatientBanner';
import { DomainSection } from './DomainSection';
import { IntakeHeader } from './IntakeHeader';
import { LinksSection } from './LinksSection';
import { PlanSection } from './PlanSection';
import { PrioritiesSection } from './PrioritiesSection';
import { SectionNav, type NavSection } from './SectionNav';
import { useAutosave, type SaveState } from './useAutosave';

function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const text =
    state.kind === 'saved' ? t('intake.savedAt', { time: formatInstantNl(state.at).slice(11) })
      : state.kind === 'error' ? messageText(t, state.error)
        : t('intake.saving');
  return <span className={`save-status ${state.kind}`} role="status" aria-live="polite">{text}</span>;
}

export function IntakeEditor({ intake, categories, patient }: { intake: Intake; categories: ProblemCategory[]; patient: Patient }) {
  const { t } = useTranslation();
  const go = useNavigation((s) => s.go);
  const form = useForm<IntakeContent>({ defaultValues: intake.content });
  const autosave = useAutosave(intake.id, intake.revision, intake.updatedAt);
  const { schedule } = autosave;
  const [dialog, setDialog] = useState<'finish' | 'discard' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const sub = form.watch(() => schedule(form.getValues()));
    return () => sub.unsubscribe();
  }, [form, schedule]);

  /** Fields marked by the last refused save: the next save that goes through clears them. */
  const draftErrorPaths = useRef<Path<IntakeContent>[]>([]);
  const saveState = autosave.state;
  useEffect(() => {
    if (saveState.kind === 'saved') {
      form.clearErrors(draftErrorPaths.current);
      draftErrorPaths.current = [];
    }
    if (saveState.kind !== 'error') return;
    // Show main's objections to a draft at the fields concerned. The intake rules (a link to a removed
    // problem) name paths in the content, the schema's checks (invisible characters) from the call's input.
    const fields = Object.fromEntries(Object.entries(saveState.error.fields ?? {}).map(([path, m]) => [path.replace(/^content\./, ''), m]));
    applyServerErrors(t, form.setError, { ...saveState.error, fields });
    draftErrorPaths.current = Object.keys(fields) as Path<IntakeContent>[];
  }, [saveState, form, t]);

  useShortcut({ key: 's', ctrl: true }, () => void autosave.saveNow());

  const finish = async () => {
    setDialog(null);
    if (!(await autosave.saveNow())) return;
    const r = await kbz().intakes.finish({ id: intake.id, revision: autosave.revision.current });
    if (r.ok) {
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
      go({ name: 'patient', id: intake.patientId });
    } else setProblem(messageText(t, r.error));
  };

  const sections: NavSection[] = useMemo(
    () => [
      { id: 'sec-conversation', label: t('intake.conversation') },
      ...DOMAINS.map((d) => ({ id: `sec-${d}`, label: t(`domain.${d}`), domain: d })),
      { id: 'sec-links', label: t('intake.links') },
      { id: 'sec-priorities', label: t('intake.priorities') },
      { id: 'sec-plan', label: t('intake.plan') },
    ],
    [t],
  );
  const copiedFrom = intake.content.copiedFrom;
  return (
    <div className="page intake-page">
      <PatientBanner patient={patient} />
      <PageHeader
        back={<BackButton label={t('intake.backToPatient')} onClick={() => go({ name: 'patient', id: intake.patientId })} />}
        title={t('intake.title', { name: fullName(patient) })}
        context={<SaveStatus state={autosave.state} />}
        actions={
          <>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" rightSection={<IconChevronDown size={14} aria-hidden="true" />}>{t('intake.more')}</Button>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />} onClick={() => void autosave.saveNow()}>{t('intake.saveNow')}</Menu.Item>
                <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden="true" />} onClick={() => setDialog('discard')}>{t('intake.discard')}</Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Button onClick={() => setDialog('finish')}>{t('intake.finish')}</Button>
          </>
        }
      />
      {intake.supersedesId && <Alert color="kbz" variant="light">{t('intake.correcting')}</Alert>}
      {copiedFrom && (
        <Alert color="kbz" variant="light" icon={<IconCopy size={18} aria-hidden="true" />} title={t('intake.copiedTitle')}>
          {t('intake.copiedFrom', { date: formatDateNl(copiedFrom.date) })}
        </Alert>
      )}
      {problem && <ErrorAlert ref={summaryRef}>{problem}</ErrorAlert>}
      <div className="intake-layout">
        <SectionNav sections={sections} />
        <FormProvider {...form}>
          <form className="intake-form" onSubmit={(e) => e.preventDefault()} noValidate>
            <IntakeHeader />
            <div className="domains-grid">
              {DOMAINS.map((d) => <DomainSection key={d} domain={d} categories={categories} />)}
            </div>
            <LinksSection />
            <PrioritiesSection />
            <PlanSection />
            <div className="form-footer">
              <Button variant="default" onClick={() => void autosave.saveNow()}>{t('intake.saveNow')}</Button>
              <Button onClick={() => setDialog('finish')}>{t('intake.finish')}</Button>
            </div>
          </form>
        </FormProvider>
      </div>
      <ConfirmDialog opened={dialog === 'finish'} title={t('intake.finishTitle')} confirmLabel={t('intake.finishConfirm')} cancelLabel={t('patient.cancel')}
        onCancel={() => setDialog(null)} onConfirm={() => void finish()} confirmFocus>
        {t('intake.finishExplain')}
      </ConfirmDialog>
      <ConfirmDialog opened={dialog === 'discard'} title={t('intake.discardTitle')} confirmLabel={t('intake.discardConfirm')} cancelLabel={t('patient.cancel')}
        danger onCancel={() => setDialog(null)} onConfirm={() => void discard()}>
        {t('intake.discardExplain')}
      </ConfirmDialog>
    </div>
  );
}
