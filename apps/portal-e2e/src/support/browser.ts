import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { flushA11y, watchA11y } from './a11y';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless; nothing is downloaded. Every context it opens is watched by axe
 * (support/a11y.ts): closing the context (or the browser) fails on serious/critical violations
 * found on the pages it visited.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>): Promise<BrowserContext> => {
    const context = await newContext(...args);
    watchA11y(context);
    const close = context.close.bind(context);
    context.close = async (...closeArgs: Parameters<BrowserContext['close']>) => {
      try {
        await flushA11y(context);
      } finally {
        await close(...closeArgs);
      }
    };
    return context;
  };
  const closeBrowser = browser.close.bind(browser);
  browser.close = async (...closeArgs: Parameters<Browser['close']>) => {
    try {
      for (const context of browser.contexts()) await flushA11y(context);
    } finally {
      await closeBrowser(...closeArgs);
    }
  };
  return browser;
}

/** Fails the test on any request leaving localhost (the portal and playground must work offline). */
export async function blockExternalRequests(page: Page, external: string[]): Promise<void> {
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (['127.0.0.1', 'localhost'].includes(url.hostname) || url.protocol === 'data:')
      return route.continue();
    external.push(url.toString());
    return route.abort();
  });
}
