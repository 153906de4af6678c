import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { config } from './config.mjs';

/** Debian's chromium, no browser download (playwright-core only). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser() {
  return chromium.launch({
    executablePath: config.chromium,
    headless: !config.headed,
    args: config.headed ? CHROMIUM_ARGS.filter((a) => a !== '--headless') : CHROMIUM_ARGS,
    timeout: config.timeout,
  });
}

/**
 * The browser's clock zone, far from Sweden's on purpose: from 11 to 24 Swedish time its calendar is already on
 * tomorrow, so a form that took "today" from the browser instead of the Swedish calendar fails here every working
 * day, not only in the hour a UTC machine lags Sweden. E2E_TIMEZONE overrides it.
 */
export const BROWSER_TIMEZONE = process.env.E2E_TIMEZONE ?? 'Pacific/Kiritimati';

/** A fresh context + page with the harness' timeouts, Swedish locale and a clock zone other than Sweden's. */
export async function newPage(browser) {
  const context = await browser.newContext({
    locale: 'sv-SE',
    timezoneId: BROWSER_TIMEZONE,
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(config.timeout);
  context.setDefaultNavigationTimeout(config.timeout);
  const page = await context.newPage();
  return { context, page };
}

/** Fails fast (instead of hanging) when nothing listens on the base URL. */
export async function assertReachable(url = config.baseUrl) {
  try {
    await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: 'manual' });
  } catch (error) {
    throw new Error(
      `Nothing answers at ${url} (${error?.cause?.code ?? error?.name ?? error}). ` +
        'Start the stack or set E2E_BASE_URL.',
    );
  }
}

export async function screenshot(page, name) {
  const dir = fileURLToPath(config.screenshotDir);
  mkdirSync(dir, { recursive: true });
  const path = `${dir}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
