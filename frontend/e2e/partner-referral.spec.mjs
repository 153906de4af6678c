// Full stack (Keycloak + API + SPA): a partner caseworker refers a person, the project manager screens, accepts and
// enrolls them, and the caseworker sees the outcome. Selectors use roles and accessible names only; axe runs on every
// page; screenshots go to e2e/screenshots/.
// Env: E2E_PARTNER_USERNAME (lars), E2E_MANAGER_USERNAME (maria), E2E_PASSWORD (stegvis).
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertReachable, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { expectNoA11yViolations } from './support/axe.mjs';
import { config } from './support/config.mjs';
import { login } from './support/login.mjs';
import { swedishDay } from './support/dates.mjs';

const PARTNER = process.env.E2E_PARTNER_USERNAME ?? 'lars';
const MANAGER = process.env.E2E_MANAGER_USERNAME ?? 'maria';
const PASSWORD = process.env.E2E_PASSWORD ?? 'stegvis';
const PROJECT = 'Cresco+';
const MUNICIPALITY = 'Skövde';
const AGENCIES = ['Arbetsförmedlingen', 'Skövde kommun, socialtjänsten'];
// unique, so the referral can be found again among earlier runs' referrals
const REASON = `E2E-remiss ${new Date().toISOString()}: behöver samordnat stöd från flera parter.`;

async function logout(page) {
  await page.getByRole('button', { name: 'Logga ut' }).click();
  // Keycloak ends the session and sends the browser back to the start page (post_logout_redirect_uri)
  await page.waitForURL(`${config.baseUrl}/`);
  await page.getByRole('button', { name: 'Logga in' }).first().waitFor();
}

async function openReferrals(page) {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Remisser' }).click();
  await page.getByRole('heading', { level: 1, name: 'Remisser' }).waitFor();
  await page.getByRole('table').waitFor();
}

/**
 * After "Skriv in": the participant page ('enrolled'), the capacity override field ('full'), or the dialog's error
 * alert — then the test fails with the app's own message (e.g. the API's 422 problem detail) instead of a timeout.
 */
async function enrollOutcome(page, dialog, override) {
  const failed = dialog.getByRole('alert').filter({ hasText: 'Det gick inte att skriva in personen' });
  const settle = (promise, value) => promise.then(() => value, () => 'timeout');
  const outcome = await Promise.race([
    settle(page.waitForURL(/\/deltagare\/[0-9a-f-]{36}/), 'enrolled'),
    settle(failed.waitFor(), 'error'),
    ...(override ? [settle(override.waitFor(), 'full')] : []),
  ]);
  if (outcome === 'error') {
    throw new Error(`the enrollment was refused: ${(await failed.innerText()).replace(/\s+/g, ' ')}`);
  }
  if (outcome === 'timeout') throw new Error('neither the participant page nor an answer appeared after "Skriv in"');
  return outcome;
}

/** Opens this run's referral from the list: the newest change is first, so it is on the first page. */
async function openOurReferral(page) {
  const link = page.getByRole('row').filter({ hasText: 'Anonym person, född 1990' }).first().getByRole('link');
  await link.waitFor();
  // the newest referral with our person; confirm by the unique reason on its page
  await link.click();
  await page.getByRole('heading', { level: 1, name: /^Remiss: / }).waitFor();
  await page.getByText(REASON).waitFor();
}

describe('partner caseworker refers, project manager screens, accepts and enrolls', { timeout: 240_000 }, () => {
  let browser;
  let context;
  let page;
  let enrolled = false;

  before(async () => {
    await assertReachable();
    browser = await launchBrowser();
  });

  // Each user gets a fresh browser, so a failure in one step is reported there and does not leave the next user's
  // login facing someone else's session. The steps still depend on each other's data (same referral).
  beforeEach(async () => {
    ({ context, page } = await newPage(browser));
  });

  afterEach(async () => {
    await context?.close();
  });

  after(async () => {
    await browser?.close();
  });

  test('lars submits a referral for an anonymous person', async () => {
    await login(page, PARTNER, PASSWORD);
    await openReferrals(page).catch(async () => {
      // a caseworker without earlier referrals sees the empty state instead of a table
      await page.getByRole('heading', { level: 1, name: 'Remisser' }).waitFor();
    });
    await expectNoA11yViolations(page, { label: 'partner referrals' });
    await page.getByRole('link', { name: 'Skicka ny remiss' }).click();
    await page.getByRole('heading', { level: 1, name: 'Skicka remiss' }).waitFor();

    await page.getByRole('combobox', { name: 'Projekt' }).selectOption({ label: PROJECT });
    await page.getByRole('combobox', { name: /^Kommun/ }).selectOption({ label: MUNICIPALITY });
    await page.getByRole('radio', { name: 'Utan personnummer (anonym)' }).check();
    await page.getByRole('textbox', { name: 'Födelseår' }).fill('1990');
    await page.getByRole('combobox', { name: 'Kön' }).selectOption({ label: 'Kvinna' });
    assert.ok((await page.getByRole('textbox', { name: 'Namn', exact: true }).inputValue()).length > 0, 'the caseworker name is prefilled');
    await page.getByRole('textbox', { name: /^Skäl till remissen/ }).fill(REASON);
    for (const agency of AGENCIES) await page.getByRole('checkbox', { name: agency, exact: true }).check();
    await page.getByRole('checkbox', { name: 'Deltagande och informationsutbyte mellan myndigheterna' }).check();
    assert.equal(await page.getByRole('textbox', { name: 'Datum för samtycket' }).inputValue(), swedishDay());
    await screenshot(page, 'referral-new-filled');
    await expectNoA11yViolations(page, { label: 'new referral form' });

    await page.getByRole('button', { name: 'Skicka remissen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Remiss: Anonym person, född 1990' }).waitFor();
    await page.getByText(REASON).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/remisser\/[0-9a-f-]{36}$/, 'only the referral id is in the URL');
    await page.getByText('Inkommen').first().waitFor();
    for (const agency of AGENCIES) await page.getByRole('region', { name: 'Skäl och bakgrund' }).getByText(agency, { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Återta remissen' }).waitFor();
    await screenshot(page, 'referral-submitted-partner');
    await expectNoA11yViolations(page, { label: 'referral page (partner)' });
    await logout(page);
  });

  test('maria screens it, accepts it and enrolls the person', async () => {
    await login(page, MANAGER, PASSWORD);
    await openReferrals(page);
    await screenshot(page, 'referral-inbox');
    await expectNoA11yViolations(page, { label: 'project manager inbox' });
    await openOurReferral(page);
    await page.getByRole('region', { name: 'Behörighetskontroll' }).waitFor();
    await expectNoA11yViolations(page, { label: 'referral page (manager, submitted)' });

    // screening: a board meeting a week from now
    await page.getByRole('button', { name: 'Bedöm och sätt upp på beredningsmöte' }).click();
    let dialog = page.getByRole('dialog', { name: 'Bedöm och sätt upp på beredningsmöte' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: 'Beredningsmötets datum' }).fill(swedishDay(7));
    await dialog.getByRole('textbox', { name: 'Anteckning (valfritt)' }).fill('Uppfyller kriterierna.');
    await expectNoA11yViolations(page, { label: 'screening dialog' });
    await dialog.getByRole('button', { name: 'Spara bedömningen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Remissen är bedömd och uppsatt på beredningsmötet.').waitFor();
    await page.getByText('Bedömd', { exact: true }).first().waitFor();
    await screenshot(page, 'referral-screened');

    // the review board view lists it under its meeting date
    await page.goto(`${config.baseUrl}/remisser/beredning`);
    await page.getByRole('heading', { level: 1, name: 'Beredningsmöten' }).waitFor();
    await page.getByRole('heading', { level: 2, name: new RegExp(`Beredningsmöte ${swedishDay(7)}`) }).waitFor();
    await screenshot(page, 'referral-board');
    await expectNoA11yViolations(page, { label: 'review board view' });
    await page.getByRole('link', { name: 'Tillbaka till remisserna' }).click();
    await page.getByRole('table').waitFor();
    await openOurReferral(page);

    // decision: accepted
    await page.getByRole('button', { name: 'Registrera beslut' }).click();
    dialog = page.getByRole('dialog', { name: 'Registrera beslut' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: 'Beviljad' }).check();
    await dialog.getByRole('textbox', { name: 'Gruppstart (valfritt)' }).fill('E2E-gruppen');
    await expectNoA11yViolations(page, { label: 'decision dialog' });
    await dialog.getByRole('button', { name: 'Spara beslutet' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Beslutet är sparat.').waitFor();
    await page.getByText('Beviljad', { exact: true }).first().waitFor();

    // enrollment starting today, no coordinator chosen
    await page.getByRole('button', { name: 'Skriv in' }).click();
    dialog = page.getByRole('dialog', { name: 'Skriv in personen' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: 'Startdatum' }).fill(swedishDay());
    await expectNoA11yViolations(page, { label: 'enroll dialog' });
    await dialog.getByRole('button', { name: 'Skriv in' }).click();
    const override = dialog.getByRole('textbox', { name: 'Skäl att skriva in trots att platserna är fulla' });
    let outcome = await enrollOutcome(page, dialog, override);
    if (outcome === 'full') {
      // the demo data may have filled Skövde's places in earlier runs
      await override.fill('E2E-test: inskrivning trots fulla platser.');
      await dialog.getByRole('button', { name: 'Skriv in' }).click();
      outcome = await enrollOutcome(page, dialog);
    }
    assert.equal(outcome, 'enrolled');
    // the address changes before the participant page has replaced the referral page and its dialog
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { level: 1 }).waitFor();
    enrolled = true;
    await screenshot(page, 'referral-enrolled-participant');
    await expectNoA11yViolations(page, { label: 'participant page after enrollment' });
    await logout(page);
  });

  test('lars sees the referral as enrolled with the accepted decision', async () => {
    assert.ok(enrolled, 'needs the enrollment from the previous step, which did not happen');
    await login(page, PARTNER, PASSWORD);
    await openReferrals(page);
    const row = page.getByRole('row').filter({ hasText: 'Anonym person, född 1990' }).first();
    await row.getByText('Inskriven', { exact: true }).waitFor();
    await row.getByText(/^Beviljad/).waitFor();
    await expectNoA11yViolations(page, { label: 'partner referrals after enrollment' });
    await openOurReferral(page);
    await page.getByText('Inskriven', { exact: true }).first().waitFor();
    await page.getByRole('region', { name: 'Avslutsrapport' }).getByText('Ingen avslutsrapport ännu.').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Återta remissen' }).count(), 0, 'an enrolled referral cannot be withdrawn');
    await screenshot(page, 'referral-enrolled-partner');
    await expectNoA11yViolations(page, { label: 'referral page (partner, enrolled)' });
  });
});
