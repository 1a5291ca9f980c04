// Planning a drie-gesprek (issue 9 §4) in the demo practice: plan one for a patient from the week view,
// double-book the GP and see the warning that names the conflict (refused until accepted), move it, cancel
// it with a reason; the week view by keyboard; axe on the planner, the Agenda and Instellingen → Planning.
import { expectNoSeriousFindings } from './axe';
import { hostForThisFile } from './browser-host';
import { expect, test } from './fixed-time';
import { RosterPage } from './page-models/roster-page';

test.describe.configure({ mode: 'serial' });

// The clock stands on Monday 23-11-2026 10:00 in Amsterdam; the demo's GPs work Monday to Friday 08:00–17:00.
const host = hostForThisFile({ demoPatients: 40 });
const GP_BUSY = /^(Makkes|Houtman|Van Weers) heeft dan al een drie-gesprek \(10:00–10:45\)\.$/;

test('plan, double-book the GP, move and cancel a drie-gesprek', async ({ page }) => {
  test.setTimeout(120_000);
  const roster = new RosterPage(page);
  await roster.open(host.url);
  await roster.search.focus();
  await roster.openFirstByKeyboard();
  await expect(page.getByRole('heading', { name: 'Patiëntkaart', level: 1 })).toBeVisible();

  const card = page.getByRole('region', { name: 'Drie-gesprekken' });
  await card.getByRole('button', { name: 'Drie-gesprek plannen' }).click();
  await expect(page.getByRole('heading', { name: 'Drie-gesprek plannen', level: 1 })).toBeVisible();
  const week = page.getByRole('table', { name: /^Week/ });
  await expect(page.getByRole('heading', { name: 'Week van 23-11-2026' })).toBeVisible();

  // The week view by keyboard: one stop in the tab order, arrow keys between quarters and days.
  const tue10 = week.getByRole('button', { name: /^di 24-11-2026 10:00\./ });
  await tue10.focus();
  await page.keyboard.press('ArrowDown');
  await expect(week.getByRole('button', { name: /^di 24-11-2026 10:15\./ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(tue10).toBeFocused();
  await page.keyboard.press('Enter');
  const chosen = page.getByRole('list', { name: 'Gekozen tijdstippen' });
  await expect(chosen).toContainText('Voorstel 1: di 24-11-2026 10:00–10:45');
  await expectNoSeriousFindings(page, 'planner with a held slot');
  await page.getByRole('button', { name: 'Op dit tijdstip plannen' }).click();
  await expect(page.getByRole('heading', { name: 'Drie-gesprek', level: 1 })).toBeVisible();
  await expect(page.locator('.page-header .context')).toContainText('gepland');
  await expect(page.locator('.page-header .context')).toContainText('di 24-11-2026 10:00–10:45');

  // A second one for the same patient, with the same GP, a quarter later: the warning names the GP and the times.
  await page.getByRole('button', { name: 'Terug naar de patiënt' }).click();
  await expect(card.getByRole('row', { name: /di 24-11-2026 10:00–10:45/ })).toContainText('gepland');
  await card.getByRole('button', { name: 'Drie-gesprek plannen' }).click();
  await expect(page.getByRole('heading', { name: 'Drie-gesprek plannen', level: 1 })).toBeVisible();
  await week.getByRole('button', { name: /^di 24-11-2026 10:15\./ }).click();
  const warnings = chosen.getByRole('list', { name: 'Waarschuwingen' });
  await expect(warnings.getByRole('listitem').filter({ hasText: GP_BUSY })).toHaveCount(1);
  await expect(warnings).toContainText('De patiënt heeft dan al een drie-gesprek (10:00–10:45).');
  await page.getByRole('button', { name: 'Op dit tijdstip plannen' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Dit tijdstip botst' });
  await expect(refusal.getByRole('listitem').filter({ hasText: GP_BUSY })).toHaveCount(1);
  await expectNoSeriousFindings(page, 'planner with a conflict');
  await refusal.getByRole('button', { name: 'Ander tijdstip kiezen' }).click();
  await chosen.getByRole('button', { name: 'Loslaten' }).click();
  await week.getByRole('button', { name: /^wo 25-11-2026 14:00\./ }).click();
  await expect(chosen.getByRole('list', { name: 'Waarschuwingen' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Op dit tijdstip plannen' }).click();
  await expect(page.locator('.page-header .context')).toContainText('wo 25-11-2026 14:00–14:45');

  // Move the first one to Thursday 09:00.
  await page.getByRole('button', { name: 'Terug naar de patiënt' }).click();
  await card.getByRole('button', { name: 'di 24-11-2026 10:00–10:45' }).click();
  await expect(page.getByRole('heading', { name: 'Drie-gesprek', level: 1 })).toBeVisible();
  await expect(week.getByRole('button', { name: /^di 24-11-2026 10:00\. Dit drie-gesprek/ })).toBeVisible();
  await week.getByRole('button', { name: /^do 26-11-2026 09:00\./ }).click();
  await page.getByRole('button', { name: 'Verplaatsen naar dit tijdstip' }).click();
  await expect(page.getByText('Drie-gesprek verplaatst')).toBeVisible();
  await expect(page.locator('.page-header .context')).toContainText('do 26-11-2026 09:00–09:45');
  await expect(page.getByText('Drie-gesprek verplaatst')).toBeHidden(); // the toast fades (axe reads its contrast mid-fade)

  // Cancel: a reason is required.
  await page.locator('.page-header').getByRole('button', { name: 'Annuleren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Drie-gesprek annuleren' });
  await dialog.getByRole('button', { name: 'Drie-gesprek annuleren' }).click();
  await expect(dialog.getByText('Vul een reden in.')).toBeVisible();
  await expectNoSeriousFindings(page, 'cancel dialog');
  await dialog.getByLabel(/^Reden/).fill('Patiënt opgenomen in het ziekenhuis');
  await dialog.getByRole('button', { name: 'Drie-gesprek annuleren' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.page-header .context')).toContainText('geannuleerd');
  await expect(page.getByText('Patiënt opgenomen in het ziekenhuis')).toBeVisible();

  // Blocked time for the GP, shown in the week view by name and reason.
  await page.getByRole('button', { name: 'Tijd blokkeren' }).click();
  const block = page.getByRole('dialog', { name: 'Tijd blokkeren' });
  await expect(block.getByRole('textbox', { name: 'Datum' })).toHaveValue('23-11-2026');
  await block.getByRole('button', { name: 'Blokkeren' }).click();
  await expect(block.getByText('Vul dit veld in.')).toBeVisible(); // the reason
  await block.getByLabel(/^Reden/).fill('Nascholing');
  await expectNoSeriousFindings(page, 'block dialog');
  await block.getByRole('button', { name: 'Blokkeren' }).click();
  await expect(block).toBeHidden();
  await expect(week.getByRole('button', { name: /^ma 23-11-2026 12:00\. .+ geblokkeerd: Nascholing/ })).toBeVisible();
});

test('the Agenda lists this and next week, proposals to confirm, meetings without an outcome; Instellingen → Planning', async ({ page }) => {
  await new RosterPage(page).open(host.url);
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await nav.getByRole('button', { name: 'Agenda' }).click();
  await expect(page.getByRole('heading', { name: 'Agenda', level: 1 })).toBeVisible();
  for (const section of ['Deze week', 'Volgende week', 'Voorstellen om te bevestigen', 'Geweest, uitkomst nog niet vastgelegd']) {
    await expect(page.getByRole('heading', { name: new RegExp(`^${section}`) })).toBeVisible();
  }
  const nextWeek = page.getByRole('region', { name: /^Volgende week/ });
  await expect(nextWeek.getByRole('row')).toHaveCount(3); // header + two demo meetings
  await expect(page.getByRole('region', { name: /^Voorstellen om te bevestigen/ })).toContainText('3 voorstellen');
  await expectNoSeriousFindings(page, 'agenda');

  await nav.getByRole('button', { name: 'Instellingen' }).click();
  await page.getByRole('tab', { name: 'Planning' }).click();
  await expect(page.getByLabel('Ruimte 1')).toHaveValue('Spreekkamer 1');
  await expect(page.getByLabel('Eigen huisarts standaard verplicht')).toBeChecked();
  await expectNoSeriousFindings(page, 'settings planning');
});
