// Full stack (Keycloak + API + SPA): a coordinator closes the "no job-focused intervention" gap and records a BIP measurement.
// Selectors use roles and accessible names only. axe runs on every page visited; screenshots go to e2e/screenshots/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertReachable, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { expectNoA11yViolations } from './support/axe.mjs';
import { config } from './support/config.mjs';
import { login } from './support/login.mjs';
import { swedishDay } from './support/dates.mjs';

const NO_JOB_FOCUSED = 'Saknar arbetsinriktad insats';

async function openCaseload(page) {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Mina deltagare' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mina deltagare' }).waitFor();
  await page.getByRole('table').waitFor();
}

async function filterNoJobFocused(page) {
  const chip = page.getByRole('button', { name: new RegExp(`^${NO_JOB_FOCUSED} \\(\\d+\\)$`) });
  await chip.click();
  await page.getByRole('button', { name: new RegExp(`^${NO_JOB_FOCUSED}`), pressed: true }).waitFor();
}

describe('coordinator works with a participant', { timeout: 180_000 }, () => {
  let browser;
  let context;
  let page;
  let participantName;

  before(async () => {
    await assertReachable();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser));
    await login(page, config.coordinator.username, config.coordinator.password);
    await page.getByRole('heading', { level: 1, name: 'Mina deltagare' }).waitFor();
  });

  after(async () => {
    await context?.close();
    await browser?.close();
  });

  test('adding an ongoing job-focused intervention clears the caseload flag', async () => {
    await page.getByRole('table').waitFor();
    await filterNoJobFocused(page);
    const table = page.getByRole('table', { name: 'Mina deltagare' });
    const firstLink = table.getByRole('link').first();
    participantName = (await firstLink.textContent())?.trim();
    assert.ok(participantName, 'the filter shows at least one participant without a job-focused intervention');
    await screenshot(page, 'participant-caseload-filtered');
    await expectNoA11yViolations(page, { label: 'caseload filtered' });

    await firstLink.click();
    await page.getByRole('heading', { level: 1, name: participantName }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Insatser' }).first().waitFor();
    await page.getByText('Deltagaren har ingen pågående arbetsinriktad insats', { exact: false }).first().waitFor();
    await screenshot(page, 'participant-page');
    await expectNoA11yViolations(page, { label: 'participant page' });

    await page.getByRole('button', { name: 'Lägg till insats' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Lägg till insats' });
    await dialog.waitFor();
    const type = dialog.getByLabel('Insats', { exact: true });
    // the first type in the "Arbetsinriktad" group
    const value = await type.evaluate((select) => select.querySelector('optgroup[label="Arbetsinriktad"] option')?.value ?? '');
    assert.ok(value, 'the catalogue has a job-focused intervention type');
    await type.selectOption(value);
    await dialog.getByLabel('Anordnare').fill('Returbutiken');
    assert.equal(await dialog.getByLabel('Startdatum').inputValue(), swedishDay(), 'the start date defaults to today');
    await dialog.getByLabel('Status').selectOption({ label: 'Pågår' });
    await screenshot(page, 'participant-add-intervention');
    await expectNoA11yViolations(page, { label: 'add intervention dialog' });
    await dialog.getByRole('button', { name: 'Lägg till' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('row', { name: /Returbutiken/ }).first().waitFor();
    assert.equal(await page.getByText('Deltagaren har ingen pågående arbetsinriktad insats', { exact: false }).count(), 0);
    await screenshot(page, 'participant-intervention-added');
    await expectNoA11yViolations(page, { label: 'participant page after adding' });

    await openCaseload(page);
    const row = page.getByRole('row', { name: new RegExp(participantName) }).first();
    await row.waitFor();
    // the caseload may first show its cached (stale) copy while it refetches: wait for the flag to go
    await row.getByText(NO_JOB_FOCUSED, { exact: true }).waitFor({ state: 'detached' });
    await filterNoJobFocused(page).catch(() => {}); // the chip may now count 0; the row must be gone either way
    assert.equal(await page.getByRole('link', { name: participantName, exact: true }).count(), 0);
    await screenshot(page, 'participant-caseload-after');
    await expectNoA11yViolations(page, { label: 'caseload after adding' });
  });

  test('recording a BIP measurement updates the charts', async () => {
    await page.getByRole('button', { name: 'Alla' }).click();
    await page.getByRole('link', { name: participantName, exact: true }).first().click();
    await page.getByRole('heading', { level: 1, name: participantName }).waitFor();
    const section = page.getByRole('region', { name: 'Progressionsmätningar' }).first();
    await section.waitFor();

    await section.getByRole('link', { name: 'Registrera mätning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Registrera progressionsmätning' }).waitFor();
    assert.equal(await page.getByLabel('Mätdatum').inputValue(), swedishDay());
    await expectNoA11yViolations(page, { label: 'record assessment' });

    // keyboard-friendly radios: pick "4" for both raters on the first indicator, "3" for the coordinator's belief
    await page.getByRole('radiogroup', { name: 'Deltagarens skattning: Jobbsökningsbeteende' }).getByRole('radio', { name: /^4\b/ }).check();
    await page.getByRole('radiogroup', { name: 'Samordnarens skattning: Jobbsökningsbeteende' }).getByRole('radio', { name: /^4\b/ }).check();
    const belief = page.getByRole('radiogroup', { name: /^Samordnarens skattning: Handledarens tilltro/ });
    if (await belief.count()) await belief.getByRole('radio', { name: /^3\b/ }).check();
    await page.getByLabel('Kommentar (valfritt)').fill('Mätning gjord i e2e-test.');
    await screenshot(page, 'record-assessment');
    await page.getByRole('button', { name: 'Spara mätningen' }).click();

    await page.getByRole('heading', { level: 1, name: participantName }).waitFor();
    const after = page.getByRole('region', { name: 'Progressionsmätningar' }).first();
    await after.getByText(swedishDay(), { exact: false }).first().waitFor();
    const job = after.getByRole('row', { name: /Jobbsökningsbeteende/ }).first();
    await job.waitFor();
    assert.ok((await job.getByRole('cell').allTextContents()).includes('4'), 'the latest rating 4 is in the table');
    await after.getByRole('img', { name: /Samordnarens skattning: första och senaste/ }).first().waitFor();
    await screenshot(page, 'participant-assessment-recorded');
    await expectNoA11yViolations(page, { label: 'participant page after measurement' });
  });
});
