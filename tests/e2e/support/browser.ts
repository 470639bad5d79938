/**
 * Chromium through playwright-core, with the binary found by global-setup.ts.
 * Contexts made here refuse every request that is not to the loopback test
 * server and remember it, so a page that reaches for the network is caught.
 */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page, type Request } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumArgs } from '../../../bench/lib/chromium';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = inject('chromiumPath');
  if (!executablePath) throw new Error('chromiumPath not provided: run the e2e tests through vitest (tests/e2e/support/global-setup.ts)');
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs });
}

export interface GuardedContext {
  context: BrowserContext;
  /** URLs the pages tried to load from anywhere but the local test server. */
  externalRequests: string[];
}

export async function newGuardedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<GuardedContext> {
  const context = await browser.newContext({ locale: 'ko-KR', serviceWorkers: 'block', ...options });
  const externalRequests: string[] = [];
  await context.route(
    (url) => !isLocal(url),
    async (route) => {
      externalRequests.push(route.request().url());
      await route.abort('blockedbyclient');
    },
  );
  return { context, externalRequests };
}

function isLocal(url: URL): boolean {
  if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return true;
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

/** Collects dialogs, page errors and failed sub-resource loads of a page. */
export function watchPage(page: Page) {
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()} "${dialog.message()}" on ${page.url()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? 'failed';
    // ERR_ABORTED: the page navigated away (or the test did) before it finished,
    // e.g. a favicon; a missing file shows up as an HTTP error below instead.
    if (error === 'net::ERR_ABORTED') return;
    failedRequests.push(`${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() < 400) return;
    const request = response.request();
    if (request.isNavigationRequest() && isMainFrame(page, request)) return; // the caller checks the page's own status
    failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  return { dialogs, pageErrors, failedRequests };
}

function isMainFrame(page: Page, request: Request): boolean {
  try {
    return request.frame() === page.mainFrame();
  } catch {
    return false; // a worker's request has no frame
  }
}
