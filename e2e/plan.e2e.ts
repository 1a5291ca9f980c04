// The patient's living plan and network: a follow-up intake finished on screen puts its new action on the
// plan (its free-text partner matched to the sociale kaart), an action marked done by keyboard, an
// organisation from the sociale kaart and a mantelzorger added to the network; axe on the new screens.
import type { Locator } from '@playwright/test';
import { expectNoSeriousFindings } from './axe';
import { hostForThisFile } from './browser-host';
import { dutchContext, expect, test } from './fixed-time';
import { IntakePage } from './page-models/intake-page';
import { RosterPage } from './page-models/roster-page';
import { apiSignedIn } from './support/api-session';
import { DEFAULT_ROSTER_QUERY } from '../contract/schemas/roster-defaults';

test.describe.configure({ mode: 'serial' });

/** Until a dialog has faded in: axe measures colour contrast, which a half-transparent dialog fails. */
async function settled(dialog: Locator): Promise<void> {
  await expect
    .poll(() => dialog.evaluate((el) => {
      let opacity = 1;
      for (let e: Element | null = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
      return opacity;
    }))
    .toBe(1);
}

// The demo practice: its first patient (200000) has two final intakes, a network and a living plan.
const host = hostForThisFile({ demoPatients: 10 });

test('finish an intake, find its action on the plan, mark one done, add to the network', async ({ browser }) => {
  test.setTimeout(120_000);
  // A follow-up intake with one new action, made ready through the API (the intake screen has its own e2e).
  const api = await apiSignedIn(host.url, 'gp');
  const found = (await (await api.call('patients.search', { ...DEFAULT_ROSTER_QUERY, text: '200000' })).json()) as { value: { rows: { id: string }[] } };
  const patientId = found.value.rows[0]!.id;
  const staff = (await (await api.call('staff.list', {})).json()) as { value: { id: string; name: string }[] };
  const gp = staff.value.find((s) => s.name === 'Makkes')!;
  const started = (await (await api.call('intakes.start', { patientId, from: 'latestFinal' })).json()) as { value: { id: string; revision: number; content: { actions: unknown[] } } };
  const draft = started.value;
  const content = {
    ...draft.content,
    professionals: [gp.id],
    actions: [...draft.content.actions, { id: 'e2e-voedselbank', text: 'Aanmelden bij de voedselbank', owner: { kind: 'partner', name: 'voedselbank  overvecht' }, dueDate: '2026-12-10', status: 'open' }],
  };
  expect((await api.call('intakes.saveDraft', { id: draft.id, revision: draft.revision, content })).status).toBe(200);

  const context = await dutchContext(browser);
  const page = await context.newPage();
  const roster = new RosterPage(page);
  const intake = new IntakePage(page);
  const openPatient = async () => {
    await roster.open(host.url);
    await roster.searchFor('200000');
    await roster.expectCount(1);
    await roster.openFirstByKeyboard();
    await expect(page.getByRole('heading', { name: 'Patiëntkaart', level: 1 })).toBeVisible();
  };
  await openPatient();
  const plan = page.getByTestId('plan-section');
  await expect(plan.getByRole('heading', { name: 'Plan' })).toBeVisible();
  await expect(plan.getByText('Aanmelden bij de voedselbank')).toHaveCount(0);

  // Finish the follow-up on screen: its new action joins the plan; what it copied is not added twice.
  await intake.press('Concept-intake hervatten', 'Enter');
  await intake.finish();
  await openPatient();
  const row = (text: string) => plan.getByTestId('plan-action').filter({ hasText: text });
  await expect(row('Aanmelden bij de voedselbank')).toContainText('Voedselbank Overvecht');
  await expect(row('Aanmelden bij de voedselbank')).toContainText('10-12-2026');
  await expect(row('Aanmelden bij de schuldhulp van het buurtteam')).toHaveCount(1);
  // The demo's overdue actions say so in words.
  await expectNoSeriousFindings(page, 'patient page with plan and network');

  // Mark an action done with the keyboard: Tab to its status, type-ahead "G" for Gedaan.
  const status = page.getByLabel('Status van Slaapmedicatie evalueren');
  await status.focus();
  await page.keyboard.type('G');
  await expect(page.getByText('Status gewijzigd in Gedaan')).toBeVisible();
  const openTable = plan.getByRole('table', { name: 'Open acties' });
  await expect(openTable.getByText('Slaapmedicatie evalueren')).toHaveCount(0); // now under "Afgerond of vervallen"
  await plan.getByText(/^Afgerond of vervallen \(\d+\)$/).click();
  const done = plan.getByRole('table', { name: 'Afgeronde en vervallen acties' }).getByTestId('plan-action').filter({ hasText: 'Slaapmedicatie evalueren' });
  await expect(done.getByRole('combobox')).toHaveValue('done');
  await expect(done).toContainText('Gedaan: Makkes, 23-11-2026');

  // A new action, owned by someone outside the sociale kaart, typed by name; saved with Ctrl+S.
  await plan.getByRole('button', { name: 'Actie toevoegen' }).click();
  const actionDialog = page.getByRole('dialog', { name: 'Actie toevoegen' });
  await expect(actionDialog.getByLabel(/^Wat/)).toBeFocused();
  await page.keyboard.type('Huurachterstand bespreken met de woningcorporatie');
  await actionDialog.getByLabel('Wie doet het').selectOption('text');
  await actionDialog.getByLabel(/^Naam/).fill('Woningcorporatie Mitros');
  await actionDialog.getByLabel('Klaar op').fill('05-12-2026');
  await settled(actionDialog);
  await expectNoSeriousFindings(page, 'action dialog');
  await page.keyboard.press('Control+s');
  await expect(actionDialog).toBeHidden();
  await expect(openTable.getByTestId('plan-action').filter({ hasText: 'Huurachterstand bespreken' })).toContainText('Woningcorporatie Mitros');

  // The network: an organisation from the sociale kaart, searched by typing, and a mantelzorger typed in.
  const network = page.getByTestId('network-section');
  await network.getByRole('button', { name: 'Toevoegen' }).click();
  let dialog = page.getByRole('dialog', { name: 'Toevoegen aan het netwerk' });
  await expect(dialog).toBeVisible();
  // The search field has focus as the dialog opens: type to search the sociale kaart.
  await expect(dialog.getByRole('combobox', { name: 'Organisatie verplicht' })).toBeFocused();
  await page.keyboard.type('Mantelzorg');
  await page.getByRole('option', { name: /^Mantelzorg Utrecht Noord/ }).click();
  await dialog.getByLabel(/^Rol/).fill('Respijtzorg voor de zus');
  await settled(dialog);
  await expectNoSeriousFindings(page, 'network dialog');
  await page.keyboard.press('Control+s');
  await expect(dialog).toBeHidden();
  await expect(network.getByRole('listitem').filter({ hasText: 'Mantelzorg Utrecht Noord' })).toContainText('Respijtzorg voor de zus');

  await network.getByRole('button', { name: 'Toevoegen' }).click();
  dialog = page.getByRole('dialog', { name: 'Toevoegen aan het netwerk' });
  await dialog.getByText('Mantelzorger', { exact: true }).click();
  await dialog.getByLabel(/^Naam/).fill('Kees de Boer');
  await dialog.getByLabel(/^Relatie/).fill('zwager');
  await dialog.getByLabel('Telefoon', { exact: true }).fill('06-11223344');
  await dialog.getByLabel('Betrokken sinds').fill('01-09-2026');
  await dialog.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dialog).toBeHidden();
  const carer = network.getByRole('listitem').filter({ hasText: 'Kees de Boer' });
  await expect(carer).toContainText('mantelzorger (zwager)');
  await expect(carer).toContainText('sinds 01-09-2026');

  // Ending keeps the history.
  await carer.getByRole('button', { name: 'Betrokkenheid van Kees de Boer beëindigen' }).click();
  dialog = page.getByRole('dialog', { name: 'Betrokkenheid beëindigen' });
  await expect(dialog.getByRole('button', { name: 'Beëindigen' })).toBeFocused();
  await settled(dialog);
  await expectNoSeriousFindings(page, 'end involvement dialog');
  await dialog.getByRole('button', { name: 'Beëindigen' }).click();
  await expect(dialog).toBeHidden();
  await expect(network.getByText('Eerder betrokken (1)')).toBeVisible();

  // "Mijn plan" for the patient: the living list as it stands, and what was done lately.
  await page.getByRole('button', { name: /^Intake van .* openen$/ }).first().click();
  await page.getByRole('button', { name: 'Mijn plan' }).click();
  const sheet = page.getByRole('article');
  await expect(sheet).toContainText('Wie: Voedselbank Overvecht · Klaar op: 10-12-2026');
  await expect(sheet.getByRole('heading', { name: 'Dit is gelukt' })).toBeVisible();
  await expect(sheet.getByRole('listitem').filter({ hasText: 'Slaapmedicatie evalueren' })).toHaveCount(1);
  await expectNoSeriousFindings(page, 'Mijn plan with the living list');
  await context.close();
});
