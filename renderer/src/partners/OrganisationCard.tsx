// An organisation's card beside the list: its details, notes and contact persons, with what may be changed.
import { Button, CloseButton } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, PartnerContact } from '../../../contract/schemas/partners';
import { ContactPersons } from './ContactPersons';
import { SecureMark } from './PartnerTable';
import { formatWijken, partnerTypeKey } from './partnerText';

interface OrganisationCardProps {
  organisation: Organisation;
  onClose(): void;
  /** Absent: the person may read but not change the sociale kaart. */
  changes?: {
    edit(): void;
    setActive(active: boolean): void;
    addContact(): void;
    editContact(contact: PartnerContact): void;
    setContactActive(contact: PartnerContact, active: boolean): void;
  };
}

function address(o: Organisation): string {
  const street = [o.street, o.houseNumber].filter(Boolean).join(' ');
  const place = [o.postcode, o.city].filter(Boolean).join(' ');
  return [street, place].filter(Boolean).join(', ');
}

export function OrganisationCard({ organisation: o, onClose, changes }: OrganisationCardProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const none = t('partners.unknown');
  useEffect(() => {
    headingRef.current?.focus();
  }, [o.id]);
  return (
    <aside className="panel partner-card" aria-labelledby="partner-card-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !document.querySelector('[role="dialog"]')) onClose();
      }}>
      <div className="partner-card-head">
        <div>
          <h2 id="partner-card-title" ref={headingRef} tabIndex={-1}>{o.name}</h2>
          <div className="dimmed">
            {t(partnerTypeKey(o.type))}
            {' · '}
            <span className={`status-badge ${o.active ? 'status-active' : 'status-inactive'}`}>{t(o.active ? 'partners.active' : 'partners.inactive')}</span>
          </div>
        </div>
        <CloseButton aria-label={t('partners.closeCard')} onClick={onClose} />
      </div>
      {changes && (
        <div className="partner-card-actions">
          <Button size="compact-sm" variant="default" leftSection={<IconPencil size={14} aria-hidden="true" />} onClick={changes.edit}>{t('partners.editOrganisation')}</Button>
          <Button size="compact-sm" variant="default" color={o.active ? 'red' : undefined} onClick={() => changes.setActive(!o.active)}>
            {t(o.active ? 'partners.deactivateOrganisation' : 'partners.activateOrganisation')}
          </Button>
        </div>
      )}
      <dl className="detail-list">
        <dt>{t('partners.field.phone')}</dt><dd>{o.phone || none}</dd>
        <dt>{t('partners.field.email')}</dt>
        <dd>{o.email ? <>{o.email} {o.emailSecure && <SecureMark />}</> : none}</dd>
        <dt>{t('partners.field.address')}</dt><dd>{address(o) || none}</dd>
        <dt>{t('partners.field.wijken')}</dt><dd>{formatWijken(o.wijken) || none}</dd>
      </dl>
      <section className="card-section" aria-labelledby="notes-title">
        <h3 id="notes-title">{t('partners.field.notes')}</h3>
        <p className={o.notes ? 'partner-notes' : 'card-empty'}>{o.notes || t('partners.noNotes')}</p>
      </section>
      <ContactPersons organisation={o} onAdd={changes?.addContact} onEdit={changes?.editContact} onSetActive={changes?.setContactActive} />
    </aside>
  );
}
