// The crash test's workload: creates, edits, draft saves and imports, as fast as the handler process
// answers, each recorded in the ledger once acknowledged. Runs until the process is gone.
import type { AppEvent } from '../../contract/events';
import type { Result } from '../../contract/result';
import { emptyIntakeContent } from '../../contract/schemas/intake';
import { patientForm } from '../../contract/testing/patient-fixture';
import type { HandlerClient } from '../../main/handler-process/client';
import type { Ledger } from './ledger';

const IMPORT_ROWS = 500;

/** The ids the workload edits: made once, before the first crash. */
export interface Subjects {
  patientIds: string[];
  intakeIds: string[];
}

type Random = () => number;

async function ok<T>(result: Promise<Result<unknown>>): Promise<T | null> {
  const r = await result;
  return r.ok ? (r.value as T) : null;
}

export async function createSubjects(client: HandlerClient, ledger: Ledger): Promise<Subjects> {
  const subjects: Subjects = { patientIds: [], intakeIds: [] };
  for (let i = 0; i < 4; i++) {
    const patient = await ok<{ id: string; phone: string }>(client.invoke('patients.create', { patient: patientForm({ hisNumber: `S${i}`, bsn: '' }) }));
    if (!patient) throw new Error('crash test: could not create its patients');
    subjects.patientIds.push(patient.id);
    ledger.phones.set(patient.id, { acked: patient.phone, inFlight: null });
    const intake = await ok<{ id: string }>(client.invoke('intakes.start', { patientId: patient.id, from: 'empty' }));
    if (!intake) throw new Error('crash test: could not start its intakes');
    subjects.intakeIds.push(intake.id);
    ledger.drafts.set(intake.id, { acked: '', inFlight: null });
  }
  return subjects;
}

async function creates(client: HandlerClient, ledger: Ledger, tag: string, alive: () => boolean): Promise<void> {
  for (let n = 0; alive(); n++) {
    const hisNumber = `C${tag}-${n}`;
    if (await ok(client.invoke('patients.create', { patient: patientForm({ hisNumber, bsn: '' }) }))) {
      ledger.created.add(hisNumber);
      ledger.acknowledged++;
    }
  }
}

async function edits(client: HandlerClient, ledger: Ledger, subjects: Subjects, tag: string, random: Random, alive: () => boolean): Promise<void> {
  for (let n = 0; alive(); n++) {
    const id = subjects.patientIds[Math.floor(random() * subjects.patientIds.length)]!;
    const current = await ok<{ revision: number }>(client.invoke('patients.get', { id }));
    if (!current) continue;
    const phone = `06-${tag.padStart(4, '0').slice(-4)}${String(n).padStart(4, '0')}`.slice(0, 11);
    const entry = ledger.phones.get(id)!;
    entry.inFlight = phone;
    const saved = await ok(client.invoke('patients.update', { id, revision: current.revision, patient: patientForm({ hisNumber: `S${subjects.patientIds.indexOf(id)}`, bsn: '', phone }) }));
    if (saved) {
      entry.acked = phone;
      entry.inFlight = null;
      ledger.acknowledged++;
    }
  }
}

async function drafts(client: HandlerClient, ledger: Ledger, subjects: Subjects, tag: string, alive: () => boolean): Promise<void> {
  const revisions = new Map<string, number>();
  for (let n = 0; alive(); n++) {
    const id = subjects.intakeIds[n % subjects.intakeIds.length]!;
    let revision = revisions.get(id);
    if (revision === undefined) {
      const intake = await ok<{ revision: number }>(client.invoke('intakes.get', { id }));
      if (!intake) continue;
      revision = intake.revision;
    }
    const helpQuestion = `hulpvraag ${tag}-${n}`;
    const entry = ledger.drafts.get(id)!;
    entry.inFlight = helpQuestion;
    const saved = await ok<{ revision: number }>(client.invoke('intakes.saveDraft', { id, revision, content: { ...emptyIntakeContent('2026-11-23'), helpQuestion } }));
    if (saved) {
      revisions.set(id, saved.revision);
      entry.acked = helpQuestion;
      entry.inFlight = null;
      ledger.acknowledged++;
    } else {
      revisions.delete(id);
    }
  }
}

function csvOf(prefix: string): string {
  const lines = ['Patiëntnummer;Achternaam;Geboortedatum'];
  for (let i = 0; i < IMPORT_ROWS; i++) lines.push(`${prefix}-${i};Visser;0${(i % 9) + 1}-03-1970`);
  return Buffer.from(lines.join('\r\n'), 'utf8').toString('base64');
}

/** True once the preview is done; false when it failed or the process is gone (no event will come). */
function previewDone(client: HandlerClient, jobId: string, alive: () => boolean): Promise<boolean> {
  return new Promise((resolve) => {
    const finish = (done: boolean) => {
      clearInterval(watch);
      stop();
      resolve(done);
    };
    const watch = setInterval(() => !alive() && finish(false), 20);
    const stop = client.onEvent((e: AppEvent) => {
      if ((e.type === 'import.done' || e.type === 'import.failed') && e.jobId === jobId) finish(e.type === 'import.done');
    });
  });
}

async function imports(client: HandlerClient, ledger: Ledger, tag: string, alive: () => boolean): Promise<void> {
  for (let n = 0; alive(); n++) {
    const prefix = `I${tag}-${n}`;
    const started = await ok<{ jobId: string }>(client.invoke('import.preview', { contentBase64: csvOf(prefix), mapping: null }));
    if (!started || !(await previewDone(client, started.jobId, alive))) continue;
    ledger.imports.set(prefix, { rows: IMPORT_ROWS, acked: false });
    const mapping = { hisNumber: 0, surname: 1, dateOfBirth: 2 };
    const committed = await ok(client.invoke('import.commit', { jobId: started.jobId, mapping, onExisting: 'skip', skipInvalidRows: false }));
    if (committed) {
      ledger.imports.get(prefix)!.acked = true;
      ledger.acknowledged++;
    }
  }
}

/** Runs every kind of write at once until `alive` turns false (the process was killed). */
export async function runWorkload(client: HandlerClient, ledger: Ledger, subjects: Subjects, tag: string, random: Random, alive: () => boolean): Promise<void> {
  await Promise.all([
    creates(client, ledger, tag, alive),
    edits(client, ledger, subjects, tag, random, alive),
    drafts(client, ledger, subjects, tag, alive),
    imports(client, ledger, tag, alive),
  ]);
}
