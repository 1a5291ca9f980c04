// One valid input per channel, on a small practice (a GP, a patient, an intake draft): the fuzzer's
// starting points. A channel added to the contract must be added here too (the type says so).
import type { ChannelName } from '../../../contract/channel-names';
import { emptyIntakeContent } from '../../../contract/schemas/intake';
import { DEFAULT_ROSTER_QUERY } from '../../../contract/schemas/roster-defaults';
import { ALL_PARTNERS } from '../../../contract/schemas/partners';
import { contactForm, organisationForm } from '../../../contract/testing/partner-fixture';
import { callOk, patientForm, staffForm, TESTER_ID, withGp, type TestEnv } from '../testing/test-env';

const SOME_ID = '01900000-0000-7000-8000-000000000001';
const PARTNER_CSV = Buffer.from('Organisatie;Type;Contactpersoon;Bereikbaar\r\nSchuldhulp Utrecht Noord;schuldhulp;Bram Visser;ma do\r\n', 'utf8').toString('base64');
const CSV = Buffer.from('Patiëntnummer;Achternaam;Geboortedatum\r\n300001;Visser;01-02-1970\r\n', 'utf8').toString('base64');

export function seedValidInputs(env: TestEnv): Record<ChannelName, unknown> {
  const gpId = withGp(env);
  const patient = callOk(env, 'patients.create', { patient: patientForm({ gpId }) });
  const intake = callOk(env, 'intakes.start', { patientId: patient.id, from: 'empty' });
  const category = callOk(env, 'intakes.categories', {})[0]!;
  const partner = callOk(env, 'partners.createContact', { organisationId: callOk(env, 'partners.create', { organisation: organisationForm() }).id, contact: contactForm() });
  const contact = partner.contacts[0]!;
  const carer = { kind: 'carer', name: 'Anna de Vries', relation: 'dochter', phone: '06-12345678', email: '', role: 'Doet de boodschappen', since: '2024-03-01' } as const;
  const entry = callOk(env, 'network.add', { patientId: patient.id, entry: carer }).entries[0]!;
  const action = callOk(env, 'actions.create', { patientId: patient.id, action: { text: 'Aanmelden bij schuldhulp', owner: { kind: 'staff', staffId: gpId }, dueDate: '2026-12-01' } }).actions[0]!;
  const meeting = () => ({
    patientId: patient.id,
    participants: [{ kind: 'staff' as const, staffId: gpId, required: true }, { kind: 'contact' as const, contactId: contact.id }],
    location: { kind: 'home' as const, roomId: '', text: '' },
    durationMinutes: 45,
    agenda: [{ id: 'a1', text: 'Schulden', source: 'manual' as const }],
  });
  return {
    'app.info': {},
    'session.status': {},
    'session.candidates': {},
    'session.signIn': { staffId: TESTER_ID, password: 'een lang wachtwoord' },
    'session.unlock': { password: 'een lang wachtwoord' },
    'session.lock': {},
    'session.touch': {},
    'session.signOut': {},
    'session.changePassword': { current: 'een lang wachtwoord', next: 'een nieuw lang wachtwoord' },
    'session.setLockMinutes': { minutes: 15 },
    'setup.complete': {
      practice: { name: 'Huisartsen Overvecht', agbCode: '01234567', street: '', houseNumber: '', postcode: '', city: '', phone: '', email: '' },
      user: { givenName: 'Anna', prefix: '', surname: 'Makkes', role: 'gp', password: 'een lang wachtwoord' },
    },
    'setup.openDemo': {},
    'setup.closeDemo': {},
    'accounts.list': {},
    'accounts.setPassword': { staffId: TESTER_ID, password: 'een nieuw lang wachtwoord' },
    'accounts.setBeheerder': { staffId: TESTER_ID, beheerder: true },
    'recovery.status': {},
    'recovery.renew': {},
    'recovery.confirm': { code: '0000-0000' },
    'staff.list': {},
    'practice.get': {},
    'staff.create': { staff: staffForm() },
    'staff.update': { id: gpId, revision: 1, staff: staffForm({ surname: 'Makkes', role: 'gp' }) },
    'staff.setActive': { id: gpId, active: false },
    'practice.update': { name: 'Huisartsen Overvecht', agbCode: '01234567', street: '', houseNumber: '', postcode: '3563 MN', city: '', phone: '', email: '' },
    'patients.search': { ...DEFAULT_ROSTER_QUERY, text: 'hoff' },
    'patients.count': { ...DEFAULT_ROSTER_QUERY, text: '' },
    'patients.facets': {},
    'patients.get': { id: patient.id },
    'patients.findSimilar': { surname: patient.surname, dateOfBirth: patient.dateOfBirth, postcode: patient.postcode, excludeId: '' },
    'patients.create': { patient: patientForm({ hisNumber: '777001', bsn: '' }) },
    'patients.update': { id: patient.id, revision: patient.revision, patient: patientForm({ gpId }) },
    'patients.setStatus': { id: patient.id, status: 'intake', note: 'gepland' },
    'patients.archive': { id: patient.id, reason: 'verhuisd' },
    'patients.restore': { id: patient.id },
    'import.preview': { contentBase64: CSV, mapping: null },
    'import.recheck': { jobId: SOME_ID, mapping: { hisNumber: 0, surname: 1, dateOfBirth: 2 } },
    'import.previewStatus': { jobId: SOME_ID },
    'import.commit': { jobId: SOME_ID, mapping: { hisNumber: 0, surname: 1, dateOfBirth: 2 }, onExisting: 'skip', skipInvalidRows: true },
    'intakes.list': { patientId: patient.id },
    'intakes.get': { id: intake.id },
    'intakes.start': { patientId: patient.id, from: 'empty' },
    'intakes.saveDraft': { id: intake.id, revision: intake.revision, content: emptyIntakeContent('2026-11-23') },
    'intakes.finish': { id: intake.id, revision: intake.revision },
    'intakes.correct': { id: intake.id },
    'intakes.discard': { id: intake.id },
    'intakes.categories': {},
    'intakes.addCategory': { domain: 'social', label: 'Eenzaamheid' },
    'intakes.removeCategory': { id: category.id },
    'partners.search': { ...ALL_PARTNERS, text: 'buurt', wijk: 'Overvecht-Noord' },
    'partners.get': { id: partner.id },
    'partners.create': { organisation: organisationForm({ name: 'Schuldhulp Utrecht', type: 'debt_help' }) },
    'partners.update': { id: partner.id, revision: partner.revision, organisation: organisationForm({ notes: 'Nieuw adres' }) },
    'partners.setActive': { id: partner.id, active: false },
    'partners.createContact': { organisationId: partner.id, contact: contactForm({ name: 'Bram Visser' }) },
    'partners.updateContact': { id: contact.id, revision: contact.revision, contact: contactForm({ function: 'Coördinator' }) },
    'partners.setContactActive': { id: contact.id, active: false },
    'partners.importPreview': { contentBase64: PARTNER_CSV },
    'partners.importCommit': { contentBase64: PARTNER_CSV },
    'partners.exportCsv': {},
    'overview.month': { month: '2026-10', filters: { gpId: '', wijk: 'Overvecht-Noord', tag: 'debts' } },
    'overview.options': {},
    'consents.list': { patientId: patient.id },
    'consents.record': { patientId: patient.id, organisationId: partner.id, purposes: ['meeting'], decision: 'given', form: 'verbal', date: '2026-11-23', validUntil: '', note: '' },
    'network.list': { patientId: patient.id },
    'network.add': { patientId: patient.id, entry: { kind: 'contact', contactId: contact.id, role: 'Schuldhulpverlener', since: '2026-11-01' } },
    'network.update': { id: entry.id, revision: entry.revision, entry: { ...carer, phone: '06-87654321' } },
    'network.end': { id: entry.id, revision: entry.revision, endDate: '2026-11-23' },
    'actions.list': { patientId: patient.id },
    'actions.create': { patientId: patient.id, action: { text: 'Eerste gesprek buurtteam', owner: { kind: 'organisation', organisationId: partner.id }, dueDate: '' } },
    'actions.update': { id: action.id, revision: action.revision, action: { text: 'Aanmelden bij schuldhulp', owner: { kind: 'patient' }, dueDate: '2026-12-15' } },
    'actions.setStatus': { id: action.id, revision: action.revision, status: 'done' },
    'actions.mine': {},
    'planning.get': {},
    'planning.update': { rooms: [{ id: '', name: 'Spreekkamer 1' }], defaultDurationMinutes: 45, ownGpRequired: true, openFrom: '08:00', openTo: '17:00' },
    'meetings.week': { weekOf: '2026-11-23', staffIds: [gpId], roomIds: [], patientId: patient.id },
    'meetings.forPatient': { patientId: patient.id },
    'meetings.get': { id: SOME_ID },
    'meetings.draft': { patientId: patient.id },
    'meetings.conflicts': { slot: { start: '2026-11-24T09:00:00.000Z', end: '2026-11-24T09:45:00.000Z' }, patientId: patient.id, staffIds: [gpId], roomId: '', meetingId: '' },
    'meetings.create': { meeting: meeting(), start: '2026-11-24T09:00:00.000Z', acceptConflicts: true },
    'meetings.propose': { meeting: meeting(), starts: ['2026-11-24T09:00:00.000Z', '2026-11-25T09:00:00.000Z'], acceptConflicts: true },
    'meetings.confirm': { id: SOME_ID, revision: 1, proposalId: SOME_ID, acceptConflicts: false },
    'meetings.reschedule': { id: SOME_ID, revision: 1, starts: ['2026-11-26T09:00:00.000Z'], acceptConflicts: false },
    'meetings.update': { id: SOME_ID, revision: 1, meeting: meeting(), acceptConflicts: false },
    'meetings.cancel': { id: SOME_ID, revision: 1, reason: 'Patiënt ziek' },
    'meetings.setStatus': { id: SOME_ID, revision: 1, status: 'not_held', absent: [SOME_ID] },
    'meetings.agenda': {},
    'meetings.today': {},
    'invitations.forMeeting': { meetingId: SOME_ID },
    'invitations.produce': { meetingId: SOME_ID, contactId: contact.id },
    'invitations.patientLetter': { meetingId: SOME_ID },
    'outcomes.get': { meetingId: SOME_ID },
    'outcomes.saveDraft': {
      meetingId: SOME_ID,
      revision: 0,
      content: {
        notes: { a1: 'Schulden lopen op; wil hulp.' },
        agreements: [{ id: 'g1', text: 'Aanmelden bij schuldhulp', owner: { kind: 'contact', contactId: contact.id }, dueDate: '2026-12-15' }],
        nextStep: 'Over zes weken samen terugkijken',
        followUpDate: '2027-01-12',
      },
    },
    'outcomes.finish': { meetingId: SOME_ID, revision: 1, absent: [] },
    'reports.preview': { meetingId: SOME_ID },
    'reports.produce': { meetingId: SOME_ID, organisationIds: [partner.id] },
    'blocks.create': { staffId: gpId, start: '2026-11-27T12:00:00.000Z', end: '2026-11-27T16:00:00.000Z', reason: 'Nascholing' },
    'blocks.remove': { id: SOME_ID },
    'accessLog.forPatient': { patientId: patient.id },
    'accessLog.verify': {},
    'print.savePdf': { suggestedName: 'mijn-plan.pdf' },
    'jobs.cancel': { jobId: SOME_ID },
    'share.settings': {},
    'share.saveSettings': { folder: 'P:\\KBZ\\Exports', autoMonth: true, suppressBelow: 5 },
    'share.testFolder': { folder: '\\\\server\\share\\KBZ' },
    'share.chooseFolder': {},
    'share.status': {},
    'share.retry': {},
    'backups.list': {},
    'backups.make': {},
    'backups.inspect': { source: { fileName: 'kbz-backup-2026-11-27T020000Z.kbzbak' } },
    'backups.restore': { source: { fileName: 'kbz-backup-2026-11-27T020000Z.kbzbak' }, confirmed: true },
    'backups.chooseFile': {},
  };
}
