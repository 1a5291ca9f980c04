// Overzicht, as a praktijkmanager drives it: the month, the filters, a key figure's value, and the answer
// of overview.month that the screen showed.
import { expect, type Page, type Response } from '@playwright/test';
import type { MonthOverview } from '../../contract/schemas/overview';
import { chooseOption } from './select';

export class OverviewPage {
  constructor(readonly page: Page) {}

  /** Waits for the next overview.month answer while `action` runs; returns its value. */
  async answerTo(action: () => Promise<void>): Promise<MonthOverview> {
    const answer = this.page.waitForResponse((r: Response) => r.url().endsWith('/api/overview.month') && r.request().method() === 'POST');
    await action();
    const body = (await (await answer).json()) as { ok: boolean; value: MonthOverview };
    expect(body.ok).toBe(true);
    await expect(this.page.locator('.overview-body.is-loading')).toHaveCount(0);
    return body.value;
  }

  async open(): Promise<MonthOverview> {
    return this.answerTo(() => this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Overzicht' }).click());
  }

  month() {
    return this.page.getByRole('combobox', { name: 'Maand' });
  }

  /** The big number of a key-figure tile, by its figure key (`registered`, `onRoster`, ...). */
  tile(figure: string) {
    return this.page.locator(`.key-figure[data-figure="${figure}"] .kf-value`);
  }

  /** The month's own value in the table of all figures. */
  tableValue(figure: string) {
    return this.page.locator(`#overview-all-figures ~ .figure-table-wrap tr[data-figure="${figure}"] td`).first();
  }

  async filterWijk(wijk: string): Promise<MonthOverview> {
    return this.answerTo(() => chooseOption(this.page, this.page.getByRole('combobox', { name: 'Wijk' }), wijk));
  }
}
