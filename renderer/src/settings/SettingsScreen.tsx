// Instellingen: the practice's details, its team, this workstation's language, the practice's security
// and the access log's check. Each tab shows what the signed-in role may do; the check only to a beheerder.
import { Tabs } from '@mantine/core';
import { IconBuildingHospital, IconCalendarCog, IconDatabaseExport, IconLanguage, IconLock, IconServer2, IconShieldCheck, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../components/PageHeader';
import { useCan } from '../session/useCan';
import { AccessLogSettings } from './AccessLogSettings';
import { BackupSettings } from './backups/BackupSettings';
import { LanguageSettings } from './LanguageSettings';
import { PlanningSettings } from './PlanningSettings';
import { PracticeSettings } from './PracticeSettings';
import { SecuritySettings } from './security/SecuritySettings';
import { ShareSettings } from './ShareSettings';
import { TeamSettings } from './TeamSettings';

export function SettingsScreen() {
  const { t } = useTranslation();
  const mayVerifyLog = useCan('accessLog.verify');
  const mayKeepShare = useCan('share.saveSettings');
  const mayKeepBackups = useCan('backups.list');
  return (
    <div className="page">
      <PageHeader title={t('settings.title')} context={t('settings.context')} />
      <Tabs defaultValue="practice" keepMounted={false}>
        <Tabs.List className="no-print">
          <Tabs.Tab value="practice" leftSection={<IconBuildingHospital size={16} aria-hidden="true" />}>
            {t('settings.practiceTab')}
          </Tabs.Tab>
          <Tabs.Tab value="team" leftSection={<IconUsersGroup size={16} aria-hidden="true" />}>
            {t('settings.teamTab')}
          </Tabs.Tab>
          <Tabs.Tab value="planning" leftSection={<IconCalendarCog size={16} aria-hidden="true" />}>
            {t('settings.planningTab')}
          </Tabs.Tab>
          {mayKeepShare && (
            <Tabs.Tab value="share" leftSection={<IconServer2 size={16} aria-hidden="true" />}>
              {t('settings.shareTab')}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="security" leftSection={<IconLock size={16} aria-hidden="true" />}>
            {t('settings.securityTab')}
          </Tabs.Tab>
          <Tabs.Tab value="language" leftSection={<IconLanguage size={16} aria-hidden="true" />}>
            {t('settings.languageTab')}
          </Tabs.Tab>
          {mayKeepBackups && (
            <Tabs.Tab value="backups" leftSection={<IconDatabaseExport size={16} aria-hidden="true" />}>
              {t('settings.backupsTab')}
            </Tabs.Tab>
          )}
          {mayVerifyLog && (
            <Tabs.Tab value="accessLog" leftSection={<IconShieldCheck size={16} aria-hidden="true" />}>
              {t('settings.accessLogTab')}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="practice" pt="md">
          <PracticeSettings />
        </Tabs.Panel>
        <Tabs.Panel value="team" pt="md">
          <TeamSettings />
        </Tabs.Panel>
        <Tabs.Panel value="planning" pt="md">
          <PlanningSettings />
        </Tabs.Panel>
        {mayKeepShare && (
          <Tabs.Panel value="share" pt="md">
            <ShareSettings />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="security" pt="md">
          <SecuritySettings />
        </Tabs.Panel>
        <Tabs.Panel value="language" pt="md">
          <LanguageSettings />
        </Tabs.Panel>
        {mayKeepBackups && (
          <Tabs.Panel value="backups" pt="md">
            <BackupSettings />
          </Tabs.Panel>
        )}
        {mayVerifyLog && (
          <Tabs.Panel value="accessLog" pt="md">
            <AccessLogSettings />
          </Tabs.Panel>
        )}
      </Tabs>
    </div>
  );
}
