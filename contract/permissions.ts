// Who may call what: one table, enforced by the one door (`invoke`) on every call; the UI only hides what it refuses.
// A channel needs one capability; a role has a set of them; a beheerder (any user can also be one)
// has `accounts` on top of their role's.
import type { ChannelName } from './channel-names';
import type { StaffRole } from './schemas/staff';

export const CAPABILITIES = [
  /** Before sign-in: the sign-in screen, the lock screen and the first-start wizard (they check the session themselves). */
  'public',
  /** Anyone signed in: the app's own details, the team's names, the practice, their own jobs and printouts. */
  'everyone',
  /** The roster: find, add, edit, import patients and change their KBZ status. */
  'roster',
  /** Open one patient's record (and its list of intakes). */
  'record',
  /** Keeping the sociale kaart: add, edit, deactivate organisations and contact persons. */
  'directory',
  /** The practice's calendar without patient data: blocked time of the team. */
  'planning',
  /** The content of intakes: the 4D picture, problems, plan. */
  'clinical',
  /** The team: add, edit, deactivate staff. */
  'team',
  /** The practice's details and settings. */
  'settings',
  /** The monthly overview: counts of the practice's KBZ work, never a name or a patient id. */
  'overview',
  /** Accounts and the access log's integrity (beheerder). */
  'accounts',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

const CLINICIAN: readonly Capability[] = ['everyone', 'roster', 'record', 'clinical', 'directory', 'planning'];

/** What each role may do. A praktijkmanager manages team and settings but opens no patient record. */
export const ROLE_CAPABILITIES: Record<StaffRole, readonly Capability[]> = {
  gp: CLINICIAN,
  practice_nurse: CLINICIAN,
  mental_health_nurse: CLINICIAN,
  welfare_nurse: CLINICIAN,
  assistant: ['everyone', 'roster', 'record', 'directory', 'planning'],
  manager: ['everyone', 'team', 'settings', 'directory', 'planning', 'overview'],
  other: ['everyone'],
};

/**
 * What being beheerder adds to any role: accounts, and the team and settings that go with them (who may
 * sign in is part of the team). A small practice without a praktijkmanager (a GP and an assistant) still
 * has someone who can keep its team and details up to date, and see the monthly overview.
 */
export const BEHEERDER_CAPABILITIES: readonly Capability[] = ['accounts', 'team', 'settings', 'overview'];

export const CHANNEL_CAPABILITY: Record<ChannelName, Capability> = {
  'app.info': 'everyone',
  'session.status': 'public',
  'session.candidates': 'public',
  'session.signIn': 'public',
  'session.unlock': 'public',
  'session.lock': 'public',
  'session.touch': 'everyone',
  'session.signOut': 'public',
  'session.changePassword': 'everyone',
  'session.setLockMinutes': 'settings',
  /** Refuses once any account exists. */
  'setup.complete': 'public',
  /** From the wizard's first screen, and back from the demo's banner: the demo holds fictional data only. */
  'setup.openDemo': 'public',
  'setup.closeDemo': 'public',
  'accounts.list': 'accounts',
  'accounts.setPassword': 'accounts',
  'accounts.setBeheerder': 'accounts',
  'recovery.status': 'accounts',
  'recovery.renew': 'accounts',
  'recovery.confirm': 'accounts',
  'staff.list': 'everyone',
  'staff.create': 'team',
  'staff.update': 'team',
  'staff.setActive': 'team',
  'practice.get': 'everyone',
  'practice.update': 'settings',
  'patients.search': 'roster',
  'patients.count': 'roster',
  'patients.facets': 'roster',
  'patients.get': 'record',
  'patients.findSimilar': 'roster',
  'patients.create': 'roster',
  'patients.update': 'roster',
  'patients.setStatus': 'roster',
  'patients.archive': 'roster',
  'patients.restore': 'roster',
  'import.preview': 'roster',
  'import.recheck': 'roster',
  'import.previewStatus': 'roster',
  'import.commit': 'roster',
  /** The list shows each intake's domain weights: intake content. */
  'intakes.list': 'clinical',
  'intakes.get': 'clinical',
  'intakes.start': 'clinical',
  'intakes.saveDraft': 'clinical',
  'intakes.finish': 'clinical',
  'intakes.correct': 'clinical',
  'intakes.discard': 'clinical',
  'intakes.categories': 'clinical',
  'intakes.addCategory': 'clinical',
  'intakes.removeCategory': 'clinical',
  /** The sociale kaart is no patient data: everyone may look things up in it. */
  'partners.search': 'everyone',
  'partners.get': 'everyone',
  'partners.create': 'directory',
  'partners.update': 'directory',
  'partners.setActive': 'directory',
  'partners.createContact': 'directory',
  'partners.updateContact': 'directory',
  'partners.setContactActive': 'directory',
  'partners.importPreview': 'directory',
  'partners.importCommit': 'directory',
  'partners.exportCsv': 'everyone',
  /**
   * The monthly overview is counts only (no name, no patient id): the praktijkmanager's, and the beheerder's
   * in a practice without one. Clinicians and the assistant see their patients in the record instead.
   */
  'overview.month': 'overview',
  'overview.options': 'overview',
  /** The same counts as a file (suppressed below the threshold): no patient data. */
  'overview.export': 'overview',
  /** Consent is part of the record: who may open it (the assistant plans meetings) keeps it. */
  'consents.list': 'record',
  'consents.record': 'record',
  /**
   * The patient's network is part of the record, like consent: the doktersassistent plans the drie-gesprek
   * and invites its people, so keeps it too.
   */
  'network.list': 'record',
  'network.add': 'record',
  'network.update': 'record',
  'network.end': 'record',
  /**
   * The living plan is the intake's plan carried on: what was agreed about the patient's problems, by whom.
   * It is clinical content (the actions name debts, sleep, mood), so those who may not read the intake
   * (doktersassistent, praktijkmanager) may not read or change the plan either; `actions.mine` lists a
   * clinician's own actions, the same content.
   */
  'actions.list': 'clinical',
  'actions.create': 'clinical',
  'actions.update': 'clinical',
  'actions.setStatus': 'clinical',
  'actions.mine': 'clinical',
  /** The planning settings (rooms, default length, practice hours) hold no patient data; changing them is the settings'. */
  'planning.get': 'everyone',
  'planning.update': 'settings',
  /**
   * Drie-gesprekken concern a patient, so they are the record's: the doktersassistent plans them, as they
   * keep consent. The week view shows other patients' meetings only as busy time (no name, no id), but it
   * also shows the chosen patient's own, so it stays with the record too.
   *
   * The agenda is the exception to think through: prefilled from the latest intake's priorities and open
   * actions, it is intake content, which the assistant may not read (`intakes.get` is clinical). So
   * `meetings.draft` fills the agenda only for a caller with 'clinical' and otherwise returns it empty
   * (`agendaWithheld`). A saved agenda is different: it is what the meeting is about and what the
   * invitation to the partners carries (with consent), written for them, so whoever plans the meeting
   * sees and may edit it. A clinician chooses what goes on it; the assistant does not see the intake behind it.
   */
  'meetings.week': 'record',
  'meetings.forPatient': 'record',
  'meetings.get': 'record',
  'meetings.draft': 'record',
  'meetings.conflicts': 'record',
  'meetings.create': 'record',
  'meetings.propose': 'record',
  'meetings.confirm': 'record',
  'meetings.reschedule': 'record',
  'meetings.update': 'record',
  'meetings.cancel': 'record',
  'meetings.setStatus': 'record',
  /** Lists meetings with patients' names, like the roster: the record's users. */
  'meetings.agenda': 'record',
  /** Vandaag: one's own meetings today, with the patients' names: the record's users. */
  'meetings.today': 'record',
  /**
   * Invitations and the patient's letter: whoever plans the meeting sends its invitations (the assistant too).
   * What goes to a partner is guarded by the patient's consent in the service, not by the role.
   */
  'invitations.forMeeting': 'record',
  'invitations.produce': 'record',
  'invitations.patientLetter': 'record',
  /**
   * Holding the drie-gesprek writes clinical content: notes on the patient's problems and agreements that
   * become actions on the living plan (itself 'clinical'), and it moves the patient's status forward. So
   * opening, saving and finishing it are 'clinical', like the intake: the doktersassistent plans the meeting
   * and invites its people, but does not read or write what was said in it.
   */
  'outcomes.get': 'clinical',
  'outcomes.saveDraft': 'clinical',
  'outcomes.finish': 'clinical',
  /**
   * The report back carries the agreements (clinical content, the plan's), so making it is 'clinical' too;
   * what goes to each partner is guarded in the service by the patient's consent for the report back.
   */
  'reports.preview': 'clinical',
  'reports.produce': 'clinical',
  /** Blocked time (a course, a free afternoon) holds no patient data: the planners and the praktijkmanager keep it. */
  'blocks.create': 'planning',
  'blocks.remove': 'planning',
  /** A patient's own access history (an AVG request): part of the record. */
  'accessLog.forPatient': 'record',
  'accessLog.verify': 'accounts',
  'print.savePdf': 'everyone',
  'jobs.cancel': 'everyone',
  /** The network drive's settings and folder test are the practice's settings (no patient data). */
  'share.settings': 'settings',
  'share.saveSettings': 'settings',
  'share.testFolder': 'settings',
  'share.chooseFolder': 'settings',
  /** Everyone signed in sees that files wait (a count, a reason, no file contents); retrying is the settings'. */
  'share.status': 'everyone',
  'share.retry': 'settings',
  'share.drop': 'settings',
  'backups.list': 'settings',
  'backups.make': 'settings',
  'backups.inspect': 'accounts',
  'backups.restore': 'accounts',
  'backups.chooseFile': 'accounts',
};

export interface Signer {
  role: StaffRole;
  beheerder: boolean;
}

/** True when this person may call the channel. */
export function mayCall(signer: Signer, channel: ChannelName): boolean {
  const needed = CHANNEL_CAPABILITY[channel];
  if (needed === 'public') return true;
  return ROLE_CAPABILITIES[signer.role].includes(needed) || (signer.beheerder && BEHEERDER_CAPABILITIES.includes(needed));
}
