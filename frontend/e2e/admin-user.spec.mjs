// Full stack (Keycloak + API + SPA): the administrator creates a coordinator with an assignment, sees the temporary
// password once and finds the new user in the list, then opens and changes the user. Selectors use roles and
// accessible names only; axe runs on every page; screenshots go to e2e/screenshots/.
// Env: E2E_ADMIN_USERNAME (admin), E2E_PASSWORD (stegvis).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertReachable, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { expectNoA11yViolations } from './support/axe.mjs';
import { login } from './support/login.mjs';

const ADMIN = process.env.E2E_ADMIN_USERNAME ?? 'admin';
const PASSWORD = process.env.E2E_PASSWORD ?? 'stegvis';
// unique: Keycloak is shared between runs and users are never deleted
const USERNAME = `e2e.samordnare.${Date.now()}`;
const FIRST = 'Edda';
const LAST = `Tvåtest ${Date.now() % 100000}`;

async function openAdmin(page) {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
}

describe('administrator creates a coordinator with an assignment', { timeout: 180_000 }, () => {
  let browser;
  let context;
  let page;

  before(async () => {
    await assertReachable();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser));
  });

  after(async () => {
    await context?.close();
    await browser?.close();
  });

  test('the user list shows the demo users', async () => {
    await login(page, ADMIN, PASSWORD);
    await openAdmin(page);
    await page.getByRole('table').waitFor();
    await page.getByRole('row').filter({ hasText: 'Anna Lindqvist' }).first().waitFor();
    await expectNoA11yViolations(page, { label: 'admin users' });
    await screenshot(page, 'admin-users');
  });

  test('"Ny användare" creates a coordinator and shows the temporary password once', async () => {
    await page.getByRole('link', { name: 'Ny användare' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny användare' }).waitFor();
    await page.getByRole('textbox', { name: 'Förnamn' }).fill(FIRST);
    await page.getByRole('textbox', { name: 'Efternamn' }).fill(LAST);
    await page.getByRole('textbox', { name: /^Användarnamn/ }).fill(USERNAME);
    await page.getByRole('textbox', { name: 'E-postadress' }).fill(`${USERNAME}@example.se`);
    await page.getByRole('combobox', { name: 'Organisation' }).selectOption({ value: 'fsk' });
    await page.getByRole('checkbox', { name: 'Samordnare' }).check();
    await page.getByRole('button', { name: 'Lägg till uppdrag' }).click();
    await page.getByRole('combobox', { name: /^Projekt/ }).selectOption({ label: 'Cresco+' });
    await page.getByRole('group', { name: 'Kommuner i Cresco+' }).getByRole('checkbox', { name: 'Skövde' }).check();
    await expectNoA11yViolations(page, { label: 'new user form' });
    await screenshot(page, 'admin-new-user-form');

    await page.getByRole('button', { name: 'Skapa användare' }).click();
    const alert = page.getByRole('status').filter({ hasText: 'Tillfälligt lösenord' });
    await alert.waitFor();
    const password = (await page.getByTestId('temporary-password').textContent())?.trim() ?? '';
    assert.match(password, /^[A-Za-z0-9]{16}$/, 'a 16-character temporary password is shown');
    await page.getByText('Lösenordet visas bara nu.', { exact: false }).waitFor();
    await expectNoA11yViolations(page, { label: 'user created' });
    await screenshot(page, 'admin-user-created');

    await page.getByRole('link', { name: 'Till användarlistan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
    await page.getByRole('searchbox', { name: /Sök användare/ }).fill(USERNAME);
    const row = page.getByRole('row').filter({ hasText: USERNAME });
    await row.waitFor();
    assert.equal(await page.getByRole('row').count(), 2, 'the search finds exactly the new user (plus the header row)');
    assert.match(await row.textContent(), /Samordnare/);
    assert.match(await row.textContent(), /Aktiv/);
    assert.ok(!(await page.content()).includes(password), 'the password is not shown again');
    await expectNoA11yViolations(page, { label: 'admin users, searched' });
    await screenshot(page, 'admin-users-search');
  });

  test('the new user can be changed: a second municipality, then disabled', async () => {
    await page.getByRole('row').filter({ hasText: USERNAME }).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: `${FIRST} ${LAST}` }).waitFor();
    const municipalities = page.getByRole('group', { name: 'Kommuner i Cresco+' });
    assert.equal(await municipalities.getByRole('checkbox', { name: 'Skövde' }).isChecked(), true);
    await municipalities.getByRole('checkbox', { name: 'Falköping' }).check();
    await page.getByRole('checkbox', { name: /^Aktiv/ }).uncheck();
    await expectNoA11yViolations(page, { label: 'edit user' });
    await screenshot(page, 'admin-edit-user');
    await page.getByRole('button', { name: 'Spara ändringar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Användare' }).waitFor();
    await page.getByRole('searchbox', { name: /Sök användare/ }).fill(USERNAME);
    const row = page.getByRole('row').filter({ hasText: USERNAME });
    await row.filter({ hasText: 'Inaktiverad' }).waitFor();
  });
});
