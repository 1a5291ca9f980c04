// The sign-in screen, as a user drives it: choose yourself (here: by role), type the password.
import { expect, type Page } from '@playwright/test';
import { E2E_PASSWORD } from '../support/accounts';

/** Signs in as the first person with this role (its Dutch name, as the list shows it). */
export async function signIn(page: Page, role: string, password = E2E_PASSWORD): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Aanmelden' })).toBeVisible();
  const who = page.getByLabel('Wie bent u?');
  // The list arrives just after the screen: wait until it holds someone with this role.
  const person = who.locator('option').filter({ hasText: new RegExp(` · ${role}$`) }).first();
  await expect(person).toBeAttached();
  await who.selectOption({ label: (await person.textContent())! });
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
}
