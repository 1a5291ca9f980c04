// Overzicht (issue 10 §1): the praktijkmanager opens it on the last full month, moves a month back with the
// button and forward with the keyboard, filters by wijk, and sees on screen exactly what overview.month
// answered; no name and no way into a record; axe finds nothing serious. Clinicians do not see the area.
import { expectNoSeriousFindings } from './axe';
import { hostForThisFile } from './browser-host';
import { expect, test } from './fixed-time';
import { OverviewPage } from './page-models/overview-page';
import { signIn } from './page-models/sign-in';

test.describe.configure({ mode: 'serial' });

// The demo practice with its history (main/services/demo/demo-history.ts); the host's clock stands on 23-11-2026.
const host = hostForThisFile({ demoPatients: 80 });

const onRoster = (byStatus: Record<string, number>) => Object.values(byStatus).reduce((s, n) => s + n, 0);
const nl = (n: number) => n.toLocaleString('nl-NL');

test('the praktijkmanager reads the month, changes month and wijk, and sees what the channel answered', async ({ page }) => {
  await page.goto(host.url);
  const overzicht = new OverviewPage(page);
  // The Overzicht is the praktijkmanager's start screen.
  const october = await overzicht.answerTo(() => signIn(page, 'praktijkmanager'));
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();

  // The last full month by the host's clock, beside September and October 2025.
  expect(october.month).toBe('2026-10');
  await expect(overzicht.month()).toHaveValue('oktober 2026');
  await expect(page.getByText('oktober 2026: 01-10-2026 t/m 31-10-2026.')).toBeVisible();
  expect([october.previous.month, october.yearEarlier.month]).toEqual(['2026-09', '2025-10']);
  expect(october.trend).toHaveLength(12);
  expect(october.current.roster.registered + october.current.intakes.finished + october.current.meetings.held).toBeGreaterThan(0);
  await expect(overzicht.tile('registered')).toHaveText(nl(october.current.roster.registered));
  await expect(overzicht.tile('onRoster')).toHaveText(nl(onRoster(october.current.roster.byStatusAtEnd)));
  await expect(overzicht.tile('meetingsHeld')).toHaveText(nl(october.current.meetings.held));
  await expect(overzicht.tableValue('actionsOverdue')).toHaveText(nl(october.current.actions.overdueAtEnd));
  // The trend's table: October's row as the channel counted it.
  const lastRow = page.locator('[data-chart="overview-trend"] tbody tr').last();
  await expect(lastRow.locator('th')).toHaveText('oktober 2026');
  await expect(lastRow.locator('td').first()).toHaveText(nl(october.trend.at(-1)!.registered));
  // The path's table: patients on the roster who had reached a drie-gesprek.
  await expect(page.locator('[data-chart="overview-path"] tbody tr').nth(3).locator('td').first()).toHaveText(nl(october.current.path.meeting));
  await expectNoSeriousFindings(page, 'overzicht');

  // No name, no link into a record: the screen holds none of the demo's surnames.
  const text = await page.locator('main, #main').first().innerText();
  for (const surname of ['Öztürk', 'El Amrani', 'Yılmaz', 'Visser', 'Bouzid']) expect(text).not.toContain(surname);

  // A month back with the button.
  const september = await overzicht.answerTo(() => page.getByRole('button', { name: 'Vorige maand: september 2026' }).click());
  expect(september.month).toBe('2026-09');
  await expect(overzicht.month()).toHaveValue('september 2026');
  await expect(overzicht.tile('registered')).toHaveText(nl(september.current.roster.registered));
  await expect(overzicht.tile('intakesFinished')).toHaveText(nl(september.current.intakes.finished));

  // A wijk: the figures are the filtered ones, and smaller or equal.
  const zuilen = await overzicht.filterWijk('Zuilen');
  expect(zuilen.filters).toEqual({ gpId: '', wijk: 'Zuilen', tag: '' });
  expect(onRoster(zuilen.current.roster.byStatusAtEnd)).toBeLessThanOrEqual(onRoster(september.current.roster.byStatusAtEnd));
  await expect(overzicht.tile('onRoster')).toHaveText(nl(onRoster(zuilen.current.roster.byStatusAtEnd)));
  await expect(overzicht.tile('actionsOpened')).toHaveText(nl(zuilen.current.actions.opened));

  // Forward with the keyboard (Alt+→), the filter kept.
  const back = await overzicht.answerTo(() => page.keyboard.press('Alt+ArrowRight'));
  expect(back.month).toBe('2026-10');
  expect(back.filters.wijk).toBe('Zuilen');
  await expect(overzicht.tile('registered')).toHaveText(nl(back.current.roster.registered));
  // The current month is the latest: no next month.
  await overzicht.answerTo(() => page.keyboard.press('Alt+ArrowRight'));
  await expect(page.getByRole('button', { name: /^Volgende maand/ })).toBeDisabled();

  // A month without data: the empty state says what to do.
  await overzicht.answerTo(async () => {
    await overzicht.month().fill('januari 2022');
    await page.getByRole('option', { name: 'januari 2022', exact: true }).click();
  });
  await expect(page.getByRole('heading', { name: 'Geen gegevens voor januari 2022' })).toBeVisible();
  await expectNoSeriousFindings(page, 'overzicht, empty month');
  await overzicht.answerTo(() => page.getByRole('button', { name: 'Naar oktober 2026' }).click());
  await expect(overzicht.tile('registered')).toBeVisible();
});

test('a POH sees no Overzicht', async ({ page }) => {
  await page.goto(host.url);
  await signIn(page, 'POH-somatiek');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Overzicht' })).toHaveCount(0);
});
