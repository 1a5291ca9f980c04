// The roster screen, as a user sees and drives it.
import { expect, type Locator, type Page } from '@playwright/test';
import { chooseOption } from './select';
import { signIn } from './sign-in';

export class RosterPage {
  readonly search: Locator;
  readonly table: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByLabel('Zoeken', { exact: true });
    this.table = page.getByRole('grid', { name: 'Patiëntenlijst' });
    this.count = page.locator('.page-header .count');
  }

  /** Loads the app, signs in as the practice's GP (or `role`), and waits for the roster. */
  async open(url: string, role = 'huisarts'): Promise<void> {
    await this.page.goto('about:blank'); // a fresh load even when only the URL's fragment differs
    await this.page.goto(url);
    await signIn(this.page, role);
    await expect(this.page.getByRole('heading', { name: 'KBZ-patiënten' })).toBeVisible();
  }

  async searchFor(text: string): Promise<void> {
    await this.page.keyboard.press('Control+f');
    await expect(this.search).toBeFocused();
    await this.search.fill(text);
    await this.waitForQuery(text);
    await this.search.focus();
  }

  /** Waits until the rows for this search text are showing (or the empty state, when there are none). */
  async waitForQuery(text: string): Promise<void> {
    // Read in one step: the table may go (no matches) between a count and a read, and a read would then wait.
    await expect
      .poll(() => this.table.evaluateAll((tables) => (tables.length === 0 ? 'empty' : tables[0]!.getAttribute('data-loaded-query'))))
      .toMatch(new RegExp(`^(empty|${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})$`));
  }

  rows(): Locator {
    return this.table.locator('tbody tr[id]');
  }

  async expectCount(n: number): Promise<void> {
    await expect(this.count).toHaveText(n === 1 ? '1 patiënt' : `${n.toLocaleString('nl-NL')} patiënten`);
  }

  async showArchived(which: 'Actief' | 'Gearchiveerd' | 'Alles'): Promise<void> {
    await chooseOption(this.page, this.page.getByRole('combobox', { name: 'Archief' }), which);
  }

  async filterOnGp(name: string): Promise<void> {
    await chooseOption(this.page, this.page.getByRole('combobox', { name: 'Huisarts' }), name);
  }

  /** From the search box: arrow into the table and open the highlighted patient with Enter. */
  async openFirstByKeyboard(): Promise<void> {
    await this.search.press('ArrowDown');
    await expect(this.table).toBeFocused();
    await expect(this.rows().first()).toHaveAttribute('id', /^patient-/);
    await this.page.keyboard.press('Enter');
  }
}
