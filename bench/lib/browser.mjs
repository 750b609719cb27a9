// Headless Chromium from Debian (or CHROME_PATH) through playwright-core: no browser download.
import { chromium } from 'playwright-core';
import { chromiumMissingMessage, chromiumPath } from '../../scripts/chromium-path.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-quic',
  '--disable-sync',
];

export async function launchBrowser() {
  const missing = chromiumMissingMessage();
  if (missing) throw new Error(missing);
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/** A fresh context (no HTTP or code cache shared with other runs) and a page in it. */
export async function freshPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`  [page error] ${error.message}`));
  return { context, page, close: () => context.close() };
}
