// Every channel × every role (with and without beheerder) against the rules as the issue states them,
// written out here independently of the table.
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, type ChannelName } from './channel-names';
import { mayCall } from './permissions';
import { STAFF_ROLES, type StaffRole } from './schemas/staff';

const startsWith = (...prefixes: string[]) => (c: ChannelName) => prefixes.some((p) => c.startsWith(p));
/** Before sign-in: the sign-in and lock screens, the first-start wizard and the demo practice's way in and out. */
const PUBLIC = new Set<ChannelName>(['session.status', 'session.candidates', 'session.signIn', 'session.unlock', 'session.lock', 'session.signOut', 'setup.complete', 'setup.openDemo', 'setup.closeDemo']);
const EVERYONE = new Set<ChannelName>(['app.info', 'staff.list', 'practice.get', 'planning.get', 'print.savePdf', 'jobs.cancel', 'session.touch', 'session.changePassword', 'share.status']);
/** The network drive (issue 10 §3): its folder, test, export settings and retrying are the practice's settings. */
const isShareSettings = (c: ChannelName) => c.startsWith('share.') && c !== 'share.status';
/** Making and listing backups: no patient data in sight; whoever keeps the settings (issue 10 §4). */
const isBackupKeeping = startsWith('backups.list', 'backups.make');
const isTeamOrSettings = (c: ChannelName) =>
  ['staff.create', 'staff.update', 'staff.setActive', 'practice.update', 'planning.update', 'session.setLockMinutes'].includes(c) || isShareSettings(c) || isBackupKeeping(c);
/** Restoring a backup replaces all data (issue 10 §4): the beheerder's, with the recovery key. */
const isAccounts = startsWith('accounts.', 'recovery.', 'accessLog.verify', 'backups.inspect', 'backups.restore', 'backups.chooseFile');
/** The patient's network and planning drie-gesprekken too (issue 9 §2, §4): the assistant plans them. */
const isPatientRecordOrRoster = startsWith('patients.', 'import.', 'accessLog.forPatient', 'consents.', 'network.', 'meetings.', 'invitations.');
/** Blocked time: no patient data; everyone who plans, and the praktijkmanager, not the role 'other'. */
const isBlockedTime = startsWith('blocks.');
/** The list of intakes too: it shows each intake's domain weights. The living plan carries the intake's plan on. */
const isIntakeContent = startsWith('intakes.', 'actions.');
/** Holding the drie-gesprek and its report back (issue 9 §6): what was said and agreed, clinical like the plan. */
const isMeetingContent = startsWith('outcomes.', 'reports.');

/** Keeping the sociale kaart (issue 9): everyone who works with partners, not the role 'other'. */
const PARTNER_LOOKUPS: readonly ChannelName[] = ['partners.search', 'partners.get', 'partners.exportCsv'];
const isDirectoryChange = (c: ChannelName) => c.startsWith('partners.') && !PARTNER_LOOKUPS.includes(c);

/** The monthly overview (issue 10 §1): the praktijkmanager, and a beheerder (a practice without a manager); nobody else. */
const isOverview = startsWith('overview.');

/** The rules of issue 8 §3, channel by channel. */
function expected(role: StaffRole, beheerder: boolean, channel: ChannelName): boolean {
  if (PUBLIC.has(channel) || EVERYONE.has(channel)) return true;
  if (PARTNER_LOOKUPS.includes(channel)) return true; // no patient data
  if (isDirectoryChange(channel)) return role !== 'other';
  if (isBlockedTime(channel)) return role !== 'other';
  if (isOverview(channel)) return role === 'manager' || beheerder;
  if (isAccounts(channel)) return beheerder; // accounts, the recovery key and the log's integrity are the beheerder's
  if (isTeamOrSettings(channel) && beheerder) return true; // the beheerder keeps the team and settings too (a practice without a manager)
  switch (role) {
    case 'gp':
    case 'practice_nurse':
    case 'mental_health_nurse':
    case 'welfare_nurse':
      return isPatientRecordOrRoster(channel) || isIntakeContent(channel) || isMeetingContent(channel); // everything clinical
    case 'assistant':
      return isPatientRecordOrRoster(channel); // roster and planning, not intake content
    case 'manager':
      return isTeamOrSettings(channel); // team and settings, no patient record
    case 'other':
      return false;
  }
}

describe('the role table', () => {
  for (const role of STAFF_ROLES) {
    for (const beheerder of [false, true]) {
      it(`${role}${beheerder ? ' + beheerder' : ''}: allowed and denied channel by channel`, () => {
        const wrong = CHANNEL_NAMES.filter((c) => mayCall({ role, beheerder }, c) !== expected(role, beheerder, c));
        expect(wrong).toEqual([]);
      });
    }
  }

  it('a praktijkmanager opens no patient record and no intake; a doktersassistent opens no intake content', () => {
    expect(mayCall({ role: 'manager', beheerder: true }, 'patients.get')).toBe(false);
    expect(mayCall({ role: 'manager', beheerder: false }, 'intakes.get')).toBe(false);
    expect(mayCall({ role: 'assistant', beheerder: false }, 'intakes.get')).toBe(false);
    expect(mayCall({ role: 'assistant', beheerder: false }, 'patients.update')).toBe(true);
    expect(mayCall({ role: 'assistant', beheerder: false }, 'actions.list')).toBe(false);
    expect(mayCall({ role: 'assistant', beheerder: false }, 'network.add')).toBe(true);
    expect(mayCall({ role: 'assistant', beheerder: false }, 'outcomes.finish')).toBe(false);
    expect(mayCall({ role: 'assistant', beheerder: false }, 'reports.produce')).toBe(false);
    expect(mayCall({ role: 'welfare_nurse', beheerder: false }, 'outcomes.finish')).toBe(true);
    expect(mayCall({ role: 'manager', beheerder: true }, 'reports.preview')).toBe(false);
  });

  it('the monthly overview: the praktijkmanager and a beheerder see it; nobody else; the manager still opens no record', () => {
    expect(mayCall({ role: 'manager', beheerder: false }, 'overview.month')).toBe(true);
    expect(mayCall({ role: 'gp', beheerder: true }, 'overview.month')).toBe(true);
    expect(mayCall({ role: 'gp', beheerder: false }, 'overview.month')).toBe(false);
    expect(mayCall({ role: 'assistant', beheerder: false }, 'overview.options')).toBe(false);
    expect(mayCall({ role: 'other', beheerder: false }, 'overview.month')).toBe(false);
    expect(mayCall({ role: 'manager', beheerder: false }, 'patients.get')).toBe(false);
    expect(mayCall({ role: 'manager', beheerder: false }, 'patients.search')).toBe(false);
  });
});
