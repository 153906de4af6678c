// The signed-in pages in English, and at the narrow width of a phone (WCAG 2.1 1.4.10 Reflow: 320 CSS px without
// scrolling in two directions). Axe runs on every page. Env: E2E_MANAGER_USERNAME (maria), E2E_PASSWORD (stegvis).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertReachable, launchBrowser, newPage, screenshot } from './support/browser.mjs';
import { expectNoA11yViolations } from './support/axe.mjs';
import { login } from './support/login.mjs';

const MANAGER = process.env.E2E_MANAGER_USERNAME ?? 'maria';
const PASSWORD = process.env.E2E_PASSWORD ?? 'stegvis';

async function openFromMenu(page, link, heading) {
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  // the page's own data, not only its frame
  await page.waitForLoadState('networkidle');
}

/** How far the page is wider than the window: a page that reflows has nothing to scroll sideways. */
async function sidewaysOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The outermost elements that stick out of the window, to say what does not reflow. */
async function widest(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // inside a box that clips or scrolls, unless positioned out of it
    const contained = (el) => {
      if (['absolute', 'fixed'].includes(getComputedStyle(el).position)) return false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== 'visible') return true;
      }
      return false;
    };
    const out = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > width + 1 && !contained(el));
    const path = (el) => {
      const names = [];
      for (let a = el; a && a !== document.body && names.length < 4; a = a.parentElement) names.unshift(`${a.tagName.toLowerCase()}${a.classList[0] ? '.' + a.classList[0] : ''}`);
      return names.join(' > ');
    };
    return out
      .filter((el) => !out.includes(el.parentElement))
      .map((el) => `${path(el)} (${Math.round(el.getBoundingClientRect().right)} px)`)
      .slice(0, 8);
  });
}

describe('the signed-in pages in English and on a phone', { timeout: 240_000 }, () => {
  let browser;
  let context;
  let page;

  before(async () => {
    await assertReachable();
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser));
    await login(page, MANAGER, PASSWORD);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Svenska' }).waitFor();
  });

  after(async () => {
    await context?.close();
    await browser?.close();
  });

  test('every main page speaks English, says so in lang, and passes axe', async () => {
    for (const [link, heading] of [
      ['My participants', 'My participants'],
      ['Referrals', 'Referrals'],
      ['Groups', 'Groups'],
      ['Reports', 'Reports'],
    ]) {
      await openFromMenu(page, link, heading);
      assert.equal(await page.getAttribute('html', 'lang'), 'en', `${link}: html lang`);
      await screenshot(page, `en-${link.toLowerCase().replace(/\s+/g, '-')}`);
      await expectNoA11yViolations(page, { label: `${link} (en)` });
    }
  });

  test('at 320 px the caseload and a participant page reflow and pass axe', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await openFromMenu(page, 'My participants', 'My participants');
    assert.ok((await sidewaysOverflow(page)) <= 1, `the caseload scrolls sideways by ${await sidewaysOverflow(page)} px: ${await widest(page)}`);
    await screenshot(page, 'narrow-caseload');
    await expectNoA11yViolations(page, { label: 'caseload at 320 px' });

    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.getByRole('region', { name: 'Interventions' }).getByRole('table').first().waitFor();
    assert.ok((await sidewaysOverflow(page)) <= 1, `the participant page scrolls sideways by ${await sidewaysOverflow(page)} px: ${await widest(page)}`);
    await screenshot(page, 'narrow-participant');
    await expectNoA11yViolations(page, { label: 'participant page at 320 px' });
  });
});
