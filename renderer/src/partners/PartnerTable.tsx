// The organisations as a table: name, type, wijken, phone, e-mail (marked when secure), active contacts.
// A row opens with one click; the name is a button, so Tab and Enter open it too.
import { IconShieldLock } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../contract/schemas/partners';
import { activeContactCount, formatWijken, partnerTypeKey } from './partnerText';

interface PartnerTableProps {
  organisations: Organisation[];
  selectedId: string | null;
  onOpen(organisation: Organisation): void;
  /** A card is open beside the table: phone and e-mail are on the card, so the table leaves them out. */
  compact: boolean;
}

/** "Beveiligd" beside a secure e-mail address; in a narrow table cell the shield alone (the word still read out). */
export function SecureMark({ iconOnly = false }: { iconOnly?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={iconOnly ? 'secure-mark icon-only' : 'secure-mark'} title={t('partners.emailSecureHint')}>
      <IconShieldLock size={14} aria-hidden="true" />
      <span className={iconOnly ? 'sr-only' : undefined}>{t('partners.secure')}</span>
    </span>
  );
}

/** Arrow keys move from one organisation's name to the next, Home and End to the first and last. */
function moveBetweenRows(e: KeyboardEvent<HTMLTableElement>): void {
  const names = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('.link-cell')];
  const at = names.indexOf(e.target as HTMLButtonElement);
  if (at < 0) return;
  const to: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: names.length - 1 };
  const next = names[to[e.key] ?? -1];
  if (!next) return;
  e.preventDefault();
  next.focus();
}

export function PartnerTable({ organisations, selectedId, onOpen, compact }: PartnerTableProps) {
  const { t } = useTranslation();
  const none = t('partners.none');
  return (
    <div className="partner-scroll">
      <table className="data-table partner-table" aria-label={t('partners.listLabel')} onKeyDown={moveBetweenRows}>
        <thead>
          <tr>
            <th scope="col" style={{ width: compact ? '38%' : '25%' }}>{t('partners.column.name')}</th>
            <th scope="col" style={{ width: compact ? '30%' : '17%' }}>{t('partners.column.type')}</th>
            <th scope="col" style={{ width: compact ? '32%' : '18%' }}>{t('partners.column.wijken')}</th>
            {!compact && <th scope="col" style={{ width: '15%' }}>{t('partners.column.phone')}</th>}
            {!compact && <th scope="col" style={{ width: '25%' }}>{t('partners.column.email')}</th>}
            <th scope="col" className="num" style={{ width: 148 }}>{t('partners.column.contacts')}</th>
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
              <td title={t(partnerTypeKey(o.type))}>{t(partnerTypeKey(o.type))}</td>
              <td title={formatWijken(o.wijken)}>{formatWijken(o.wijken) || none}</td>
              {!compact && <td>{o.phone || none}</td>}
              {!compact && (
                <td title={o.email}>
                  {o.email ? <>{o.emailSecure && <SecureMark iconOnly />}{o.email}</> : none}
                </td>
              )}
              <td className="num">{activeContactCount(o)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
