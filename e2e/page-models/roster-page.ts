// The roster screen, as a user sees and drives it.
import { expect, type Locator, type Page } from '@playwright/test';

export class RosterPage {
  readonly search: Locator;
  readonly list: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByLabel('Zoeken', { exact: true });
    this.list = page.getByRole('listbox', { name: 'Patiëntenlijst' });
    this.count = page.locator('.search-row .count');
  }

  async open(url: string): Promise<void> {
    await this.page.goto('about:blank'); // a fresh load even when only the URL's fragment differs
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: 'KBZ-patiënten' })).toBeVisible();
  }

  async searchFor(text: string): Promise<void> {
    await this.page.keyboard.press('Control+f');
    await expect(this.search).toBeFocused();
    await this.search.fill(text);
    await this.search.press('Enter'); // search now, not after the typing pause
    await expect(this.list).toHaveAttribute('data-loaded-query', text);
    await this.search.focus();
  }

  rows(): Locator {
    return this.list.getByRole('option');
  }

  async expectCount(n: number): Promise<void> {
    await expect(this.count).toHaveText(n === 1 ? '1 patiënt' : `${n.toLocaleString('nl-NL')} patiënten`);
  }

  async showArchived(which: 'Actieve patiënten' | 'Gearchiveerd' | 'Actief en gearchiveerd'): Promise<void> {
    await this.page.getByLabel('Archief').selectOption({ label: which });
  }

  /** From the search box: arrow into the list and open the highlighted patient with Enter. */
  async openFirstByKeyboard(): Promise<void> {
    await this.search.press('ArrowDown');
    await expect(this.list).toBeFocused();
    await expect(this.rows().first()).toHaveAttribute('id', /^patient-/);
    await this.page.keyboard.press('Enter');
  }
}
