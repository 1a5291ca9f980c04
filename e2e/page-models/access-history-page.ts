// "Wie heeft dit dossier ingezien": one patient's access history, its paging and its exports.
import { expect, type Locator, type Page } from '@playwright/test';

export class AccessHistoryPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Wie heeft dit dossier ingezien' });
  }

  /** From the patient page. */
  async open(): Promise<void> {
    // The patient page's sections above the button load after it (plan, network): click once nothing moves.
    await expect(this.page.locator('section[aria-busy="true"]')).toHaveCount(0);
    await this.page.getByRole('button', { name: 'Inzagegeschiedenis bekijken' }).click();
    await expect(this.page.getByRole('heading', { name: 'Wie heeft dit dossier ingezien', level: 1 })).toBeFocused();
  }

  rows(): Locator {
    return this.table.locator('tbody tr');
  }

  /** The cells of a row as text: date and time, action, part, workstation, user. */
  async row(index: number): Promise<string[]> {
    return this.rows().nth(index).locator('td').allInnerTexts();
  }
}
