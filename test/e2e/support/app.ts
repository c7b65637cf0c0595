import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { startAppServer } from '../../../server/staticApp.ts';
import { launchChromium } from './browser.ts';

const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));

export interface E2eSession {
  readonly appUrl: string;
  readonly browser: Browser;
  newPage(): Promise<{ page: Page; context: BrowserContext; console: string[]; pageErrors: string[] }>;
  close(): Promise<void>;
}

/**
 * The built app (`vite build` runs before the e2e project) served with the real
 * provider and relay mounted on the same loopback origin, and a real Chromium.
 */
export async function startE2eSession(): Promise<E2eSession> {
  const app = await startAppServer({ distDir: DIST });
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    appUrl: app.url,
    browser,
    async newPage() {
      const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
      contexts.push(context);
      const page = await context.newPage();
      const console: string[] = [];
      const pageErrors: string[] = [];
      page.on('console', (m: ConsoleMessage) => console.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e: Error) => pageErrors.push(e.message));
      return { page, context, console, pageErrors };
    },
    async close() {
      await Promise.all(contexts.map((c) => c.close()));
      await browser.close();
      await app.close();
    },
  };
}
