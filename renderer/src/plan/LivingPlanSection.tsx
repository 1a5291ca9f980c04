// On the patient page: the living plan. Open actions (due date first, overdue said in words), each with its
// status as a select (keyboard: Tab to it, arrows or a letter to choose), who changed it last and when, and
// its history; the closed ones below. Add and edit in a dialog.
import { ActionIcon, Button, Group, NativeSelect, Tooltip } from '@mantine/core';
import { IconFileText, IconPencil, IconPlus } from '@tabler/icons-react';
import { useNavigation } from '../app/navigation';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstantNl, todayInAmsterdam } from '../../../contract/schemas/dates';
import { ACTION_STATUSES, type ActionStatus, type PatientAction, type PatientActions } from '../../../contract/schemas/plan';
import { kbz, unwrap } from '../api/api';
import { ErrorAlert } from '../components/ErrorAlert';
import { notifySaved } from '../components/notify';
import { errorText, messageText } from '../errors/messages';
import { formatDateNl } from '../format';
import { ActionDialog } from './ActionDialog';
import { planOwnerText } from './planText';
import { usePartnerOptions } from './usePartnerOptions';

function ActionRow({ action, today, readOnly, onStatus, onEdit }: { action: PatientAction; today: string; readOnly: boolean; onStatus(s: ActionStatus): void; onEdit(): void }) {
  const { t } = useTranslation();
  const overdue = action.status === 'open' && action.dueDate !== '' && action.dueDate < today;
  const who = action.statusChangedBy ? action.statusChangedByName : t('plan.fromIntake');
  return (
    <tr data-testid="plan-action">
      <td>
        <div>{action.text}</div>
        <details className="plan-history">
          <summary className="dimmed small">{t('plan.lastChange', { status: t(`actionStatus.${action.status}`), who, date: formatInstantNl(action.statusChangedAt) })}</summary>
          <ol>
            {action.history.map((h, i) => (
              <li key={i}>{t('plan.historyLine', { status: t(`actionStatus.${h.status}`), who: h.changedBy ? h.changedByName : t('plan.fromIntake'), date: formatInstantNl(h.changedAt) })}</li>
            ))}
          </ol>
        </details>
      </td>
      <td>{planOwnerText(action.owner, t, t('intake.ownerPatient'))}</td>
      <td className="nowrap">
        {action.dueDate ? formatDateNl(action.dueDate) : <span className="dimmed">{t('plan.noDueDate')}</span>}
        {overdue && <span className="status-badge status-overdue">{t('plan.overdue')}</span>}
      </td>
      <td>
        <NativeSelect size="xs" aria-label={t('plan.statusOf', { text: action.text })} value={action.status} disabled={readOnly}
          data={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))} onChange={(e) => onStatus(e.currentTarget.value as ActionStatus)} />
      </td>
      <td>
        {!readOnly && (
          <Tooltip label={t('plan.editOf', { text: action.text })}>
            <ActionIcon variant="subtle" color="gray" size="lg" onClick={onEdit} aria-label={t('plan.editOf', { text: action.text })}>
              <IconPencil size={16} aria-hidden="true" />
            </ActionIcon>
          </Tooltip>
        )}
      </td>
    </tr>
  );
}

function ActionTable({ actions, caption, ...rest }: { actions: PatientAction[]; caption: string; today: string; readOnly: boolean; onStatus(a: PatientAction, s: ActionStatus): void; onEdit(a: PatientAction): void }) {
  const { t } = useTranslation();
  return (
    <table className="plan-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('plan.column.text')}</th>
          <th scope="col">{t('plan.column.owner')}</th>
          <th scope="col">{t('plan.column.due')}</th>
          <th scope="col">{t('plan.column.status')}</th>
          <th scope="col"><span className="sr-only">{t('plan.column.edit')}</span></th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => (
          <ActionRow key={a.id} action={a} today={rest.today} readOnly={rest.readOnly} onStatus={(s) => rest.onStatus(a, s)} onEdit={() => rest.onEdit(a)} />
        ))}
      </tbody>
    </table>
  );
}

export function LivingPlanSection({ patientId, archived }: { patientId: string; archived: boolean }) {
  const go = useNavigation((s) => s.go);
  const { t } = useTranslation();
  const [plan, setPlan] = useState<PatientActions | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<PatientAction | null | undefined>(undefined);
  const organisations = usePartnerOptions();
  const today = todayInAmsterdam();
  useEffect(() => {
    void unwrap(kbz().actions.list({ patientId }))
      .then(setPlan)
      .catch((e: unknown) => setError(errorText(t, e)));
  }, [patientId, t]);
  const setStatus = async (a: PatientAction, status: ActionStatus) => {
    setError(null);
    const r = await kbz().actions.setStatus({ id: a.id, revision: a.revision, status });
    if (!r.ok) return setError(messageText(t, r.error));
    setPlan(r.value);
    notifySaved(t('plan.statusSaved', { status: t(`actionStatus.${status}`) }));
  };
  const open = plan?.actions.filter((a) => a.status === 'open') ?? [];
  const closed = plan?.actions.filter((a) => a.status !== 'open') ?? [];
  const table = { today, readOnly: archived, onStatus: (a: PatientAction, s: ActionStatus) => void setStatus(a, s), onEdit: (a: PatientAction) => setEditing(a) };
  return (
    <section className="panel panel-pad" aria-labelledby="plan-title" data-testid="plan-section" aria-busy={plan === null && error === null}>
      <Group justify="space-between" mb="sm">
        <h2 id="plan-title" className="section-title" style={{ margin: 0 }}>{t('plan.title')}</h2>
        <Group gap="sm">
          {plan && plan.actions.length > 0 && (
            <Button size="sm" variant="default" leftSection={<IconFileText size={16} aria-hidden="true" />} onClick={() => go({ name: 'patientPlan', patientId })}>
              {t('myPlan.open')}
            </Button>
          )}
          {!archived && (
            <Button size="sm" variant="default" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setEditing(null)}>
              {t('plan.add')}
            </Button>
          )}
        </Group>
      </Group>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      {plan && plan.actions.length === 0 && <p className="dimmed">{t('plan.empty')}</p>}
      {open.length > 0 && <ActionTable actions={open} caption={t('plan.openCaption')} {...table} />}
      {plan && plan.actions.length > 0 && open.length === 0 && <p className="dimmed">{t('plan.noneOpen')}</p>}
      {closed.length > 0 && (
        <details className="plan-closed">
          <summary>{t('plan.closedTitle', { count: closed.length })}</summary>
          <ActionTable actions={closed} caption={t('plan.closedCaption')} {...table} />
        </details>
      )}
      <ActionDialog patientId={patientId} editing={editing} organisations={organisations} onClose={() => setEditing(undefined)}
        onSaved={(p) => { setPlan(p); setEditing(undefined); }} />
    </section>
  );
}
