import { config } from './config.mjs';

/**
 * Signs in through the real Keycloak login page: app → "Logga in" → Keycloak form → back in the app.
 * Resolves when the app shows the signed-in header ("Logga ut").
 */
export async function login(page, username, password) {
  await page.goto(`${config.baseUrl}/`);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.locator('#username').waitFor();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
  await page.waitForURL((url) => url.href.startsWith(config.baseUrl) && !url.searchParams.has('code'));
  await page.getByRole('button', { name: 'Logga ut' }).waitFor();
}
