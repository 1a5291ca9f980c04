import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, type ChannelName } from '../../contract/channel-names';
import { emptyIntakeContent } from '../../contract/schemas/intake';
import { invokeChannel } from './invoke';
import { createHandlerTable } from './handlers';
import { call, callOk, dutch, patientForm, rowCount, signInAs, staffForm, TESTER_ID, testEnv, testEnvWith } from './testing/test-env';
import type { WritableDb } from '../../db/handles';
import { buildHandlerTable, read, write, type HandlerTable } from './handler-table';
import { openStore } from './open-store';
import { patientHandlers } from './patients/handlers';
import { TEST_DATA_KEY } from '../../db/testing/test-db';
import { contactForm, organisationForm } from '../../contract/testing/partner-fixture';
import { mayCall } from '../../contract/permissions';
import { STAFF_ROLES, type StaffRole } from '../../contract/schemas/staff';

const TABLES = ['patients', 'patient_status_history', 'patient_tags', 'staff', 'access_log', 'intakes', 'problem_categories'];
const HUGE = 'x'.repeat(100_000);
const PRACTICE = { name: 'Praktijk', agbCode: '', street: '', houseNumber: '', postcode: '', city: '', phone: '', email: '' };

/** Inputs that must be refused by every channel that takes input. */
const BAD_INPUTS: Record<ChannelName, unknown[]> = {
  'app.info': [{ extra: 1 }, 'text', 42],
  'session.status': [{ token: 'x' }],
  'session.candidates': [{ all: true }],
  'session.signIn': [{}, { staffId: 'x', password: 'een lang wachtwoord' }, { staffId: '01900000-0000-7000-8000-000000000001', password: '' }, { staffId: '01900000-0000-7000-8000-000000000001', password: HUGE }],
  'session.unlock': [{}, { password: '' }, { password: 12 }, { password: HUGE }],
  'session.lock': [{ minutes: 1 }],
  'session.touch': [[]],
  'session.signOut': [{ everyone: true }],
  'session.changePassword': [{ current: 'x', next: 'kort' }, { current: 'x', next: HUGE }, { current: 'x', next: 'twaalf tekens\u0000!' }, {}],
  'session.setLockMinutes': [{ minutes: 0 }, { minutes: 61 }, { minutes: 2.5 }, { minutes: '10' }],
  'setup.complete': [{}, { practice: PRACTICE }, { practice: PRACTICE, user: { givenName: '', prefix: '', surname: 'Makkes', role: 'gp', password: 'kort' } }, { practice: { ...PRACTICE, name: '' }, user: { givenName: '', prefix: '', surname: 'Makkes', role: 'gp', password: 'een lang wachtwoord' } }],
  'setup.openDemo': [{ folder: '/tmp/andere-praktijk' }, 'demo', []],
  'setup.closeDemo': [{ deleteDemo: true }, 1],
  'accounts.list': [{ x: 1 }],
  'accounts.setPassword': [{ staffId: '01900000-0000-7000-8000-000000000001', password: 'elf tekens.' }, { staffId: 'x', password: 'een lang wachtwoord' }],
  'accounts.setBeheerder': [{ staffId: '01900000-0000-7000-8000-000000000001', beheerder: 'ja' }, {}],
  'recovery.status': [{ x: 1 }],
  'recovery.renew': [{ code: 'x' }],
  'recovery.confirm': [{}, { code: HUGE }, { code: 5 }],
  'staff.list': [{ extra: 1 }, []],
  'patients.search': [{}, { text: 5 }, { text: HUGE }, { text: '', statuses: ['nope'] }, null, 'x'],
  'patients.count': [{}, { text: HUGE }, { text: '', archived: 'gone' }, 7],
  'patients.facets': [{ x: 1 }],
  'patients.get': [{}, { id: 7 }, { id: 'not-a-uuid' }, { id: HUGE }],
  'patients.findSimilar': [{}, { surname: 'Berg', dateOfBirth: '01-01-1980', postcode: '', excludeId: '' }, { surname: HUGE, dateOfBirth: '1980-01-01', postcode: '', excludeId: '' }, { surname: 'a', dateOfBirth: '1980-01-01', postcode: '', excludeId: 'x' }],
  'practice.get': [{ extra: 1 }],
  'staff.create': [{}, { staff: {} }, { staff: { ...staffForm(), surname: '' } }, { staff: { ...staffForm(), agbCode: '123' } }, { staff: { ...staffForm(), role: 'admin' } }, { staff: { ...staffForm(), workHours: { mon: { from: '17:00', to: '08:00' } } } }],
  'staff.update': [{ staff: staffForm() }, { id: '01900000-0000-7000-8000-000000000001', staff: staffForm() }, { id: '01900000-0000-7000-8000-000000000001', revision: 0, staff: staffForm() }],
  'staff.setActive': [{}, { id: 'x', active: true }, { id: '01900000-0000-7000-8000-000000000001', active: 'ja' }],
  'practice.update': [{}, { name: '' }, { name: '   ' }, { name: HUGE }, { name: 'Praktijk\u0000' }, { name: 'Praktijk\u202e' }, { name: 5 }, { ...PRACTICE, agbCode: '1234' }],
  'patients.create': [{}, { patient: {} }, { patient: { ...patientForm(), surname: HUGE } }, { patient: { ...patientForm(), bsn: 12 } }, { patient: { ...patientForm(), dateOfBirth: '31-02-2020' } }],
  'patients.update': [
    { patient: patientForm() },
    { id: '01900000-0000-7000-8000-000000000001', revision: 1, patient: { ...patientForm(), tags: 'debts' } },
    { id: '01900000-0000-7000-8000-000000000001', patient: patientForm() },
    { id: '01900000-0000-7000-8000-000000000001', revision: 0, patient: patientForm() },
    { id: '01900000-0000-7000-8000-000000000001', revision: '1', patient: patientForm() },
    { id: '01900000-0000-7000-8000-000000000001', revision: 1.5, patient: patientForm() },
  ],
  'patients.setStatus': [{ id: '01900000-0000-7000-8000-000000000001', status: 'done', note: '' }, { id: 1 }],
  'patients.archive': [{ id: '01900000-0000-7000-8000-000000000001', reason: '' }, { id: '01900000-0000-7000-8000-000000000001', reason: HUGE }],
  'patients.restore': [{ id: [] }],
  'import.preview': [{}, { contentBase64: '', mapping: null }, { contentBase64: 5, mapping: null }, { contentBase64: 'eA==', mapping: { surname: -1 } }],
  'import.previewStatus': [{}, { jobId: 'job-1' }, { jobId: 12 }],
  'intakes.list': [{}, { patientId: 'x' }],
  'intakes.get': [{ id: 5 }],
  'intakes.start': [{ patientId: null }],
  'intakes.saveDraft': [
    { id: '01900000-0000-7000-8000-000000000001', revision: 0, content: {} },
    { id: '01900000-0000-7000-8000-000000000001', revision: -1, content: null },
    { id: '01900000-0000-7000-8000-000000000001', revision: 'x' },
    { id: '01900000-0000-7000-8000-000000000001', revision: 0, content: { ...emptyIntakeContent('2026-11-23'), helpQuestion: HUGE } },
    { id: '01900000-0000-7000-8000-000000000001', revision: 0, content: { ...emptyIntakeContent('2026-11-23'), priorities: 'p1' } },
    { id: '01900000-0000-7000-8000-000000000001', revision: 0, content: { ...emptyIntakeContent('2026-11-23'), date: '31-12-2026' } },
  ],
  'intakes.finish': [{ id: '01900000-0000-7000-8000-000000000001' }, { id: '01900000-0000-7000-8000-000000000001', revision: 1.5 }],
  'intakes.correct': [{}],
  'intakes.discard': [{ id: 'drop table' }],
  'intakes.categories': [{ all: true }],
  'intakes.addCategory': [{ domain: 'spiritual', label: 'x' }, { domain: 'social', label: '' }, { domain: 'social', label: HUGE }],
  'intakes.removeCategory': [{ id: '' }],
  'partners.search': [{}, { text: 5, type: '', wijk: '', includeInactive: false }, { text: '', type: 'bank', wijk: '', includeInactive: false }, { text: HUGE, type: '', wijk: '', includeInactive: false }],
  'partners.get': [{}, { id: 'x' }],
  'partners.create': [{}, { organisation: { ...organisationForm(), name: '' } }, { organisation: { ...organisationForm(), type: 'bank' } }, { organisation: { ...organisationForm(), wijken: 'Overvecht' } }, { organisation: { ...organisationForm(), email: 'nope' } }, { organisation: { ...organisationForm(), name: 'Buurt\u202eteam' } }],
  'partners.update': [{ organisation: organisationForm() }, { id: '01900000-0000-7000-8000-000000000001', revision: 0, organisation: organisationForm() }],
  'partners.setActive': [{ id: '01900000-0000-7000-8000-000000000001' }, { id: 'x', active: true }],
  'partners.createContact': [{ organisationId: 'x', contact: contactForm() }, { organisationId: '01900000-0000-7000-8000-000000000001', contact: { ...contactForm(), reachableDays: ['someday'] } }, { organisationId: '01900000-0000-7000-8000-000000000001', contact: { ...contactForm(), name: '' } }],
  'partners.updateContact': [{ id: '01900000-0000-7000-8000-000000000001', contact: contactForm() }, { id: '01900000-0000-7000-8000-000000000001', revision: 1, contact: { ...contactForm(), phone: 'bel me' } }],
  'partners.importPreview': [{}, { contentBase64: '' }, { contentBase64: 5 }, { contentBase64: 'QQ==', extra: 1 }],
  'partners.importCommit': [{}, { contentBase64: '' }, { contentBase64: 'A'.repeat(3_000_000) }],
  'partners.exportCsv': [{ all: true }],
  'overview.month': [
    {},
    { month: '2026-13', filters: { gpId: '', wijk: '', tag: '' } },
    { month: '1999-12', filters: { gpId: '', wijk: '', tag: '' } },
    { month: '10-2026', filters: { gpId: '', wijk: '', tag: '' } },
    { month: '2026-10', filters: { gpId: 'x', wijk: '', tag: '' } },
    { month: '2026-10', filters: { gpId: '', wijk: 'Zuilen\nOost', tag: '' } },
    { month: '2026-10', filters: { gpId: '', wijk: HUGE, tag: '' } },
    { month: '2026-10', filters: { gpId: '', wijk: '', tag: '' }, extra: 1 },
  ],
  'overview.options': [{ month: '2026-10' }],
  'overview.export': [
    {},
    { month: '2026-10', filters: { gpId: '', wijk: '', tag: '' } },
    { month: '2026-10', filters: { gpId: '', wijk: '', tag: '' }, format: 'docx' },
    { month: '2026-13', filters: { gpId: '', wijk: '', tag: '' }, format: 'pdf' },
    { month: '2026-10', filters: { gpId: '', wijk: '', tag: '' }, format: 'pdf', path: '/tmp/x.pdf' },
  ],
  'partners.setContactActive': [{ id: '01900000-0000-7000-8000-000000000001', active: 'nee' }, {}],
  'planning.get': [{ x: 1 }],
  'invitations.forMeeting': [{}, { meetingId: 'x' }, { meetingId: '01900000-0000-7000-8000-000000000001', extra: 1 }],
  'invitations.produce': [{ meetingId: '01900000-0000-7000-8000-000000000001' }, { meetingId: '01900000-0000-7000-8000-000000000001', contactId: 'x' }],
  'invitations.patientLetter': [{ meetingId: 5 }],
  'outcomes.get': [{}, { meetingId: 'x' }],
  'outcomes.saveDraft': [
    {},
    { meetingId: '01900000-0000-7000-8000-000000000001', revision: -1, content: { notes: {}, agreements: [], nextStep: '', followUpDate: '' } },
    { meetingId: '01900000-0000-7000-8000-000000000001', revision: 0, content: { notes: { 'a 1': 'x' }, agreements: [], nextStep: '', followUpDate: '' } },
    { meetingId: '01900000-0000-7000-8000-000000000001', revision: 0, content: { notes: {}, agreements: [{ id: 'g1', text: 'x', owner: { kind: 'someone' }, dueDate: '' }], nextStep: '', followUpDate: '' } },
    { meetingId: '01900000-0000-7000-8000-000000000001', revision: 0, content: { notes: {}, agreements: [], nextStep: HUGE, followUpDate: '31-12-2026' } },
  ],
  'outcomes.finish': [{}, { meetingId: '01900000-0000-7000-8000-000000000001', revision: 1 }, { meetingId: '01900000-0000-7000-8000-000000000001', revision: 1, absent: ['x'] }],
  'reports.preview': [{ meetingId: 5 }],
  'reports.produce': [{ meetingId: '01900000-0000-7000-8000-000000000001', organisationIds: [] }, { meetingId: '01900000-0000-7000-8000-000000000001', organisationIds: ['x'] }],
  'planning.update': [
    {},
    { rooms: [], defaultDurationMinutes: 0, ownGpRequired: true, openFrom: '08:00', openTo: '17:00' },
    { rooms: [], defaultDurationMinutes: 45, ownGpRequired: true, openFrom: '17:00', openTo: '08:00' },
    { rooms: [{ id: '', name: 'A' }, { id: '', name: 'a' }], defaultDurationMinutes: 45, ownGpRequired: true, openFrom: '08:00', openTo: '17:00' },
  ],
  'meetings.week': [{}, { weekOf: '23-11-2026', staffIds: [], roomIds: [], patientId: '' }, { weekOf: '2026-11-23', staffIds: ['x'], roomIds: [], patientId: '' }],
  'meetings.forPatient': [{}, { patientId: 'x' }],
  'meetings.get': [{}, { id: 'x' }],
  'meetings.draft': [{}, { patientId: 'x' }],
  'meetings.conflicts': [
    {},
    { slot: { start: '2026-11-24T10:00:00.000Z', end: '2026-11-24T09:00:00.000Z' }, patientId: '01900000-0000-7000-8000-000000000001', staffIds: [], roomId: '', meetingId: '' },
    { slot: { start: '2026-11-24 10:00', end: '2026-11-24T11:00:00.000Z' }, patientId: '01900000-0000-7000-8000-000000000001', staffIds: [], roomId: '', meetingId: '' },
  ],
  'meetings.create': [{}, { meeting: {}, start: '2026-11-24T09:00:00.000Z', acceptConflicts: false }],
  'meetings.propose': [{}, { meeting: {}, starts: [], acceptConflicts: false }],
  'meetings.confirm': [{}, { id: 'x', revision: 1, proposalId: 'x', acceptConflicts: false }],
  'meetings.reschedule': [{}, { id: '01900000-0000-7000-8000-000000000001', revision: 1, starts: ['a', 'b', 'c', 'd'], acceptConflicts: false }],
  'meetings.update': [{}, { id: 'x', revision: 0, meeting: {}, acceptConflicts: false }],
  'meetings.cancel': [{}, { id: '01900000-0000-7000-8000-000000000001', revision: 1, reason: '' }, { id: '01900000-0000-7000-8000-000000000001', revision: 1, reason: HUGE }],
  'meetings.setStatus': [{}, { id: '01900000-0000-7000-8000-000000000001', revision: 1, status: 'cancelled', absent: [] }],
  'meetings.agenda': [{ week: 1 }],
  'meetings.today': [{ staffId: '01900000-0000-7000-8000-000000000001' }],
  'blocks.create': [{}, { staffId: '01900000-0000-7000-8000-000000000001', start: '2026-11-24T12:00:00.000Z', end: '2026-11-24T11:00:00.000Z', reason: 'Cursus' }],
  'blocks.remove': [{}, { id: 'x' }],
  'consents.list': [{}, { patientId: 'x' }],
  'consents.record': [
    {},
    { patientId: '01900000-0000-7000-8000-000000000001', organisationId: '01900000-0000-7000-8000-000000000002', purposes: ['everything'], decision: 'given', form: 'verbal', date: '2026-11-23', validUntil: '', note: '' },
    { patientId: '01900000-0000-7000-8000-000000000001', organisationId: '01900000-0000-7000-8000-000000000002', purposes: ['plan'], decision: 'given', form: 'verbal', date: '2026-11-23', validUntil: '2026-11-01', note: '' },
    { patientId: '01900000-0000-7000-8000-000000000001', organisationId: '01900000-0000-7000-8000-000000000002', purposes: ['plan'], decision: 'given', form: 'email', date: '23-11-2026', validUntil: '', note: '' },
  ],
  'network.list': [{}, { patientId: 'x' }],
  'network.add': [
    { patientId: '01900000-0000-7000-8000-000000000001', entry: { kind: 'friend', name: 'Anna' } },
    { patientId: '01900000-0000-7000-8000-000000000001', entry: { kind: 'carer', name: '', relation: 'dochter', phone: '', email: '', role: '', since: '' } },
    { patientId: '01900000-0000-7000-8000-000000000001', entry: { kind: 'carer', name: 'Anna', relation: 'dochter', phone: 'bel me', email: 'nope', role: '', since: '01-02-2024' } },
    { patientId: '01900000-0000-7000-8000-000000000001', entry: { kind: 'organisation', organisationId: 'x', role: '', since: '' } },
  ],
  'network.update': [{ id: '01900000-0000-7000-8000-000000000001', entry: { kind: 'carer' } }, { id: 'x', revision: 1, entry: {} }],
  'network.end': [{ id: '01900000-0000-7000-8000-000000000001', revision: 1, endDate: '' }, { id: '01900000-0000-7000-8000-000000000001', revision: 0, endDate: '2026-11-01' }],
  'actions.list': [{}, { patientId: 'x' }],
  'actions.create': [
    { patientId: '01900000-0000-7000-8000-000000000001', action: { text: '', owner: { kind: 'patient' }, dueDate: '' } },
    { patientId: '01900000-0000-7000-8000-000000000001', action: { text: 'Bellen', owner: { kind: 'partner', name: 'Buurtteam' }, dueDate: '' } },
    { patientId: '01900000-0000-7000-8000-000000000001', action: { text: 'Bellen', owner: { kind: 'text', text: '' }, dueDate: '2026-13-01' } },
    { patientId: '01900000-0000-7000-8000-000000000001', action: { text: 'Bel\u202elen', owner: { kind: 'staff', staffId: 'x' }, dueDate: '' } },
  ],
  'actions.update': [{ id: '01900000-0000-7000-8000-000000000001', revision: 1, action: { text: HUGE, owner: { kind: 'none' }, dueDate: '' } }, { id: 'x', revision: 1, action: {} }],
  'actions.setStatus': [{ id: '01900000-0000-7000-8000-000000000001', revision: 1, status: 'later' }, { id: '01900000-0000-7000-8000-000000000001', status: 'done' }],
  'actions.mine': [{ all: true }],
  'accessLog.forPatient': [{}, { patientId: 'x' }, { patientId: 12 }, { id: '01900000-0000-7000-8000-000000000001' }],
  'accessLog.verify': [{ repair: true }, 'all', 1],
  'print.savePdf': [{ suggestedName: '../../etc/passwd' }, { suggestedName: 'Hoff-Öztürk.pdf' }, {}],
  'import.commit': [
    { jobId: '01900000-0000-7000-8000-000000000001', mapping: {}, onExisting: 'merge', skipInvalidRows: false },
    { contentBase64: 'eA==', mapping: {}, onExisting: 'update', skipInvalidRows: false },
    { jobId: 'x', mapping: {}, onExisting: 'update', skipInvalidRows: false },
  ],
  'import.recheck': [{}, { jobId: '01900000-0000-7000-8000-000000000001', mapping: null }, { jobId: 'x', mapping: {} }],
  'jobs.cancel': [{}, { jobId: 'x' }, { jobId: 12 }],
  'share.settings': [{ x: 1 }],
  'share.saveSettings': [
    {},
    { folder: 'KBZ', autoMonth: true, suppressBelow: 5 },
    { folder: 'P:\\KBZ\u200b', autoMonth: true, suppressBelow: 5 },
    { folder: 'P:\\KBZ', autoMonth: 'ja', suppressBelow: 5 },
    { folder: 'P:\\KBZ', autoMonth: true, suppressBelow: 1 },
    { folder: 'P:\\KBZ', autoMonth: true, suppressBelow: 21 },
    { folder: 'P:\\KBZ', autoMonth: true, suppressBelow: 4.5 },
    { folder: `P:\\${'x'.repeat(150)}`, autoMonth: true, suppressBelow: 5 },
  ],
  'share.testFolder': [{}, { folder: '' }, { folder: 'relatief\\pad' }, { folder: '/tmp/a\u0007b' }],
  'share.chooseFolder': [{ x: 1 }],
  'share.status': [{ x: 1 }],
  'share.retry': [{ x: 1 }],
  'share.drop': [{}, { id: 'not-an-id' }, { id: '01900000-0000-7000-8000-000000000001', x: 1 }],
  'backups.list': [{ all: true }, 'x'],
  'backups.chooseFile': [{ path: '/etc' }, 1],
  'backups.make': [{ automatic: true }, 1],
  'backups.inspect': [{}, { source: {} }, { source: { fileName: 1 } }, { source: { path: '' } }, { source: { fileName: 'a', path: '/b' } }, { source: { fileName: 'x'.repeat(101) } }],
  'backups.restore': [{ source: { fileName: 'a.kbzbak' } }, { source: { fileName: 'a.kbzbak' }, confirmed: false }, { source: { fileName: 'a.kbzbak' }, confirmed: 'ja' }, { source: { path: 'x'.repeat(1001) }, confirmed: true }],
};

/** A role (and beheerder or not) that may call the channel: a refusal must come from the input, not the role. */
function allowedRole(channel: ChannelName): [StaffRole, { beheerder: boolean }] {
  for (const role of STAFF_ROLES) if (mayCall({ role, beheerder: true }, channel)) return [role, { beheerder: true }];
  throw new Error(`nobody may call ${channel}`);
}

describe('every channel given bad input', () => {
  it('has bad inputs listed for every channel', () => {
    expect(Object.keys(BAD_INPUTS).sort()).toEqual([...CHANNEL_NAMES].sort());
  });

  for (const channel of CHANNEL_NAMES) {
    it(`${channel}: refuses with a Dutch message and writes nothing`, () => {
      const env = testEnv();
      callOk(env, 'patients.create', { patient: patientForm() });
      signInAs(env, ...allowedRole(channel));
      const before = TABLES.map((t) => rowCount(env, t));
      for (const input of BAD_INPUTS[channel]) {
        const r = invokeChannel(createHandlerTable(), env, channel, input, env.token);
        expect(r.ok, JSON.stringify(input).slice(0, 80)).toBe(false);
        if (r.ok) continue;
        expect(r.error.code).toBe('invalid_input');
        expect(r.error.key).toBe('errors.invalidInput');
        expect(dutch(r.error)).toMatch(/invoer is niet goed/);
        expect(Object.keys(r.error.fields ?? {}).length).toBeGreaterThan(0);
        expect(JSON.stringify(r.error)).not.toContain('Hoff');
      }
      expect(TABLES.map((t) => rowCount(env, t))).toEqual(before);
    });
  }
});

describe('the one door', () => {
  it('refuses an unknown channel', () => {
    const r = invokeChannel(createHandlerTable(), testEnv(), 'patients.drop', {});
    expect(r).toEqual({ ok: false, error: { code: 'unknown_channel', key: 'errors.unknownChannel' } });
  });

  it('gives field messages as locale keys, which read as Dutch', () => {
    const r = call(testEnv(), 'patients.create', { patient: { ...patientForm(), bsn: '123456789' } });
    expect(!r.ok && r.error.fields).toEqual({ 'patient.bsn': { key: 'validation.bsn' } });
    expect(!r.ok && dutch(r.error.fields!['patient.bsn']!)).toMatch(/elfproef/);
  });

  it('maps an unexpected failure to a safe message, rolls back, and logs no patient data', () => {
    const env = testEnv();
    const logged: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args.join(' '));
    const failing: HandlerTable = {
      ...createHandlerTable(),
      'patients.create': write((input, ctx) => {
        patientHandlers['patients.create'].run(input, ctx as never);
        throw new Error(`constraint failed for ${input.patient.surname}`);
      }),
    };
    const r = invokeChannel(failing, env, 'patients.create', { patient: patientForm() }, env.token);
    console.error = original;
    expect(r).toEqual({ ok: false, error: { code: 'internal', key: 'errors.internal' } });
    expect(rowCount(env, 'patients')).toBe(0);
    expect(rowCount(env, 'access_log')).toBe(0);
    expect(logged.join('\n')).not.toContain('Hoff');
    expect(logged.join('\n')).toContain('patients.create');
  });

  it('writes the access log in the same transaction as the change', () => {
    const env = testEnv();
    const p = callOk(env, 'patients.create', { patient: patientForm() });
    callOk(env, 'patients.get', { id: p.id });
    const log = env.store.writer.prepare('SELECT action, channel, patient_id, workstation, user_id, user_role FROM access_log ORDER BY seq').all();
    expect(log).toEqual([
      { action: 'create', channel: 'patients.create', patient_id: p.id, workstation: 'test-ws', user_id: TESTER_ID, user_role: 'gp' },
      { action: 'view', channel: 'patients.get', patient_id: p.id, workstation: 'test-ws', user_id: TESTER_ID, user_role: 'gp' },
    ]);
  });
});

describe('handler table', () => {
  it('refuses a channel registered twice or missing', () => {
    expect(() => buildHandlerTable([patientHandlers, patientHandlers])).toThrow(/registered twice/);
    expect(() => buildHandlerTable([patientHandlers])).toThrow(/without handler: app.info/);
  });
});

describe('read and write channels', () => {
  it('runs a read channel on the read-only connection: a write there is refused and nothing is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kbz-invoke-'));
    const store = openStore(dir, TEST_DATA_KEY);
    try {
      const env = testEnvWith(store);
      const logged: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => logged.push(args.join(' '));
      const sneaky: HandlerTable = {
        ...createHandlerTable(),
        'staff.list': read((_input, ctx) => {
          // A read handler that tries to write anyway (past the types): SQLite refuses.
          (ctx.db as unknown as WritableDb).prepare("INSERT INTO staff(id, name, role, agb_code, created_at) VALUES ('x', 'n', 'gp', '', 't')").run();
          return [];
        }),
      };
      const r = invokeChannel(sneaky, env, 'staff.list', {}, env.token);
      console.error = original;
      expect(r).toEqual({ ok: false, error: { code: 'internal', key: 'errors.internal' } });
      expect(logged.join('\n')).toContain('SQLITE_READONLY');
      expect(rowCount(env, 'staff')).toBe(1); // the signed-in tester only
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers "database busy" (not internal) when another connection holds the write lock past the busy time-out, and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kbz-invoke-'));
    const store = openStore(dir, TEST_DATA_KEY);
    const other = openStore(dir, TEST_DATA_KEY);
    try {
      const env = testEnvWith(store);
      store.writer.pragma('busy_timeout = 50'); // the app waits 5 s; the test need not
      other.writer.prepare('BEGIN IMMEDIATE').run();
      const r = call(env, 'patients.create', { patient: patientForm() });
      expect(r).toEqual({ ok: false, error: { code: 'busy', key: 'errors.databaseBusy' } });
      if (!r.ok) expect(dutch(r.error)).toContain('De database is bezet, probeer het opnieuw');
      other.writer.prepare('ROLLBACK').run();
      expect(rowCount(env, 'patients')).toBe(0);
      expect(call(env, 'patients.create', { patient: patientForm() }).ok).toBe(true);
    } finally {
      other.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('declares every channel read or write; record views are writes (they log access)', () => {
    const table = createHandlerTable();
    const modes = Object.fromEntries(CHANNEL_NAMES.map((c) => [c, table[c].mode]));
    expect(modes).toMatchObject({ 'patients.search': 'read', 'patients.get': 'write', 'intakes.get': 'write', 'intakes.list': 'write', 'import.preview': 'read', 'import.commit': 'write' });
    expect(() => buildHandlerTable([{ 'app.info': () => ({}) }])).toThrow(/not declared read or write/);
  });
});
