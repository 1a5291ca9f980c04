// THE contract: for each channel its input schema and output type.
import { z } from 'zod';
import type { ChannelName } from './channel-names';
import type { AccessLogCheck, PatientAccessHistory } from './schemas/access-log';
import { backupInspectSchema, backupRestoreSchema, type BackupInspection, type BackupOverview, type BackupRestored } from './schemas/backups';
import {
  importCommitSchema,
  importPreviewSchema,
  importRecheckSchema,
  type ImportPreviewStarted,
  type ImportPreviewStatus,
  type ImportReport,
} from './schemas/import';
import {
  DOMAINS,
  intakeContentSchema,
  problemCategoryIdSchema,
  type Intake,
  type IntakeSummary,
  type ProblemCategory,
} from './schemas/intake';
import { isIsoDate } from './schemas/dates';
import { KBZ_STATUSES, patientInputSchema, type Patient, type PatientListItem } from './schemas/patient';
import { rosterQuerySchema, type RosterFacets, type RosterPage } from './schemas/roster';
import { staffInputSchema, type StaffMember } from './schemas/staff';
import { practiceInputSchema, type Practice } from './schemas/practice';
import { multiLineText, singleLineText } from './schemas/text-fields';
import { partnerCsvInputSchema, type PartnerCsvExport, type PartnerImportPreview, type PartnerImportReport } from './schemas/partner-transfer';
import { consentInputSchema, type PatientConsents } from './schemas/consent';
import {
  outcomeDraftInputSchema,
  outcomeFinishInputSchema,
  reportRequestSchema,
  type MeetingOutcome,
  type OutcomeView,
  type ProducedReport,
  type ReportPreview,
} from './schemas/outcomes';
import { invitationRequestSchema, meetingRefSchema, type MeetingInvitations, type PatientLetter, type ProducedInvitation } from './schemas/invitations';
import {
  actionStatusInputSchema,
  networkEndSchema,
  networkEntryInputSchema,
  planActionInputSchema,
  planRevisionSchema,
  type MyActions,
  type PatientActions,
  type PatientNetwork,
} from './schemas/plan';
import {
  blockInputSchema,
  cancelReasonSchema,
  conflictQuerySchema,
  instantSchema,
  MAX_PROPOSALS,
  meetingInputSchema,
  planningSettingsSchema,
  weekQuerySchema,
  type AgendaOverview,
  type Meeting,
  type MeetingDraft,
  type MeetingSummary,
  type PlanningSettings,
  type PlanningWarning,
  type StaffBlock,
  type WeekView,
} from './schemas/meetings';
import type { MonthOverview } from './schemas/overview';
import { overviewExportSchema, overviewQuerySchema, type OverviewOptions } from './schemas/overview-query';
import { contactInputSchema, organisationInputSchema, partnerQuerySchema, type Organisation, type PartnerList } from './schemas/partners';
import {
  lockMinutesSchema,
  passwordSchema,
  recoveryCodeTypedSchema,
  setupSchema,
  typedPasswordSchema,
  type AccountState,
  type RecoveryCodeState,
  type SessionStatus,
  type SetupDone,
  type SignedIn,
  type SignedInUser,
  type SignInCandidate,
} from './schemas/session';
import { shareDropSchema, shareSettingsSchema, shareTestSchema, type ShareSettings, type ShareStatus } from './schemas/share';

interface ChannelSpec<S extends z.ZodType, O> {
  input: S;
  /** Type-only marker for the output; never read at run time. */
  output: O;
}

function channel<O>() {
  return <S extends z.ZodType>(input: S): ChannelSpec<S, O> => ({ input, output: undefined as O });
}

const id = z.string('validation.required').uuid('validation.id');
const empty = z.object({}).strict();
const revision = z.number('validation.number').int('validation.number').min(1, 'validation.number').max(Number.MAX_SAFE_INTEGER, 'validation.number');

/** The host switches between the practice and the demo once this answer is sent. */
export interface DemoSwitch {
  switching: true;
}

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataDir: string;
  host: 'electron' | 'browser';
}

export const channels = {
  'app.info': channel<AppInfo>()(empty),
  /** Whether the wizard is needed, the practice's name, and the caller's session (if any) and lock. */
  'session.status': channel<SessionStatus>()(empty),
  /** Who can sign in: active staff allowed to, with a password. */
  'session.candidates': channel<SignInCandidate[]>()(empty),
  'session.signIn': channel<SignedIn>()(z.object({ staffId: id, password: typedPasswordSchema }).strict()),
  /** The same person's password opens a locked session again. */
  'session.unlock': channel<SignedInUser>()(z.object({ password: typedPasswordSchema }).strict()),
  'session.lock': channel<{ locked: true }>()(empty),
  /** Activity without other calls (typing a long text): keeps the session from locking on its own. */
  'session.touch': channel<{ ok: true }>()(empty),
  'session.signOut': channel<{ signedOut: true }>()(empty),
  'session.changePassword': channel<{ changed: true }>()(z.object({ current: typedPasswordSchema, next: passwordSchema }).strict()),
  /** The practice's inactivity lock, in minutes. */
  'session.setLockMinutes': channel<{ lockAfterMinutes: number }>()(
    z.object({ minutes: lockMinutesSchema }).strict(),
  ),
  /** The first start: the practice, the first user (beheerder) and a recovery code shown once. Only while no account exists. */
  'setup.complete': channel<SetupDone>()(setupSchema),
  /**
   * Opens the demo practice, in a folder of its own beside the practice's (seeded the first time). The host
   * switches after answering: the browser host answers `busy` during the switch and the page signs in
   * again; the app restarts. Refused (conflict) in the demo itself.
   */
  'setup.openDemo': channel<DemoSwitch>()(empty),
  /** Back from the demo to the practice's own folder, as `setup.openDemo` went. Refused (conflict) outside the demo. */
  'setup.closeDemo': channel<DemoSwitch>()(empty),
  'accounts.list': channel<AccountState[]>()(empty),
  /** Gives or resets a password; the person's other sessions end. */
  'accounts.setPassword': channel<AccountState>()(z.object({ staffId: id, password: passwordSchema }).strict()),
  'accounts.setBeheerder': channel<AccountState>()(z.object({ staffId: id, beheerder: z.boolean('validation.choice') }).strict()),
  'recovery.status': channel<RecoveryCodeState>()(empty),
  /** A new recovery code in place of the old one (which stops working); shown once. */
  'recovery.renew': channel<{ code: string }>()(empty),
  /** The code typed back from paper: when it is the current one, it counts as written down. */
  'recovery.confirm': channel<RecoveryCodeState>()(z.object({ code: recoveryCodeTypedSchema }).strict()),
  /** Everyone, deactivated people too (old intakes name them): active first. */
  'staff.list': channel<StaffMember[]>()(empty),
  'staff.create': channel<StaffMember>()(z.object({ staff: staffInputSchema })),
  /** `revision`: the one the edit started from; a newer one refuses the save (conflict). */
  'staff.update': channel<StaffMember>()(z.object({ id, revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER), staff: staffInputSchema })),
  /** Staff are deactivated, never deleted. */
  'staff.setActive': channel<StaffMember>()(z.object({ id, active: z.boolean('validation.choice') })),
  'practice.get': channel<Practice>()(empty),
  'practice.update': channel<Practice>()(practiceInputSchema),
  'patients.search': channel<RosterPage>()(rosterQuerySchema),
  /** Total and per-status counts of a roster query (its paging is ignored). */
  'patients.count': channel<NonNullable<RosterPage['counts']>>()(rosterQuerySchema),
  'patients.facets': channel<RosterFacets>()(empty),
  'patients.get': channel<Patient>()(z.object({ id })),
  /** Patients with the same surname, birth date and postcode: a warning before saving a possible duplicate. */
  'patients.findSimilar': channel<PatientListItem[]>()(
    z.object({
      surname: z.string().max(120, 'validation.tooLong'),
      dateOfBirth: z.string().max(10, 'validation.tooLong').refine(isIsoDate, 'validation.date'),
      postcode: z.string().max(10, 'validation.tooLong'),
      excludeId: z.union([id, z.literal('')]),
    }),
  ),
  'patients.create': channel<Patient>()(z.object({ patient: patientInputSchema })),
  // `revision`: the one the edit started from; a newer one in the database refuses the save (conflict).
  'patients.update': channel<Patient>()(z.object({ id, revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER), patient: patientInputSchema })),
  'patients.setStatus': channel<Patient>()(
    z.object({
      id,
      status: z.enum(KBZ_STATUSES, 'validation.choice'),
      note: multiLineText(1000),
    }),
  ),
  'patients.archive': channel<Patient>()(
    z.object({ id, reason: singleLineText(500, { required: true }) }),
  ),
  'patients.restore': channel<Patient>()(z.object({ id })),
  /**
   * Starts a job that checks the file in slices; it pushes `import.progress` and then `import.done`
   * (or `import.failed`) events. Writes nothing. A newer preview replaces the job before it.
   */
  'import.preview': channel<ImportPreviewStarted>()(importPreviewSchema),
  /** A new preview job for the file of an earlier one, with another mapping. */
  'import.recheck': channel<ImportPreviewStarted>()(importRecheckSchema),
  /** How far a preview job is; after `import.done` it holds the preview. */
  'import.previewStatus': channel<ImportPreviewStatus>()(z.object({ jobId: id })),
  'import.commit': channel<ImportReport>()(importCommitSchema),
  'intakes.list': channel<IntakeSummary[]>()(z.object({ patientId: id })),
  'intakes.get': channel<Intake>()(z.object({ id })),
  /** Opens the patient's draft, or starts one when there is none: empty, or as a copy of the latest final intake. */
  'intakes.start': channel<Intake>()(
    z.object({ patientId: id, from: z.enum(['empty', 'latestFinal'], 'validation.choice').default('empty') }),
  ),
  'intakes.saveDraft': channel<{ revision: number; updatedAt: string }>()(
    z.object({ id, revision: z.number().int().min(0), content: intakeContentSchema }),
  ),
  'intakes.finish': channel<Intake>()(z.object({ id, revision: z.number().int().min(0) })),
  /** A new draft that will replace a final intake when finished. */
  'intakes.correct': channel<Intake>()(z.object({ id })),
  'intakes.discard': channel<{ discarded: true }>()(z.object({ id })),
  'intakes.categories': channel<ProblemCategory[]>()(empty),
  'intakes.addCategory': channel<ProblemCategory>()(
    z.object({
      domain: z.enum(DOMAINS, 'validation.choice'),
      label: singleLineText(60, { required: true }),
    }),
  ),
  'intakes.removeCategory': channel<{ removed: true }>()(z.object({ id: problemCategoryIdSchema })),
  /** De sociale kaart: organisations matching text (name, contact, function, wijk), type and wijk. */
  'partners.search': channel<PartnerList>()(partnerQuerySchema),
  'partners.get': channel<Organisation>()(z.object({ id }).strict()),
  'partners.create': channel<Organisation>()(z.object({ organisation: organisationInputSchema }).strict()),
  /** `revision`: the one the edit started from; a newer one refuses the save (conflict). */
  'partners.update': channel<Organisation>()(z.object({ id, revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER), organisation: organisationInputSchema }).strict()),
  /** Organisations are deactivated, never deleted. */
  'partners.setActive': channel<Organisation>()(z.object({ id, active: z.boolean('validation.choice') }).strict()),
  'partners.createContact': channel<Organisation>()(z.object({ organisationId: id, contact: contactInputSchema }).strict()),
  'partners.updateContact': channel<Organisation>()(z.object({ id, revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER), contact: contactInputSchema }).strict()),
  'partners.setContactActive': channel<Organisation>()(z.object({ id, active: z.boolean('validation.choice') }).strict()),
  /** Checks a sociale kaart CSV file and says what an import would do; writes nothing. */
  'partners.importPreview': channel<PartnerImportPreview>()(partnerCsvInputSchema),
  /** Imports the file: every row or, when any row has an error, none. */
  'partners.importCommit': channel<PartnerImportReport>()(partnerCsvInputSchema),
  /** The active organisations and contact persons as a CSV file for Excel. */
  'partners.exportCsv': channel<PartnerCsvExport>()(empty),
  /** The month beside the month before and the same month a year earlier, and the 12-month trend: counts only. */
  'overview.month': channel<MonthOverview>()(overviewQuerySchema),
  /** What the Overzicht filters by (GPs, wijken, doelgroepen) and its first month by the clock. */
  'overview.options': channel<OverviewOptions>()(empty),
  /** Makes the month's file (PDF, XLSX or CSV) off the request path; it arrives as an `overview.exported` event with this id. */
  'overview.export': channel<{ jobId: string }>()(overviewExportSchema),
  /** A patient's consents: the history (newest first) and what holds today per organisation and purpose; a view of the record. */
  'consents.list': channel<PatientConsents>()(z.object({ patientId: id }).strict()),
  /** A new consent entry (given, refused, or a withdrawal); the history is never changed. */
  'consents.record': channel<PatientConsents>()(consentInputSchema),
  /** The patient's network (organisations, contact persons, mantelzorgers; ended ones too); a view of the record. */
  'network.list': channel<PatientNetwork>()(z.object({ patientId: id }).strict()),
  /** A deactivated partner, or one already in the current network, is refused. */
  'network.add': channel<PatientNetwork>()(z.object({ patientId: id, entry: networkEntryInputSchema }).strict()),
  'network.update': channel<PatientNetwork>()(z.object({ id, revision: planRevisionSchema, entry: networkEntryInputSchema }).strict()),
  /** Ends an entry on a date (never deleted: the history stays). */
  'network.end': channel<PatientNetwork>()(networkEndSchema),
  /** The patient's living plan: every action with its status history; a view of the record. */
  'actions.list': channel<PatientActions>()(z.object({ patientId: id }).strict()),
  'actions.create': channel<PatientActions>()(z.object({ patientId: id, action: planActionInputSchema }).strict()),
  /** Words, owner and due date; `revision` the one the edit started from. */
  'actions.update': channel<PatientActions>()(z.object({ id, revision: planRevisionSchema, action: planActionInputSchema }).strict()),
  /** Open, done or cancelled, recorded with who and when. */
  'actions.setStatus': channel<PatientActions>()(actionStatusInputSchema),
  /** The signed-in person's open actions that are overdue or due within a week, across patients. */
  'actions.mine': channel<MyActions>()(empty),
  'planning.get': channel<PlanningSettings>()(empty),
  /** Rooms keep their id when renamed; a new room (id '') gets one. */
  'planning.update': channel<PlanningSettings>()(planningSettingsSchema),
  /** Monday to Friday of the week `weekOf` falls in: the chosen staff's hours, blocks, and the meetings and proposals of the chosen staff and rooms. */
  'meetings.week': channel<WeekView>()(weekQuerySchema),
  /** A patient's drie-gesprekken for the patient page, newest first; a view of the record. */
  'meetings.forPatient': channel<MeetingSummary[]>()(z.object({ patientId: id }).strict()),
  'meetings.get': channel<Meeting>()(z.object({ id }).strict()),
  /** The defaults for a new drie-gesprek: own GP, default length, a room, an agenda from the latest final intake (clinicians only). */
  'meetings.draft': channel<MeetingDraft>()(z.object({ patientId: id }).strict()),
  /** What the planner warns about for a slot, before saving: hard conflicts and soft warnings, named in words. */
  'meetings.conflicts': channel<PlanningWarning[]>()(conflictQuerySchema),
  /**
   * A planned drie-gesprek at `start` (its end follows from the length). A hard conflict refuses the save
   * (conflict, errors.planningConflict, each one a field) unless `acceptConflicts`; a time in the past is allowed.
   */
  'meetings.create': channel<Meeting>()(z.object({ meeting: meetingInputSchema, start: instantSchema, acceptConflicts: z.boolean('validation.choice') }).strict()),
  /** A proposed drie-gesprek holding 1 to 3 slots; conflicts as for create. */
  'meetings.propose': channel<Meeting>()(
    z.object({ meeting: meetingInputSchema, starts: z.array(instantSchema).min(1, 'validation.required').max(MAX_PROPOSALS, 'validation.tooMany'), acceptConflicts: z.boolean('validation.choice') }).strict(),
  ),
  /** Makes one held proposal the meeting's time; the others are let go. */
  'meetings.confirm': channel<Meeting>()(z.object({ id, revision, proposalId: id, acceptConflicts: z.boolean('validation.choice') }).strict()),
  /** A planned meeting to one new start (SEQUENCE + 1); a proposed one's proposals replaced by 1 to 3 new ones. */
  'meetings.reschedule': channel<Meeting>()(
    z.object({ id, revision, starts: z.array(instantSchema).min(1, 'validation.required').max(MAX_PROPOSALS, 'validation.tooMany'), acceptConflicts: z.boolean('validation.choice') }).strict(),
  ),
  /** Participants, place, length and agenda of a proposed or planned meeting; SEQUENCE + 1 when people, place or length change. */
  'meetings.update': channel<Meeting>()(z.object({ id, revision, meeting: meetingInputSchema, acceptConflicts: z.boolean('validation.choice') }).strict()),
  /** Cancels a proposed or planned meeting, with a reason (SEQUENCE + 1). */
  'meetings.cancel': channel<Meeting>()(z.object({ id, revision, reason: cancelReasonSchema }).strict()),
  /** After its start: held, or not held with who was absent (participant ids). */
  'meetings.setStatus': channel<Meeting>()(
    z.object({ id, revision, status: z.enum(['held', 'not_held'], 'validation.choice'), absent: z.array(id).max(20, 'validation.tooMany') }).strict(),
  ),
  /** The Agenda area: this week's and next week's meetings, proposals to confirm, past meetings without an outcome. */
  /** The signed-in person's drie-gesprekken today (planned or held), for Vandaag. */
  'meetings.today': channel<{ today: string; meetings: MeetingSummary[] }>()(empty),
  'meetings.agenda': channel<AgendaOverview>()(empty),
  /** Who of the meeting's contact persons gets (or got) which invitation, with consent and e-mail; what was produced. A view of the record. */
  'invitations.forMeeting': channel<MeetingInvitations>()(meetingRefSchema),
  /** The .ics and .eml draft for one contact person: an invitation, an update, or a cancellation; only with consent; logged. */
  'invitations.produce': channel<ProducedInvitation>()(invitationRequestSchema),
  /** The patient's letter (B1) for a planned meeting; logged. */
  'invitations.patientLetter': channel<PatientLetter>()(meetingRefSchema),
  /** Holding the drie-gesprek: the meeting, the patient's open actions and the saved outcome; a view of the record. */
  'outcomes.get': channel<OutcomeView>()(meetingRefSchema),
  /** The outcome as a draft while talking (`revision` 0 for the first save); refused once finished. */
  'outcomes.saveDraft': channel<MeetingOutcome>()(outcomeDraftInputSchema),
  /**
   * Held, once its start has come: the outcome frozen, each agreement an action on the living plan, the
   * patient's status forward to "traject" (never back); one transaction.
   */
  'outcomes.finish': channel<OutcomeView>()(outcomeFinishInputSchema),
  /** The report back as it would be, with each partner organisation's consent for it; a view of the record. */
  'reports.preview': channel<ReportPreview>()(meetingRefSchema),
  /** The report back for these organisations: only with consent for each; logged per organisation. */
  'reports.produce': channel<ProducedReport>()(reportRequestSchema),
  'blocks.create': channel<StaffBlock>()(blockInputSchema),
  'blocks.remove': channel<{ removed: true }>()(z.object({ id }).strict()),
  /** The patient and every access to their record, newest first; itself a view of the record, so logged. */
  'accessLog.forPatient': channel<PatientAccessHistory>()(z.object({ patientId: id })),
  /** Checks the access log's hash chain from the first entry to the last. */
  'accessLog.verify': channel<AccessLogCheck>()(empty),
  /** Saves the current window as PDF where the host can (Electron); the browser host answers unsupported. */
  'print.savePdf': channel<{ started: boolean }>()(
    z.object({ suggestedName: z.string().max(80).regex(/^[a-z0-9-]+\.pdf$/, 'validation.fileName') }),
  ),
  /** Stops a running job (an import preview) and frees what it holds; false when no such job exists. */
  'jobs.cancel': channel<{ cancelled: boolean }>()(z.object({ jobId: id })),
  /** The export settings (folder on the network drive, automatic month export, small numbers hidden below); whether this host can ask for a folder. */
  'share.settings': channel<ShareSettings & { canChooseFolder: boolean }>()(empty),
  /** Saves all three; a bad folder or threshold is a field error and nothing changes. */
  'share.saveSettings': channel<ShareSettings>()(shareSettingsSchema),
  /** Tests the typed folder off the request path (write, read back, remove a small file); the answer comes as a `share.tested` event. */
  'share.testFolder': channel<{ jobId: string }>()(shareTestSchema),
  /** Asks the host for a folder (Electron's dialog); the answer is the folder, checked like a typed one, or null when cancelled. */
  'share.chooseFolder': channel<{ jobId: string }>()(empty),
  /** What waits for the network drive; pushed as `share.changed` when it changes. */
  'share.status': channel<ShareStatus>()(empty),
  /** "Opnieuw proberen": sends what waits now. */
  'share.retry': channel<ShareStatus>()(empty),
  /** "Niet versturen": a waiting file leaves the outbox (and this computer); the status after. */
  'share.drop': channel<ShareStatus>()(shareDropSchema),
  /** The backups in the data folder's backup folder, newest first, and the last automatic one. */
  'backups.list': channel<BackupOverview>()(empty),
  /** Starts a backup now (or names the one running); progress, the end or the failure arrive as events. */
  'backups.make': channel<{ jobId: string }>()(empty),
  /** What a backup holds (its manifest, and the file opened with its key); a backup from another computer needs the recovery key. */
  'backups.inspect': channel<BackupInspection>()(backupInspectSchema),
  /**
   * Puts a checked backup in the database's place once answered (the database as it was kept aside);
   * everyone signs in again. Nothing changes when a check fails.
   */
  'backups.restore': channel<BackupRestored>()(backupRestoreSchema),
  /** Opens the host's file dialog (Electron); the chosen path arrives as the event `backup.fileChosen` with this id. Unsupported in the browser host. */
  'backups.chooseFile': channel<{ jobId: string }>()(empty),
} satisfies Record<ChannelName, ChannelSpec<z.ZodType, unknown>>;

export type Channels = typeof channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = Channels[C]['output'];
