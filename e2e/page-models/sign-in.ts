// The sign-in screen, as a user drives it: choose yourself (here: by role), type the password.
import { expect, type Page } from '@playwright/test';
import { E2E_PASSWORD } from '../support/accounts';

/** Signs in as the first person with this role (its Dutch name, as the list shows it). */
export async function signIn(page: Page, role: string, password = E2E_PASSWORD): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Aanmelden' })).toBeVisible();
  const who = page.getByLabel('Wie bent u?');
  const labels = await who.locator('option').allTextContents();
  const label = labels.find((l) => l.endsWith(` · ${role}`));
  if (!label) throw new Error(`nobody with role ${role} can sign in here: ${labels.join(', ')}`);
  await who.selectOption({ label });
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}
