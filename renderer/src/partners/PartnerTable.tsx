// The organisations as a table: name, type, wijken, phone, e-mail (marked when secure), active contacts.
// A row opens with one click; the name is a button, so Tab and Enter open it too.
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../contract/schemas/partners';
import { activeContactCount, formatWijken, partnerTypeKey } from './partnerText';

interface PartnerTableProps {
  organisations: Organisation[];
  selectedId: string | null;
  onOpen(organisation: Organisation): void;
}

export function SecureMark() {
  const { t } = useTranslation();
  return (
    <span className="secure-mark" title={t('partners.emailSecureHint')}>
      <IconShieldLock size={14} aria-hidden="true" />
      {t('partners.secure')}
    </span>
  );
}

export function PartnerTable({ organisations, selectedId, onOpen }: PartnerTableProps) {
  const { t } = useTranslation();
  const none = t('partners.none');
  return (
    <div className="partner-scroll">
      <table className="data-table partner-table" aria-label={t('partners.listLabel')}>
        <thead>
          <tr>
            <th scope="col" style={{ width: '26%' }}>{t('partners.column.name')}</th>
            <th scope="col" style={{ width: '15%' }}>{t('partners.column.type')}</th>
            <th scope="col" style={{ width: '17%' }}>{t('partners.column.wijken')}</th>
            <th scope="col" style={{ width: '13%' }}>{t('partners.column.phone')}</th>
            <th scope="col" style={{ width: '20%' }}>{t('partners.column.email')}</th>
            <th scope="col" className="num" style={{ width: '9%' }}>{t('partners.column.contacts')}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((o) => (
            <tr key={o.id} className={[o.active ? '' : 'inactive', o.id === selectedId ? 'active' : ''].join(' ').trim() || undefined}
              aria-selected={o.id === selectedId} onClick={() => onOpen(o)}>
              <td>
                <button type="button" className="link-cell" data-partner-id={o.id} onClick={(e) => { e.stopPropagation(); onOpen(o); }}>{o.name}</button>
                {!o.active && <span className="status-badge status-inactive inactive-label">{t('partners.inactive')}</span>}
              </td>
              <td>{t(partnerTypeKey(o.type))}</td>
              <td title={formatWijken(o.wijken)}>{formatWijken(o.wijken) || none}</td>
              <td>{o.phone || none}</td>
              <td title={o.email}>
                {o.email ? <>{o.emailSecure && <SecureMark />}{o.email}</> : none}
              </td>
              <td className="num">{activeContactCount(o)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
