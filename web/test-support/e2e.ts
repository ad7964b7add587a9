/**
 * End-to-end harness: a real Patchbay server (SQLite file, the demo landscape, auth on by
 * default) serving the built web app, driven by Debian's Chromium through playwright-core.
 * Screenshots land in test-results/screenshots so people can look at every page after a run.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_LANDSCAPE } from '../../src/cli/commands/lifecycle.js';
import { readCatalogPaths } from '../../src/files/catalog-files.js';
import { buildServer } from '../../src/server/app.js';
import { DEFAULT_WEB_ROOT } from '../../src/server/web-app.js';
import { openPatchbay, type Patchbay } from '../../src/services/open-patchbay.js';
import type { CatalogFile } from '../../src/core/catalog/formats.js';

export const CHROMIUM_PATH = process.env.PATCHBAY_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(process.cwd(), 'test-results', 'screenshots');

/** Flags that keep Chromium quiet and offline (no updates, no sync, no QUIC probes). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Whether browser tests can run here. Under CI=true a missing browser or an unbuilt app is a
 * failure (.ci/run installs Chromium); a newcomer without Chromium sees why they were skipped.
 */
export function browserTestsAvailable(): boolean {
  const missing = [
    existsSync(CHROMIUM_PATH) ? null : `Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`,
    existsSync(join(DEFAULT_WEB_ROOT, 'index.html')) ? null : `the built web app in ${DEFAULT_WEB_ROOT} (npm run build)`,
  ].filter(Boolean);
  if (missing.length === 0) return true;
  if (process.env.CI === 'true') throw new Error(`Browser tests cannot run without ${missing.join(' and ')}; under CI=true they never skip.`);
  console.warn(`\n  ⚠ SKIPPING browser tests: missing ${missing.join(' and ')}.\n`);
  return false;
}

export interface E2EOptions {
  /** Require API tokens (default true: the pages must work with auth on). */
  auth?: boolean;
  /** Load the demo landscape (default true). */
  demo?: boolean;
  /** Catalog files to import instead of (or after) the demo. */
  files?: CatalogFile[];
  /** Sign the browser in with a token before the first page loads (default true). */
  signedIn?: boolean;
  /** The scope of that token (default write). */
  scope?: 'read' | 'write';
  viewport?: { width: number; height: number };
}

export interface E2E {
  baseUrl: string;
  patchbay: Patchbay;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The browser's token (when auth is on): write scope unless the options said read. */
  token: string | null;
  /** Uncaught page errors and console errors seen so far; tests assert it stays empty. */
  pageErrors: string[];
  /** Saves a full-page screenshot as test-results/screenshots/NAME.png. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** Starts a server and a browser; call close() in afterAll/afterEach. */
export async function startE2E(options: E2EOptions = {}): Promise<E2E> {
  const auth = options.auth ?? true;
  const directory = mkdtempSync(join(tmpdir(), 'patchbay-e2e-'));
  const patchbay = await openPatchbay({ url: join(directory, 'patchbay.db') });
  if (options.demo ?? true) await patchbay.catalog.importFiles(readCatalogPaths([DEMO_LANDSCAPE]), {}, { name: 'demo' });
  if (options.files) await patchbay.catalog.importFiles(options.files, {}, { name: 'e2e' });
  const token = auth ? (await patchbay.tokens.create('e2e', options.scope ?? 'write')).secret : null;
  const app = await buildServer({ services: patchbay, auth, rateLimitPerMinute: 0, webRoot: DEFAULT_WEB_ROOT });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const context = await browser.newContext({ baseURL: baseUrl, viewport: options.viewport ?? { width: 1400, height: 900 } });
  if (token && (options.signedIn ?? true)) {
    await context.addInitScript((secret) => {
      if (!localStorage.getItem('patchbay.token')) localStorage.setItem('patchbay.token', secret);
    }, token);
  }
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // A refused request logs a console error in Chromium even when the app handles it.
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) pageErrors.push(message.text());
  });

  return {
    baseUrl,
    patchbay,
    browser,
    context,
    page,
    token,
    pageErrors,
    async screenshot(name) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await browser.close().catch(() => undefined);
      await app.close();
      await patchbay.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
