import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertReachable, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { expectNoA11yViolations } from './support/axe.mjs';
import { config } from './support/config.mjs';
import { login } from './support/login.mjs';

describe('coordinator', { timeout: 90_000 }, () => {
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

  test('coordinator logs in and sees their name and caseload', async () => {
    await page.goto(`${config.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Välkommen till Stegvis' }).waitFor();
    await screenshot(page, 'start');
    await expectNoA11yViolations(page, { label: 'start page' });

    const { username, password, name } = config.coordinator;
    await login(page, username, password);

    // header: the name claim and the role
    const header = page.getByRole('banner');
    if (name) await header.getByText(name, { exact: true }).waitFor();
    await header.getByText('Samordnare').waitFor();

    // a coordinator lands on "Mina deltagare"
    await page.getByRole('heading', { level: 1, name: 'Mina deltagare' }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/deltagare$/);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mina deltagare' }).waitFor();

    // the caseload has loaded: either the table or the empty state, never the error
    await page.locator('table, [role="status"]:has-text("inga inskrivna deltagare")').first().waitFor();
    assert.equal(await page.getByRole('alert').count(), 0, 'the caseload shows an error');
    await page.getByTestId('count-total').waitFor();

    await screenshot(page, 'caseload');
    await expectNoA11yViolations(page, { label: 'caseload' });
  });
});
