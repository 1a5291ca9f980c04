// An organisation's contact persons on its card: who, what they do, how and when to reach them.
import { Button } from '@mantine/core';
import { IconPencil, IconPlus, IconUser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Organisation, PartnerContact } from '../../../contract/schemas/partners';
import { formatReachableDays, formatWijken } from './partnerText';

interface ContactPersonsProps {
  organisation: Organisation;
  /** Absent: read only. */
  onAdd?: () => void;
  onEdit?: (contact: PartnerContact) => void;
  onSetActive?: (contact: PartnerContact, active: boolean) => void;
}

function ContactPerson({ contact, onEdit, onSetActive }: { contact: PartnerContact } & Pick<ContactPersonsProps, 'onEdit' | 'onSetActive'>) {
  const { t } = useTranslation();
  const none = t('partners.unknown');
  const days = formatReachableDays(contact.reachableDays, (d) => t(`weekday.${d}`));
  const headingId = `contact-${contact.id}`;
  return (
    <li className={`contact-person${contact.active ? '' : ' inactive'}`} aria-labelledby={headingId}>
      <div className="contact-head">
        <h4 id={headingId}>{contact.name}</h4>
        {!contact.active && <span className="status-badge status-inactive inactive-label">{t('partners.inactive')}</span>}
      </div>
      {contact.function && <div className="contact-function">{contact.function}</div>}
      <dl className="detail-list compact">
        <dt>{t('partners.field.phone')}</dt><dd>{contact.phone || none}</dd>
        <dt>{t('partners.field.email')}</dt><dd>{contact.email || none}</dd>
        <dt>{t('partners.field.wijken')}</dt><dd>{formatWijken(contact.wijken) || t('partners.wijkenOfOrganisation')}</dd>
        <dt>{t('partners.field.reachableDays')}</dt><dd>{days || none}</dd>
      </dl>
      {onEdit && onSetActive && (
        <div className="contact-actions">
          <Button size="compact-xs" variant="subtle" leftSection={<IconPencil size={13} aria-hidden="true" />} onClick={() => onEdit(contact)}
            aria-label={t('partners.editContactOf', { name: contact.name })}>
            {t('partners.edit')}
          </Button>
          <Button size="compact-xs" variant="subtle" color="gray" onClick={() => onSetActive(contact, !contact.active)}
            aria-label={t(contact.active ? 'partners.deactivateContactOf' : 'partners.activateContactOf', { name: contact.name })}>
            {t(contact.active ? 'partners.deactivate' : 'partners.activate')}
          </Button>
        </div>
      )}
    </li>
  );
}

export function ContactPersons({ organisation, onAdd, onEdit, onSetActive }: ContactPersonsProps) {
  const { t } = useTranslation();
  return (
    <section className="card-section" aria-labelledby="contacts-title">
      <h3 id="contacts-title">{t('partners.contactsTitle', { count: organisation.contacts.length })}</h3>
      {organisation.contacts.length === 0 ? (
        <p className="card-empty"><IconUser size={16} aria-hidden="true" /> {t(onAdd && organisation.active ? 'partners.noContacts' : 'partners.noContactsReadOnly')}</p>
      ) : (
        <ul className="contact-list">
          {organisation.contacts.map((c) => <ContactPerson key={c.id} contact={c} onEdit={onEdit} onSetActive={onSetActive} />)}
        </ul>
      )}
      {onAdd && organisation.active && (
        <Button size="compact-sm" variant="default" mt={8} leftSection={<IconPlus size={14} aria-hidden="true" />} onClick={onAdd}>
          {t('partners.addContact')}
        </Button>
      )}
    </section>
  );
}
