// Invitations for a drie-gesprek (issue 9 §5): refused for a partner without the patient's consent, the
// consent recorded from the refusal, then the .ics and the .eml draft saved (no patient name in them);
// after a reschedule the update carries SEQUENCE 1 and the same UID; the patient's letter; axe.
import { readFileSync } from 'node:fs';
import { DEFAULT_ROSTER_QUERY } from '../contract/schemas/roster-defaults';
import { expectNoSeriousFindings } from './axe';
import { hostForThisFile } from './browser-host';
import { expect, test } from './fixed-time';
import { RosterPage } from './page-models/roster-page';
import { apiSignedIn, type ApiCaller } from './support/api-session';

test.describe.configure({ mode: 'serial' });

// The clock stands on Monday 23-11-2026 10:00 in Amsterdam.
const host = hostForThisFile({ demoPatients: 5 });

async function value<T>(api: ApiCaller, channel: string, input: unknown): Promise<T> {
  const answer = (await (await api.call(channel, input)).json()) as { ok: boolean; value: T; error?: unknown };
  if (!answer.ok) throw new Error(`${channel}: ${JSON.stringify(answer.error)}`);
  return answer.value;
}

interface Setup { patientId: string; hisNumber: string; surname: string; meetingId: string }

/** A drie-gesprek on Thursday 26-11-2026 14:00 at the patient's home with the GP and Priya Ramdin of the schuldhulp. */
async function planMeeting(api: ApiCaller): Promise<Setup> {
  const roster = await value<{ rows: { id: string; hisNumber: string; surname: string; gpId: string }[] }>(api, 'patients.search', DEFAULT_ROSTER_QUERY);
  const patient = roster.rows.find((r) => r.gpId !== '')!;
  const partners = await value<{ organisations: { name: string; contacts: { id: string; name: string }[] }[] }>(api, 'partners.search', { text: 'Schuldhulp', type: '', wijk: '', includeInactive: false });
  const priya = partners.organisations[0]!.contacts.find((c) => c.name === 'Priya Ramdin')!;
  const meeting = await value<{ id: string }>(api, 'meetings.create', {
    meeting: {
      patientId: patient.id,
      participants: [{ kind: 'staff', staffId: patient.gpId, required: true }, { kind: 'contact', contactId: priya.id }],
      location: { kind: 'home', roomId: '', text: '' },
      durationMinutes: 45,
      agenda: [{ id: 'e2e1', text: 'Schulden en post', source: 'manual' }],
    },
    start: '2026-11-26T13:00:00.000Z',
    acceptConflicts: true,
  });
  return { patientId: patient.id, hisNumber: patient.hisNumber, surname: patient.surname, meetingId: meeting.id };
}

let setup: Setup;

async function openMeeting(roster: RosterPage, when: RegExp): Promise<void> {
  await roster.searchFor(setup.hisNumber);
  await roster.openFirstByKeyboard();
  const card = roster.page.getByRole('region', { name: 'Drie-gesprekken' });
  await card.getByRole('row', { name: when }).getByRole('button').first().click();
  await expect(roster.page.getByRole('heading', { name: 'Drie-gesprek', level: 1 })).toBeVisible();
}

async function saved(page: RosterPage['page'], button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

test('an invitation is refused without consent, made with it, and updated after a reschedule', async ({ page }) => {
  test.setTimeout(120_000);
  const api = await apiSignedIn(host.url, 'gp');
  setup = await planMeeting(api);
  const roster = new RosterPage(page);
  await roster.open(host.url);
  await openMeeting(roster, /do 26-11-2026 14:00–14:45/);

  const panel = page.getByRole('region', { name: 'Uitnodigingen' });
  const row = panel.getByRole('row', { name: /Priya Ramdin/ });
  await expect(row).toContainText('Niet gevraagd');
  await expect(row).toContainText('Nog niet');
  await row.getByRole('button', { name: 'Uitnodiging maken voor Priya Ramdin' }).click();
  const refusal = panel.getByRole('alert');
  await expect(refusal).toContainText('Er is geen geldige toestemming van de patiënt om Schuldhulp Utrecht Noord uit te nodigen voor het drie-gesprek.');
  await expectNoSeriousFindings(page, 'invitation refused without consent');

  // Recorded from the refusal: the organisation and the purpose are filled in.
  await refusal.getByRole('button', { name: 'Toestemming voor Schuldhulp Utrecht Noord vastleggen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Toestemming vastleggen' });
  await expect(dialog.getByRole('combobox', { name: 'Organisatie' })).toHaveValue('Schuldhulp Utrecht Noord');
  await expect(dialog.getByRole('checkbox', { name: 'Uitnodigen voor en deelnemen aan een drie-gesprek' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Het plan ontvangen' })).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Vastleggen' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Gegeven');

  await row.getByRole('button', { name: 'Uitnodiging maken voor Priya Ramdin' }).click();
  await expect(panel.getByRole('status')).toContainText('Uitnodiging voor Priya Ramdin gemaakt');
  const ics = await saved(page, 'Agenda-uitnodiging opslaan (.ics)');
  expect(ics.name).toBe('drie-gesprek-2026-11-26-uitnodiging.ics');
  expect(ics.text).toMatch(/^METHOD:REQUEST\r$/m);
  expect(ics.text).toMatch(/^SEQUENCE:0\r$/m);
  expect(ics.text).toMatch(/^DTSTART:20261126T130000Z\r$/m);
  expect(ics.text).toContain(`UID:${setup.meetingId}@kbz-werkplek`);
  const eml = await saved(page, 'E-mailconcept opslaan (.eml)');
  expect(eml.name).toBe('drie-gesprek-2026-11-26-uitnodiging.eml');
  expect(eml.text).toMatch(/^X-Unsent: 1\r$/m);
  expect(eml.text).toContain('Content-Type: text/calendar; charset=UTF-8; method=REQUEST');
  // The minimum: without consent for the plan, neither the name nor the agenda.
  expect(ics.text).not.toContain(setup.surname);
  expect(ics.text).not.toContain('Schulden en post');
  await expect(row).toContainText('Versie 0');
  await expect(row).toContainText('Bijgewerkt');
  await expectNoSeriousFindings(page, 'invitation made');

  // Moved to the Monday after: the update carries SEQUENCE 1 and the same UID.
  const meeting = await value<{ revision: number }>(api, 'meetings.get', { id: setup.meetingId });
  await value(api, 'meetings.reschedule', { id: setup.meetingId, revision: meeting.revision, starts: ['2026-11-30T08:00:00.000Z'], acceptConflicts: true });
  await page.getByRole('button', { name: 'Terug naar de patiënt' }).click();
  await page.getByRole('region', { name: 'Drie-gesprekken' }).getByRole('row', { name: /ma 30-11-2026 09:00–09:45/ }).getByRole('button').first().click();
  await row.getByRole('button', { name: 'Wijziging maken voor Priya Ramdin' }).click();
  const update = await saved(page, 'Agenda-uitnodiging opslaan (.ics)');
  expect(update.name).toBe('drie-gesprek-2026-11-30-wijziging-v1.ics');
  expect(update.text).toMatch(/^SEQUENCE:1\r$/m);
  expect(update.text).toContain(`UID:${setup.meetingId}@kbz-werkplek`);
  await panel.getByText('Gemaakte documenten (2)').click();
  await expect(panel.getByRole('table', { name: 'Gemaakte documenten, nieuwste eerst' }).locator('tbody tr')).toHaveCount(2);

  // The patient's letter, in plain words, with what to bring.
  await panel.getByRole('button', { name: 'Brief voor de patiënt' }).click();
  await expect(page.getByRole('heading', { name: 'Uitnodiging voor een gesprek', level: 1 })).toBeVisible();
  await expect(page.locator('.letter-facts')).toContainText('maandag 30-11-2026, 09:00–09:45 (45 minuten)');
  await expect(page.getByRole('heading', { name: 'Neem mee' })).toBeVisible();
  await expectNoSeriousFindings(page, "patient's letter");
});
