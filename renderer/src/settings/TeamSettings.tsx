// Instellingen → Team: everyone who works at the practice, active first; add, edit, deactivate.
import { Button } from '@mantine/core';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type StaffMember } from '../../../contract/schemas/staff';
import { useStaff } from '../app/staffStore';
import { EmptyState } from '../components/EmptyState';
import { StaffDialog } from './StaffDialog';

function workingDays(member: StaffMember, dayName: (d: string) => string): string {
  return WEEKDAYS.filter((d) => member.workHours[d] !== null).map(dayName).join(' ');
}

export function TeamSettings() {
  const { t } = useTranslation();
  const { staff, refresh } = useStaff();
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const add = (
    <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setEditing('new')}>
      {t('team.add')}
    </Button>
  );
  return (
    <section className="panel team-panel" aria-labelledby="team-title">
      <div className="panel-head">
        <div>
          <h2 id="team-title">{t('team.title')}</h2>
          <p className="dimmed">{t('team.intro')}</p>
        </div>
        {staff.length > 0 && add}
      </div>
      {staff.length === 0 ? (
        <EmptyState icon={<IconUsersGroup size={32} aria-hidden="true" />} title={t('team.empty')} actions={add} />
      ) : (
        <table className="data-table team-table">
          <thead>
            <tr>
              <th scope="col" style={{ width: '26%' }}>{t('team.name')}</th>
              <th scope="col" style={{ width: '18%' }}>{t('team.role')}</th>
              <th scope="col" style={{ width: '11%' }}>{t('team.agb')}</th>
              <th scope="col" style={{ width: '21%' }}>{t('team.days')}</th>
              <th scope="col" style={{ width: '12%' }}>{t('team.signIn')}</th>
              <th scope="col" style={{ width: '12%' }}>{t('team.status')}</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((s) => (
              <tr key={s.id} className={s.active ? undefined : 'inactive'} onClick={() => setEditing(s)}>
                <td>
                  <button type="button" className="link-cell" onClick={(e) => { e.stopPropagation(); setEditing(s); }}>{s.name}</button>
                </td>
                <td>{t(`role.${s.role}`)}</td>
                <td>{s.agbCode || t('team.noDays')}</td>
                <td>{workingDays(s, (d) => t(`weekday.${d}`)) || t('team.noDays')}</td>
                <td>{s.canSignIn ? t('team.yes') : t('team.no')}</td>
                <td><span className={`status-badge ${s.active ? 'status-active' : 'status-inactive'}`}>{s.active ? t('team.active') : t('team.inactive')}</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <StaffDialog
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void refresh();
        }}
      />
    </section>
  );
}
