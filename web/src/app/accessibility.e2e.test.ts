/**
 * Every page of the app, in the light and the dark theme, checked by axe-core against WCAG 2 A
 * and AA (colour contrast included), plus the keyboard path a newcomer takes first: the skip
 * link, a "g" shortcut and the shortcut list.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseScanDocument } from '../../../src/core/discovery/scan-document.js';
import { scanPaths } from '../../../src/discovery/scan.js';
import { checkAccessibility, formatViolations, lesser, severe } from '../../test-support/accessibility.js';
import { browserTestsAvailable, startE2E, type E2E } from '../../test-support/e2e.js';

const run = browserTestsAvailable();
// A budget for loading a page and running axe on a busy machine, not a timing assertion.
const E2E_TIMEOUT = 120_000;
const FIXTURE = join(import.meta.dirname, '..', '..', '..', 'test', 'discovery', 'fixtures', 'logistics-k8s');

/** A small scan whose drift report has rows in both tables (see the discovery e2e test). */
const DRIFT_SCAN = {
  systems: [
    { id: 'web-shop', name: 'web-shop', kind: 'application', exposesApi: true, defined: true, confidence: 0.95, evidence: [{ file: 'shop/docker-compose.yml', line: 3, excerpt: 'web-shop:' }] },
    { id: 'crm', name: 'crm', kind: 'saas', exposesApi: true, defined: false, confidence: 0.9, evidence: [] },
  ],
  integrations: [
    { id: 'crm-to-web-shop', source: 'crm', target: 'web-shop', mechanism: 'grpc', direction: 'one-way', confidence: 0.85, evidence: [{ file: 'shop/src/loyalty.go', line: 40, excerpt: 'conn, err := grpc.NewClient(os.Getenv("SHOP_ADDR"))' }] },
  ],
  skipped: [],
  stats: { files: 2 },
};

interface PageCase {
  name: string;
  path: (integrationId: string) => string;
  /** Waits until the page shows its real content, not a loading state. */
  ready: (page: Page) => Promise<void>;
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

const PAGES: PageCase[] = [
  {
    name: 'dashboard',
    path: () => '/',
    ready: async (page) => {
      await h1(page, 'Dashboard');
      await page.getByRole('heading', { level: 2, name: 'Health' }).waitFor();
    },
  },
  {
    name: 'map',
    path: () => '/map',
    ready: async (page) => {
      await h1(page, 'Map');
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="map"]')?.dataset.state === 'ready', undefined, { timeout: 60_000 });
    },
  },
  {
    name: 'integrations list',
    path: () => '/inventory/integrations',
    ready: async (page) => {
      await page.getByRole('table', { name: 'Integrations' }).waitFor();
      await page.locator('table.inventory-table[aria-busy="false"] tbody tr').first().waitFor();
    },
  },
  {
    name: 'integration details',
    path: (id) => `/inventory/integrations/${id}`,
    ready: async (page) => {
      await page.locator('h1#page-title').waitFor();
      await page.getByRole('heading', { name: 'History' }).waitFor();
    },
  },
  {
    name: 'integration editor',
    path: (id) => `/inventory/integrations/${id}/edit`,
    ready: async (page) => {
      await h1(page, /^Edit integration/);
      await page.locator('main form').first().waitFor();
    },
  },
  {
    name: 'new system',
    path: () => '/inventory/systems/new',
    ready: async (page) => {
      await h1(page, 'Add system');
      await page.locator('main form').first().waitFor();
    },
  },
  {
    name: 'discovery proposals',
    path: () => '/discovery',
    ready: async (page) => {
      await h1(page, 'Discovery');
      await page.locator('table.proposals-table tbody tr').first().waitFor();
    },
  },
  {
    name: 'discovery drift',
    path: () => '/discovery?tab=drift',
    ready: async (page) => {
      await h1(page, 'Discovery');
      // With a report on screen, so its tables and the apply panel are checked too.
      const transfer = await page.evaluateHandle((text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'scan.json', { type: 'application/json' }));
        return data;
      }, JSON.stringify(DRIFT_SCAN));
      await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
      await page.getByRole('heading', { name: /^Found in code but not documented/ }).waitFor();
      await page.getByRole('heading', { name: /^Documented but no longer found/ }).waitFor();
    },
  },
  {
    name: 'assessment',
    path: () => '/assessment',
    ready: async (page) => {
      await h1(page, 'Assessment');
      await page.locator('main fieldset, main input[type="radio"]').first().waitFor();
    },
  },
  {
    name: 'prioritisation',
    path: () => '/prioritisation',
    ready: async (page) => {
      await h1(page, 'Prioritisation');
      await page.getByRole('group', { name: 'Value and complexity matrix' }).getByRole('button').first().waitFor();
    },
  },
];

/** Nothing may still say "Loading …" when axe looks, or it would check a spinner. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((node) => /^Loading\b/.test(node.textContent ?? '')));
}

let scan: unknown;
beforeAll(async () => {
  scan = JSON.parse(JSON.stringify(await scanPaths([FIXTURE])));
});

// The chosen theme is checked against the opposite system preference: that is when the theme
// switch matters, and it catches anything styled from prefers-color-scheme instead of the theme.
const THEMES = [
  { theme: 'light', system: 'dark' },
  { theme: 'dark', system: 'light' },
] as const;

describe.runIf(run).each(THEMES)('accessibility of every page in the $theme theme (axe-core, WCAG 2 AA)', ({ theme, system }) => {
  let e2e: E2E;
  let integrationId: string;

  // One server per theme: the checks only read (a dropped drift scan is not applied), and a
  // server per page would triple the run.
  beforeAll(async () => {
    e2e = await startE2E();
    await e2e.patchbay.discovery.apply(parseScanDocument(scan), { name: 'e2e-scan' });
    const response = await fetch(`${e2e.baseUrl}/api/v1/integrations?limit=1&status=active`, { headers: { authorization: `Bearer ${e2e.token}` } });
    integrationId = ((await response.json()) as { items: { id: string }[] }).items[0]!.id;
    await e2e.context.addInitScript((chosen) => localStorage.setItem('patchbay.theme', chosen), theme);
    await e2e.page.emulateMedia({ colorScheme: system });
  }, E2E_TIMEOUT);
  afterAll(async () => {
    await e2e?.close();
  });

  it.each(PAGES)('$name has no serious or critical violations', async ({ name, path, ready }) => {
    const { page } = e2e;
    e2e.pageErrors.length = 0;
    await page.goto(path(integrationId));
    await ready(page);
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);

    const { violations, needsReview } = await checkAccessibility(page);
    // Listed for people to read; only serious and critical WCAG failures fail the test.
    const others = lesser(violations);
    if (others.length > 0) console.info(formatViolations(others, `${name}, ${theme} theme: moderate, minor and best practice`));
    if (needsReview.length > 0) console.info(formatViolations(needsReview, `${name}, ${theme} theme: for a person to check (axe could not decide)`));
    const must = severe(violations);
    if (must.length > 0) await e2e.screenshot(`a11y-${name.replace(/\W+/g, '-')}-${theme}`);
    expect(must, formatViolations(must, `${name}, ${theme} theme: serious and critical`)).toEqual([]);
    expect(e2e.pageErrors).toEqual([]);
  }, E2E_TIMEOUT);
});

describe.runIf(run)('accessibility before signing in', () => {
  let e2e: E2E | undefined;
  afterEach(async () => {
    await e2e?.close();
    e2e = undefined;
  });

  it('the sign-in page, with a refused token shown, has no serious or critical violations in either theme', async () => {
    e2e = await startE2E({ signedIn: false });
    const { page } = e2e;
    for (const theme of ['light', 'dark'] as const) {
      await page.goto('/');
      await page.evaluate((chosen) => localStorage.setItem('patchbay.theme', chosen), theme);
      await page.reload();
      await page.getByLabel('API token').fill('pbt_not-a-real-token');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').waitFor();
      const { violations } = await checkAccessibility(page);
      const must = severe(violations);
      if (lesser(violations).length > 0) console.info(formatViolations(lesser(violations), `sign-in, ${theme} theme: moderate, minor and best practice`));
      expect(must, formatViolations(must, `sign-in, ${theme} theme: serious and critical`)).toEqual([]);
    }
  }, E2E_TIMEOUT);
});

describe.runIf(run)('the keyboard path through the app', () => {
  let e2e: E2E | undefined;
  afterEach(async () => {
    await e2e?.close();
    e2e = undefined;
  });

  it('reaches the skip link first, jumps to the content, goes to the map with g m, and opens and closes the shortcut list', async () => {
    e2e = await startE2E();
    const { page } = e2e;
    await page.goto('/');
    await h1(page, 'Dashboard');

    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => ({ id: document.activeElement?.id ?? '', text: document.activeElement?.textContent?.trim() ?? '', tag: document.activeElement?.tagName ?? '' }));
    await expect(focused()).resolves.toMatchObject({ tag: 'A', text: 'Skip to content' });
    // The link is on screen while focused, not only in the accessibility tree.
    const skip = page.getByRole('link', { name: 'Skip to content' });
    const box = await skip.boundingBox();
    expect(box && box.x >= 0 && box.y >= 0).toBe(true);
    await expect(skip.evaluate((link) => getComputedStyle(link).outlineStyle)).resolves.not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(focused()).resolves.toMatchObject({ id: 'main' });

    await page.keyboard.press('g');
    await page.keyboard.press('m');
    await page.waitForURL((url) => url.pathname === '/map');
    await h1(page, 'Map');

    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    await expect(dialog.getByText('Map', { exact: true }).isVisible()).resolves.toBe(true);
    // Focus moves into the dialog, so Escape and Enter act on it.
    await expect(focused()).resolves.toMatchObject({ tag: 'BUTTON', text: 'Close' });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe('/map');
    expect(e2e.pageErrors).toEqual([]);
  }, E2E_TIMEOUT);
});
