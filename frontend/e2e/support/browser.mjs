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

/** A fresh context + page with the harness' timeouts and Swedish locale. */
export async function newPage(browser) {
  const context = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
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
