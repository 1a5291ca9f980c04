// The team as a table: name, role, AGB code, working days, sign-in, status. For a beheerder the sign-in
// column is the account's state with its actions; without the right to edit, the rows open nothing.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type StaffMember } from '../../../contract/schemas/staff';
import { messageText } from '../errors/messages';
import { accountStatusText, type AccountStatus } from './accounts/accountStatus';

function workingDays(member: StaffMember, dayName: (d: string) => string): string {
  return WEEKDAYS.filter((d) => member.workHours[d] !== null).map(dayName).join(' ');
}

/** The beheerder's view of accounts: each person's state and the menu of what can be done with it. */
export interface AccountColumn {
  statusOf(member: StaffMember): AccountStatus;
  actionsFor(member: StaffMember, status: AccountStatus): ReactNode;
}

interface TeamTableProps {
  staff: StaffMember[];
  /** Absent: the rows open nothing (read only). */
  onEdit?: (member: StaffMember) => void;
  accounts?: AccountColumn;
}

function AccountCell({ status }: { status: AccountStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge account-${status.kind}`}>{messageText(t, accountStatusText(status))}</span>;
}

export function TeamTable({ staff, onEdit, accounts }: TeamTableProps) {
  const { t } = useTranslation();
  const widths = accounts ? ['21%', '15%', '9%', '16%', '18%', '10%', '11%'] : ['26%', '18%', '11%', '21%', '12%', '12%'];
  return (
    <table className={`data-table team-table${onEdit ? '' : ' read-only'}`}>
      <thead>
        <tr>
          <th scope="col" style={{ width: widths[0] }}>{t('team.name')}</th>
          <th scope="col" style={{ width: widths[1] }}>{t('team.role')}</th>
          <th scope="col" style={{ width: widths[2] }}>{t('team.agb')}</th>
          <th scope="col" style={{ width: widths[3] }}>{t('team.days')}</th>
          <th scope="col" style={{ width: widths[4] }}>{accounts ? t('accounts.column') : t('team.signIn')}</th>
          <th scope="col" style={{ width: widths[5] }}>{t('team.status')}</th>
          {accounts && <th scope="col" style={{ width: widths[6] }}><span className="sr-only">{t('accounts.actionsColumn')}</span></th>}
        </tr>
      </thead>
      <tbody>
        {staff.map((s) => {
          const status = accounts?.statusOf(s);
          return (
            <tr key={s.id} className={s.active ? undefined : 'inactive'} onClick={onEdit && (() => onEdit(s))}>
              <td>
                {onEdit ? (
                  <button type="button" className="link-cell" onClick={(e) => { e.stopPropagation(); onEdit(s); }}>{s.name}</button>
                ) : (
                  <span className="team-name">{s.name}</span>
                )}
              </td>
              <td>{t(`role.${s.role}`)}</td>
              <td>{s.agbCode || t('team.noDays')}</td>
              <td>{workingDays(s, (d) => t(`weekday.${d}`)) || t('team.noDays')}</td>
              <td>{status ? <AccountCell status={status} /> : s.canSignIn ? t('team.yes') : t('team.no')}</td>
              <td><span className={`status-badge ${s.active ? 'status-active' : 'status-inactive'}`}>{s.active ? t('team.active') : t('team.inactive')}</span></td>
              {accounts && status && <td className="actions-cell">{accounts.actionsFor(s, status)}</td>}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
