// Full stack (Keycloak + API + SPA + demo data): the analyst opens the reports, chooses a period, sees figures by sex
// with hidden small cells, exports a table as CSV and opens the printable period report; the project manager also
// gets the SUS-ready list. Selectors use roles and accessible names; axe runs on every page visited.
// Env: E2E_ANALYST_USERNAME (sara), E2E_MANAGER_USERNAME (maria), E2E_PASSWORD (stegvis).
import { after, afterEach, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { assertReachable, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { expectNoA11yViolations } from './support/axe.mjs';
import { config } from './support/config.mjs';
import { login } from './support/login.mjs';
import { swedishDay } from './support/dates.mjs';

const ANALYST = process.env.E2E_ANALYST_USERNAME ?? 'sara';
const MANAGER = process.env.E2E_MANAGER_USERNAME ?? 'maria';
const PASSWORD = process.env.E2E_PASSWORD ?? 'stegvis';
const YEAR = swedishDay().slice(0, 4);

async function openReports(page) {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Rapporter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Rapporter' }).waitFor();
}

/** Waits until the section has its figures (a table) and fails with the app's own message if it shows an error. */
async function sectionLoaded(page, name) {
  const section = page.getByRole('region', { name });
  const failed = section.getByRole('alert');
  const outcome = await Promise.race([
    section.getByRole('table').first().waitFor().then(() => 'ok'),
    failed.first().waitFor().then(() => 'error'),
  ]);
  if (outcome === 'error') throw new Error(`the section "${name}" failed: ${(await failed.first().innerText()).replace(/\s+/g, ' ')}`);
  return section;
}

describe('reports', { timeout: 240_000 }, () => {
  let browser;
  let context;
  let page;

  before(async () => {
    await assertReachable();
    browser = await launchBrowser();
  });

  beforeEach(async () => {
    ({ context, page } = await newPage(browser));
    context.setDefaultTimeout(Math.max(config.timeout, 30_000));
  });

  afterEach(async () => {
    await context?.close();
  });

  after(async () => {
    await browser?.close();
  });

  test('the analyst chooses a year, sees figures with hidden small cells, exports CSV and opens the period report', async () => {
    await login(page, ANALYST, PASSWORD);
    // an analyst lands on the reports
    await page.getByRole('heading', { level: 1, name: 'Rapporter' }).waitFor();
    await sectionLoaded(page, 'Deltagare');

    // choose this calendar year, compared with last year
    await page.getByRole('radio', { name: 'År' }).click();
    await page.getByRole('combobox', { name: 'År' }).selectOption(YEAR);
    await page.getByText(`Period: ${YEAR}-01-01–${YEAR}-12-31`).waitFor();
    const participants = await sectionLoaded(page, 'Deltagare');
    await participants.getByRole('columnheader', { name: 'Förändring totalt' }).first().waitFor();
    for (const sex of ['Kvinnor', 'Män', 'Totalt']) {
      await participants.getByRole('columnheader', { name: sex }).first().waitFor();
    }
    await participants.getByRole('rowheader', { name: 'Började under perioden' }).first().waitFor();
    for (const name of ['Remisser per part', 'Resultat vid avslut', 'Stegförflyttningar', 'BIP-signaler', 'SUS: före och efter', 'Budget']) {
      await sectionLoaded(page, name);
    }

    // the analyst does not work in the projects: small groups are hidden, marked and explained
    const hidden = page.getByRole('cell', { name: 'dolt, färre än 5' });
    assert.ok((await hidden.count()) > 0, 'no hidden cell on the page for the analyst');
    await hidden.first().getByText('–', { exact: true }).waitFor({ state: 'attached' });
    // the legend under a visible table (the charts' table alternatives repeat it, collapsed)
    await page.getByText('– = färre än 5, dolt för att skydda personuppgifter.').filter({ visible: true }).first().waitFor();
    // and the SUS-ready list (personal data) is not offered
    assert.equal(await page.getByRole('button', { name: /SUS-listan/ }).count(), 0);

    await screenshot(page, 'reports-analyst');
    await expectNoA11yViolations(page, { label: 'reports (analyst)' });

    // export the participants table as CSV: a real download through the authenticated client
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      participants.getByRole('button', { name: 'Ladda ner deltagartabellen som CSV' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    assert.ok(csv.length > 0, 'the CSV is empty');
    assert.match(csv, /;/, 'the CSV does not use ; as separator');

    // the printable period report for the same selection
    await page.getByRole('link', { name: 'Periodrapport för styrgruppen (utskrift)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Periodrapport till styrgruppen' }).waitFor();
    await page.getByText(`Period: ${YEAR}-01-01–${YEAR}-12-31`).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Måluppfyllelse' }).waitFor();
    await page.getByRole('rowheader', { name: 'Mottagna remisser' }).first().waitFor();
    await page.evaluate(() => {
      window.__printed = false;
      window.print = () => {
        window.__printed = true;
      };
    });
    await page.getByRole('button', { name: 'Skriv ut' }).click();
    assert.equal(await page.evaluate(() => window.__printed), true, 'window.print() was not called');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'reports-period-report-print');
    await page.emulateMedia({ media: 'screen' });
    await expectNoA11yViolations(page, { label: 'period report' });
  });

  test('the project manager gets the SUS-ready list', async () => {
    await login(page, MANAGER, PASSWORD);
    await openReports(page);
    const sus = await sectionLoaded(page, 'SUS: före och efter');
    await sus.getByRole('heading', { level: 3, name: 'SUS-färdig lista' }).waitFor();
    await sus.getByRole('button', { name: 'Ladda ner SUS-listan som CSV' }).waitFor();
    await screenshot(page, 'reports-manager');
    await expectNoA11yViolations(page, { label: 'reports (project manager)' });
  });
});
