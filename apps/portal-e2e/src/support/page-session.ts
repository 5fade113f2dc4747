import { Browser, BrowserContext, Page, ViewportSize } from 'playwright-core';
import { blockExternalRequests, launchBrowser } from './browser';

/** Filled in by the jest hooks `pagePerTest` / `pageForFile` register. */
export interface PageSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests that tried to leave localhost (blocked). */
  readonly external: string[];
  /** The page's console errors. */
  readonly consoleErrors: string[];
}

export interface PageSessionOptions {
  viewport?: ViewportSize;
}

const DEFAULT_VIEWPORT: ViewportSize = { width: 1280, height: 900 };

async function openPage(
  session: { -readonly [K in keyof PageSession]: PageSession[K] },
  viewport: ViewportSize,
) {
  session.context = await session.browser.newContext({ viewport, locale: 'vi-VN' });
  session.page = await session.context.newPage();
  session.page.on('console', (m) => m.type() === 'error' && session.consoleErrors.push(m.text()));
  await blockExternalRequests(session.page, session.external);
}

function emptySession() {
  return { external: [], consoleErrors: [] } as unknown as {
    -readonly [K in keyof PageSession]: PageSession[K];
  };
}

/** One browser for the file; a new Vietnamese context and page for every test (closed after it). */
export function pagePerTest(options: PageSessionOptions = {}): PageSession {
  const session = emptySession();
  beforeAll(async () => {
    session.browser = await launchBrowser();
  });
  afterAll(() => session.browser?.close());
  beforeEach(() => openPage(session, options.viewport ?? DEFAULT_VIEWPORT));
  afterEach(() => session.context.close());
  return session;
}

/** One browser, context and page for the whole file (tests that walk on from one another). */
export function pageForFile(options: PageSessionOptions = {}): PageSession {
  const session = emptySession();
  beforeAll(async () => {
    session.browser = await launchBrowser();
    await openPage(session, options.viewport ?? DEFAULT_VIEWPORT);
  });
  afterAll(async () => {
    await session.context?.close();
    await session.browser?.close();
  });
  return session;
}

/** Logs in through the portal's form and waits to leave it. */
export async function logIn(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.locator('#f-username').fill(username);
  await page.locator('#f-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
}
