// Words for an access-log entry: what was done (the action) and to which part of the record (the channel).
import type { TFunction } from 'i18next';
import type { AccessAction, AccessLogEntry } from '../../../contract/schemas/access-log';

export function actionLabel(t: TFunction, action: AccessAction): string {
  return t(`accessLog.action.${action}`);
}

/** The locale key (under `accessLog.part`) of the part of the record each channel touches. */
const PART_BY_CHANNEL: Record<string, string> = {
  'patients.get': 'record',
  'patients.create': 'record',
  'patients.update': 'details',
  'patients.setStatus': 'status',
  'patients.archive': 'archive',
  'patients.restore': 'restore',
  'intakes.list': 'intakeList',
  'intakes.get': 'intake',
  'intakes.start': 'intake',
  'intakes.saveDraft': 'intake',
  'intakes.finish': 'intakeFinished',
  'intakes.correct': 'intakeCorrection',
  'intakes.discard': 'intakeDiscarded',
  'import.commit': 'import',
  'accessLog.forPatient': 'history',
  'consents.list': 'consent',
  'consents.record': 'consent',
  'invitations.forMeeting': 'invitations',
  'invitations.produce': 'invitation',
  'invitations.patientLetter': 'patientLetter',
  'network.list': 'network',
  'network.add': 'network',
  'network.update': 'network',
  'network.end': 'network',
  'actions.list': 'plan',
  'actions.create': 'plan',
  'actions.update': 'plan',
  'actions.setStatus': 'planStatus',
  'meetings.forPatient': 'meetings',
  'meetings.get': 'meeting',
  'meetings.draft': 'meeting',
  'meetings.create': 'meeting',
  'meetings.propose': 'meeting',
  'meetings.confirm': 'meeting',
  'meetings.reschedule': 'meeting',
  'meetings.update': 'meeting',
  'meetings.cancel': 'meetingCancelled',
  'meetings.setStatus': 'meeting',
  'outcomes.get': 'meetingOutcome',
  'outcomes.saveDraft': 'meetingOutcome',
  'outcomes.finish': 'meetingFinished',
  'reports.preview': 'report',
  'reports.produce': 'report',
};

/** A channel of a later version without words here shows as it is. */
export function partLabel(t: TFunction, channel: string): string {
  const part = PART_BY_CHANNEL[channel];
  return part ? t(`accessLog.part.${part}`) : channel;
}

/** "Anna Makkes (huisarts)"; older entries (before sign-in) show the workstation's user as stored. */
export function userLabel(t: TFunction, entry: Pick<AccessLogEntry, 'userName' | 'userRole'>): string {
  return entry.userRole ? `${entry.userName} (${t(`role.${entry.userRole}`)})` : entry.userName;
}
