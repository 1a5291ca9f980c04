// Holding a drie-gesprek: a planned meeting (made through the API, as the planner would) opened by its
// address, notes and two agreements typed, finished; the agreements are then on the patient's living plan
// and the patient is in traject. The report back is refused without consent for the report (in Dutch,
// naming the organisation), consent is recorded from the refusal, and the report is made and printed.
import { expectNoSeriousFindings } from './axe';
import { hostForThisFile } from './browser-host';
import { expect, test } from './fixed-time';
import { signIn } from './page-models/sign-in';
import { apiSignedIn, type ApiCaller } from './support/api-session';
import { contactForm, organisationForm } from '../contract/testing/partner-fixture';
import { patientForm } from '../contract/testing/patient-fixture';

test.describe.configure({ mode: 'serial' });

const host = hostForThisFile();

async function value<T>(api: ApiCaller, channel: string, input: unknown): Promise<T> {
  const body = (await (await api.call(channel, input)).json()) as { ok: boolean; value: T; error?: unknown };
  if (!body.ok) throw new Error(`${channel}: ${JSON.stringify(body.error)}`);
  return body.value;
}

interface Seeded {
  api: ApiCaller;
  meetingId: string;
  patientId: string;
  organisationId: string;
}

/** A patient, a partner with a contact person, consent for the meeting only, and a drie-gesprek planned last Friday. */
async function seed(): Promise<Seeded> {
  const api = await apiSignedIn(host.url, 'gp');
  const staff = await value<{ id: string; role: string }[]>(api, 'staff.list', {});
  const gp = staff.find((s) => s.role === 'gp')!;
  const organisation = await value<{ id: string }>(api, 'partners.create', { organisation: organisationForm({ name: 'Schuldhulp Utrecht Noord', type: 'debt_help' }) });
  const withContact = await value<{ contacts: { id: string }[] }>(api, 'partners.createContact', { organisationId: organisation.id, contact: contactForm({ name: 'Bram Visser' }) });
  const patient = await value<{ id: string }>(api, 'patients.create', { patient: patientForm({ gpId: gp.id }) });
  await value(api, 'consents.record', { patientId: patient.id, organisationId: organisation.id, purposes: ['meeting'], decision: 'given', form: 'verbal', date: '2026-11-16', validUntil: '', note: '' });
  const meeting = await value<{ id: string }>(api, 'meetings.create', {
    meeting: {
      patientId: patient.id,
      participants: [{ kind: 'staff', staffId: gp.id, required: true }, { kind: 'contact', contactId: withContact.contacts[0]!.id }],
      location: { kind: 'home', roomId: '', text: '' },
      durationMinutes: 45,
      agenda: [
        { id: 'a1', text: 'Schulden en post', source: 'manual' },
        { id: 'a2', text: 'Slapen', source: 'manual' },
      ],
    },
    // Friday 20-11-2026 10:00 in Amsterdam: in the past, recorded afterwards (the planner warns; allowed).
    start: '2026-11-20T09:00:00.000Z',
    acceptConflicts: true,
  });
  return { api, meetingId: meeting.id, patientId: patient.id, organisationId: organisation.id };
}

test('hold a drie-gesprek: notes, two agreements, finish; on the plan; report back refused, consent recorded, made', async ({ page }) => {
  const s = await seed();
  // The browser host cannot write a PDF itself: the print dialog takes over; count it instead of opening it.
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  const address = new URL(host.url);
  address.search = `?open=meetingHold&id=${s.meetingId}`;
  await page.goto('about:blank');
  await page.goto(address.toString());
  await signIn(page, 'huisarts');
  await expect(page.getByRole('heading', { name: 'Drie-gesprek houden', level: 1 })).toBeVisible();
  await expect(page.getByText(/^20-11-2026, 10:00–10:45 · met .*Brouwer, Bram Visser \(Schuldhulp Utrecht Noord\)$/)).toBeVisible();
  await expectNoSeriousFindings(page, 'hold meeting, empty');

  await page.getByLabel('Punt 1: Schulden en post').fill('Post blijft dicht liggen; wil hulp bij schulden.');
  await page.getByLabel('Punt 2: Slapen').fill('Slaapt slecht door zorgen.');

  // Two agreements by keyboard: the add button puts the cursor in the new row.
  const add = page.getByRole('button', { name: 'Afspraak toevoegen' });
  await add.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Afspraak 1: wat gebeurt er')).toBeFocused();
  await page.keyboard.type('Aanmelden bij schuldhulp');
  await page.keyboard.press('Tab');
  await page.getByLabel('Wie doet het').first().selectOption({ label: 'Bram Visser (Schuldhulp Utrecht Noord)' });
  await page.getByLabel('Wanneer klaar').first().fill('01-12-2026');
  await add.click();
  await expect(page.getByLabel('Afspraak 2: wat gebeurt er')).toBeFocused();
  await page.keyboard.type('Post samen openen met dochter');
  await page.getByLabel('Wie doet het').nth(1).selectOption({ label: 'De patiënt' });
  await page.getByLabel('Wanneer klaar').nth(1).fill('30-11-2026');
  await page.getByRole('textbox', { name: 'Volgende stap' }).fill('Over zes weken samen terugkijken.');
  await page.getByLabel('Vervolg op (datum)').fill('05-01-2027');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen om/ })).toBeVisible();
  await expectNoSeriousFindings(page, 'hold meeting, filled in');

  // A third agreement left empty: finishing is refused, each missing field named with a link to it.
  await add.click();
  await page.getByRole('button', { name: 'Gesprek afronden' }).click();
  const confirm = page.getByRole('dialog', { name: 'Gesprek afronden?' });
  await confirm.getByRole('button', { name: 'Afronden' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Het gesprek kan nog niet worden afgerond' });
  await expect(summary).toContainText('Afspraak 3: wat gebeurt er: Vul dit veld in.');
  await expect(summary).toContainText('Afspraak 3: wie doet het: Kies wie deze actie uitvoert.');
  await expectNoSeriousFindings(page, 'hold meeting, finish refused');
  await summary.getByRole('link', { name: /Afspraak 3: wat gebeurt er/ }).click();
  await expect(page.getByLabel('Afspraak 3: wat gebeurt er')).toBeFocused();
  await page.getByRole('button', { name: 'Afspraak 3 verwijderen' }).click();
  await expect(page.getByLabel('Afspraak 3: wat gebeurt er')).toHaveCount(0);

  await page.getByRole('button', { name: 'Gesprek afronden' }).click();
  await expect(confirm).toContainText('De 2 afspraken komen op het plan van de patiënt');
  await expectNoSeriousFindings(page, 'finish dialog');
  await confirm.getByRole('button', { name: 'Afronden' }).click();
  await expect(page.getByRole('heading', { name: 'Drie-gesprek (afgerond)', level: 1 })).toBeVisible();
  await expect(page.getByText('Wie: Bram Visser (Schuldhulp Utrecht Noord) · klaar op 01-12-2026')).toBeVisible();
  await expect(page.getByTestId('patient-banner').locator('.status-badge')).toHaveText('Traject');

  // On the patient's living plan, with their owners and due dates; the patient is in traject.
  const plan = await value<{ actions: { text: string; dueDate: string; owner: { kind: string; label: string }; source: { kind: string; id: string } }[] }>(s.api, 'actions.list', { patientId: s.patientId });
  expect(plan.actions.map((a) => [a.text, a.owner.kind, a.owner.label, a.dueDate, a.source.kind, a.source.id])).toEqual([
    ['Post samen openen met dochter', 'patient', '', '2026-11-30', 'meeting', s.meetingId],
    ['Aanmelden bij schuldhulp', 'contact', 'Bram Visser (Schuldhulp Utrecht Noord)', '2026-12-01', 'meeting', s.meetingId],
  ]);
  expect((await value<{ status: string }>(s.api, 'patients.get', { id: s.patientId })).status).toBe('trajectory');

  // The report back: consent for the meeting does not cover it.
  const report = page.getByRole('region', { name: 'Terugkoppeling' });
  await expect(report.getByText('Geen toestemming')).toBeVisible();
  await expectNoSeriousFindings(page, 'report back');
  await report.getByRole('button', { name: 'Terugkoppeling maken (PDF)' }).click();
  const refusal = report.getByRole('alert');
  await expect(refusal).toContainText('Er is geen geldige toestemming van de patiënt om de terugkoppeling te sturen aan Schuldhulp Utrecht Noord.');
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0);

  await refusal.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Toestemming vastleggen' });
  await expect(dialog.getByRole('combobox', { name: 'Organisatie' })).toHaveValue('Schuldhulp Utrecht Noord');
  await expect(dialog.getByRole('checkbox', { name: 'De terugkoppeling na het gesprek ontvangen' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Het plan ontvangen' })).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(dialog).toBeHidden();
  await expect(report.getByText('Toestemming gegeven')).toBeVisible();

  await report.getByRole('button', { name: 'Terugkoppeling maken (PDF)' }).click();
  await expect(report.getByRole('heading', { name: 'Gemaakte brief' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(report.getByText(/^Schuldhulp Utrecht Noord: 23-11-2026 10:\d\d, door Sanne Brouwer$/)).toBeVisible();
  const letter = page.getByRole('article', { name: 'Terugkoppeling aan Schuldhulp Utrecht Noord' });
  await expect(letter.getByRole('row')).toHaveCount(3);
  await expect(letter.getByRole('row').nth(1)).toHaveText(/^Aanmelden bij schuldhulp\s*Bram Visser \(Schuldhulp Utrecht Noord\)\s*01-12-2026$/);
  await expect(letter.getByRole('row').nth(2)).toHaveText(/^Post samen openen met dochter\s*Ĳsbrand van 't Hoff-Öztürk\s*30-11-2026$/);
  await expect(letter).toContainText('Op 05-01-2027 kijken we samen hoe het gaat.');
  // The notes of the conversation stay in the practice.
  await expect(letter).not.toContainText('Post blijft dicht liggen');
  await expectNoSeriousFindings(page, 'report back made');

  // On paper only the letter shows.
  await page.emulateMedia({ media: 'print' });
  await expect(letter).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Agenda en aantekeningen' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // Back on the patient page: the agreements are on the living plan.
  await page.getByRole('button', { name: 'Terug naar de patiënt' }).click();
  const planSection = page.getByTestId('plan-section');
  await expect(planSection).toContainText('Aanmelden bij schuldhulp');
  await expect(planSection).toContainText('Post samen openen met dochter');
  // And on "Mijn plan", the patient's own sheet (this patient has no intake: the plan came from the meeting).
  await planSection.getByRole('button', { name: 'Mijn plan' }).click();
  const sheet = page.getByRole('article', { name: 'Mijn plan' });
  await expect(sheet.getByRole('listitem').filter({ hasText: 'Aanmelden bij schuldhulp' })).toContainText('Bram Visser (Schuldhulp Utrecht Noord)');
  await expect(sheet.getByRole('listitem').filter({ hasText: 'Post samen openen met dochter' })).toContainText('30-11-2026');
  await expectNoSeriousFindings(page, 'Mijn plan from the living plan');
  await page.getByRole('button', { name: 'Terug naar de patiënt' }).click();

  // Logged once, for that organisation, with what it held.
  const logged = await value<{ documents: { kind: string; organisationId: string; contents: { parts: string[] } }[] }>(s.api, 'invitations.forMeeting', { meetingId: s.meetingId });
  expect(logged.documents.filter((d) => d.kind === 'report').map((d) => [d.organisationId, d.contents.parts])).toEqual([[s.organisationId, ['time', 'participants', 'agreements', 'nextStep', 'followUpDate']]]);
});
