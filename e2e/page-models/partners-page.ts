// De sociale kaart, as a user sees and drives it: the list, its filters, an organisation's card.
import { expect, type Locator, type Page } from '@playwright/test';
import { RosterPage } from './roster-page';

export class PartnersPage {
  readonly search: Locator;
  readonly table: Locator;
  readonly count: Locator;
  readonly card: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByRole('search').getByLabel('Zoeken', { exact: true });
    this.table = page.getByRole('table', { name: 'Organisaties in de sociale kaart' });
    this.count = page.locator('.page-header .count');
    this.card = page.getByRole('complementary');
  }

  /** Signs in and opens the sociale kaart from the left navigation. */
  async open(url: string, role = 'huisarts'): Promise<void> {
    await new RosterPage(this.page).open(url, role);
    await this.page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Sociale kaart' }).click();
    await expect(this.page.getByRole('heading', { name: 'Sociale kaart', level: 1 })).toBeVisible();
    await expect(this.search).toBeFocused();
  }

  row(name: string | RegExp): Locator {
    return this.table.getByRole('row', { name });
  }

  async searchFor(text: string): Promise<void> {
    await this.page.keyboard.press('Control+f');
    await expect(this.search).toBeFocused();
    await this.page.keyboard.press('Control+a');
    await this.page.keyboard.type(text);
  }
}
