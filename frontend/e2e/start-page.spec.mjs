// Signed-out pages: need only the SPA (e.g. `vite preview`), not Keycloak or the API.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertReachable, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { expectNoA11yViolations } from './support/axe.mjs';
import { config } from './support/config.mjs';

describe('signed out', { timeout: 60_000 }, () => {
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

  test('start page is Swedish, has landmarks and no axe violations', async () => {
    await page.goto(`${config.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Välkommen till Stegvis' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    assert.equal(await page.getByRole('main').count(), 1);
    await page.getByRole('button', { name: 'Logga in' }).waitFor();

    // the skip link is the first tab stop and moves focus to <main>
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till huvudinnehållet' });
    assert.ok(await skip.evaluate((el) => el === document.activeElement), 'skip link is not the first tab stop');

    await screenshot(page, 'start-signed-out');
    await expectNoA11yViolations(page, { label: 'start page' });
  });

  test('Keycloak unreachable: a clear Swedish message, not a blank page', async () => {
    await page.route('**/realms/**', (route) => route.abort('connectionrefused'));
    await page.goto(`${config.baseUrl}/`);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('alert').getByText('Inloggningen går inte att nå just nu').waitFor();
    await screenshot(page, 'start-keycloak-unreachable');
    await expectNoA11yViolations(page, { label: 'start page with login error' });
    await page.unroute('**/realms/**');
  });

  test('accessibility statement is linked in the footer, follows the language and focuses the heading', async () => {
    await page.goto(`${config.baseUrl}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    const h1 = page.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' });
    await h1.waitFor();
    assert.equal(new URL(page.url()).pathname, '/tillganglighet');
    assert.ok(await h1.evaluate((el) => el === document.activeElement), 'focus was not moved to the heading');
    assert.match((await page.getByRole('link', { name: /Skicka e-post/ }).getAttribute('href')) ?? '', /^mailto:/);
    await expectNoA11yViolations(page, { label: 'accessibility statement' });

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Accessibility statement' }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await screenshot(page, 'accessibility-statement-en');
    await expectNoA11yViolations(page, { label: 'accessibility statement (en)' });
    await page.getByRole('button', { name: 'Svenska' }).click();
  });

  test('unknown route shows the 404 page', async () => {
    await page.goto(`${config.baseUrl}/finns-inte`);
    await page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
    await expectNoA11yViolations(page, { label: '404' });
  });
});
