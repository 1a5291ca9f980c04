// On the patient page: the people and organisations involved (mantelzorgers, contact persons, organisations)
// with role and since when; add, edit, end. Ended ones stay below as history.
import { ActionIcon, Button, Group, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconUserOff } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkEntry, PatientNetwork } from '../../../contract/schemas/plan';
import { kbz, unwrap } from '../api/api';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorText } from '../errors/messages';
import { formatDateNl } from '../format';
import { EndEntryDialog } from './EndEntryDialog';
import { entryName } from './networkText';
import { NetworkDialog } from './NetworkDialog';
import { usePartnerOptions } from './usePartnerOptions';

function EntryLine({ entry, onEdit, onEnd }: { entry: NetworkEntry; onEdit?: () => void; onEnd?: () => void }) {
  const { t } = useTranslation();
  const name = entryName(entry);
  const inactive = entry.kind !== 'carer' && (!entry.organisationActive || (entry.kind === 'contact' && !entry.contactActive));
  const what =
    entry.kind === 'carer' ? t('network.carerOf', { relation: entry.relation }) : entry.kind === 'contact' ? [entry.contactFunction, entry.organisationName].filter(Boolean).join(', ') : t('network.kind.organisation');
  return (
    <li className="network-entry">
      <div className="grow">
        <div>
          <strong>{name}</strong> <span className="dimmed">· {what}</span>
          {inactive && <span className="status-badge status-inactive">{t('network.inactive')}</span>}
        </div>
        {entry.role && <div>{entry.role}</div>}
        <div className="dimmed small">
          {[
            entry.since ? t('network.since', { date: formatDateNl(entry.since) }) : t('network.sinceUnknown'),
            entry.endDate ? t('network.until', { date: formatDateNl(entry.endDate) }) : '',
            entry.phone,
            entry.email,
          ].filter(Boolean).join(' · ')}
        </div>
      </div>
      {onEdit && onEnd && (
        <Group gap={4} wrap="nowrap">
          <Tooltip label={t('network.editOf', { name })}>
            <ActionIcon variant="subtle" color="gray" size="lg" onClick={onEdit} aria-label={t('network.editOf', { name })}>
              <IconPencil size={16} aria-hidden="true" />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('network.endOf', { name })}>
            <ActionIcon variant="subtle" color="gray" size="lg" onClick={onEnd} aria-label={t('network.endOf', { name })}>
              <IconUserOff size={16} aria-hidden="true" />
            </ActionIcon>
          </Tooltip>
        </Group>
      )}
    </li>
  );
}

export function NetworkSection({ patientId, archived }: { patientId: string; archived: boolean }) {
  const { t } = useTranslation();
  const [network, setNetwork] = useState<PatientNetwork | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<NetworkEntry | null | undefined>(undefined);
  const [ending, setEnding] = useState<NetworkEntry | null>(null);
  const organisations = usePartnerOptions();
  useEffect(() => {
    void unwrap(kbz().network.list({ patientId }))
      .then(setNetwork)
      .catch((e: unknown) => setError(errorText(t, e)));
  }, [patientId, t]);
  const current = network?.entries.filter((e) => e.endDate === '') ?? [];
  const ended = network?.entries.filter((e) => e.endDate !== '') ?? [];
  const saved = (n: PatientNetwork) => {
    setNetwork(n);
    setEditing(undefined);
    setEnding(null);
  };
  return (
    <section className="panel panel-pad" aria-labelledby="network-title" data-testid="network-section" aria-busy={network === null && error === null}>
      <Group justify="space-between" mb="sm">
        <h2 id="network-title" className="section-title" style={{ margin: 0 }}>{t('network.title')}</h2>
        {!archived && (
          <Button size="sm" variant="default" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setEditing(null)}>
            {t('network.add')}
          </Button>
        )}
      </Group>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      {network && current.length === 0 && <p className="dimmed">{t('network.empty')}</p>}
      {current.length > 0 && (
        <ul className="network-list" aria-label={t('network.currentLabel')}>
          {current.map((e) => (
            <EntryLine key={e.id} entry={e} onEdit={archived ? undefined : () => setEditing(e)} onEnd={archived ? undefined : () => setEnding(e)} />
          ))}
        </ul>
      )}
      {ended.length > 0 && (
        <details className="network-ended">
          <summary>{t('network.endedTitle', { count: ended.length })}</summary>
          <ul className="network-list">
            {ended.map((e) => <EntryLine key={e.id} entry={e} />)}
          </ul>
        </details>
      )}
      <NetworkDialog patientId={patientId} editing={editing} organisations={organisations} onClose={() => setEditing(undefined)} onSaved={saved} />
      <EndEntryDialog entry={ending} onClose={() => setEnding(null)} onEnded={saved} />
    </section>
  );
}
