import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { chromiumPath } from './paths';

/**
 * Debian's chromium, headless, with everything that would reach past 127.0.0.1 switched off:
 * the host resolver fails every other name, and the context aborts every other request.
 */

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=en-US',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export interface OfflineBrowser {
  readonly browser: Browser;
  readonly context: BrowserContext;
  /** Requests aborted because they were not for 127.0.0.1 (a test can assert there were none). */
  readonly blockedRequests: readonly string[];
  close(): Promise<void>;
}

export async function launchOfflineBrowser(): Promise<OfflineBrowser> {
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US' });
    const blockedRequests: string[] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (new URL(url).hostname === '127.0.0.1') {
        await route.continue();
      } else {
        blockedRequests.push(url);
        await route.abort('blockedbyclient');
      }
    });
    return {
      browser,
      context,
      blockedRequests,
      async close() {
        await context.close().catch(() => undefined);
        await browser.close();
      },
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
