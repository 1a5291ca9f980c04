// A table of access-log entries: when, what, which part, from which workstation, by whom.
import { useTranslation } from 'react-i18next';
import type { AccessLogEntry } from '../../../contract/schemas/access-log';
import { formatInstantNl } from '../../../contract/schemas/dates';
import { actionLabel, partLabel, userLabel } from './labels';

export function AccessTable({ entries, caption }: { entries: readonly AccessLogEntry[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <table className="data-table access-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" style={{ width: 140 }}>{t('accessLog.column.at')}</th>
          <th scope="col" style={{ width: 120 }}>{t('accessLog.column.action')}</th>
          <th scope="col">{t('accessLog.column.part')}</th>
          <th scope="col" style={{ width: '22%' }}>{t('accessLog.column.workstation')}</th>
          <th scope="col" style={{ width: '22%' }}>{t('accessLog.column.user')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.seq}>
            <td><time dateTime={e.at}>{formatInstantNl(e.at)}</time></td>
            <td>{actionLabel(t, e.action)}</td>
            <td>{partLabel(t, e.channel)}</td>
            <td title={e.workstation}>{e.workstation}</td>
            <td title={userLabel(t, e)}>{userLabel(t, e)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
