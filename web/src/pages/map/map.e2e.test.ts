import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Integration, System } from '../../../../src/core/model/schemas.js';
import { browserTestsAvailable, startE2E, type E2E } from '../../../test-support/e2e.js';

const run = browserTestsAvailable();
/** Wide enough to read the demo map whole; laying out and drawing take seconds on a busy 2-core machine. */
const VIEWPORT = { width: 1600, height: 1000 };
const SLOW = 180_000;

interface MapHook {
  drawn: () => { systems: string[]; integrations: string[]; groups: string[] };
  lit: () => { systems: Set<string>; integrations: Set<string> } | null;
  cy: () => {
    getElementById: (id: string) => { renderedPosition: () => { x: number; y: number }; renderedMidpoint: () => { x: number; y: number }; renderedBoundingBox: (options: object) => { x1: number; x2: number; y1: number }; hasClass: (name: string) => boolean };
    nodes: (selector?: string) => { map: <T>(fn: (node: { id: () => string; style: (name: string) => string }) => T) => T[] };
    edges: (selector?: string) => { map: <T>(fn: (edge: { id: () => string }) => T) => T[] };
  } | null;
}
type HookWindow = Window & { __patchbayMap?: MapHook };

/** Waits until the map has drawn the current view (at least `after` + 1 drawings so far). */
async function mapReady(page: Page, after = 0): Promise<void> {
  await page.waitForFunction((count) => {
    const stage = document.querySelector<HTMLElement>('[data-testid="map"]');
    return stage?.dataset.state === 'ready' && Number(stage.dataset.readyCount ?? 0) > count;
  }, after, { timeout: 60_000 });
}

async function readyCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('map').getAttribute('data-ready-count'));
}

async function drawn(page: Page) {
  return page.evaluate(() => (window as HookWindow).__patchbayMap!.drawn());
}

async function api<T>(e2e: E2E, path: string): Promise<T> {
  const response = await fetch(`${e2e.baseUrl}${path}`, { headers: { authorization: `Bearer ${e2e.token}` } });
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

async function all<T>(e2e: E2E, path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const page: { items: T[]; nextCursor: string | null } = await api(e2e, `${path}${separator}limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** Clicks where an element of the map is drawn, as a user would. */
async function clickOnMap(page: Page, elementId: string, what: 'node' | 'edge' | 'group'): Promise<void> {
  const point = await page.evaluate(
    ([id, kind]) => {
      const element = (window as HookWindow).__patchbayMap!.cy()!.getElementById(id!);
      if (kind === 'group') {
        // An expanded group's centre is usually one of its systems; its inner margin is the group's own.
        const box = element.renderedBoundingBox({ includeLabels: false });
        return { x: (box.x1 + box.x2) / 2, y: box.y1 + 7 };
      }
      return kind === 'node' ? element.renderedPosition() : element.renderedMidpoint();
    },
    [elementId, what] as const,
  );
  const box = (await page.locator('.map-canvas').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

/**
 * Clicks an element until what it should open is shown. Closing a panel resizes the canvas, and
 * on a busy machine the map may still be moving when the element's position is read, so one
 * click can land where the element was a moment before.
 */
async function clickOnMapUntil(page: Page, elementId: string, what: 'node' | 'edge' | 'group', shown: Locator): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await clickOnMap(page, elementId, what);
    try {
      await shown.waitFor({ timeout: 8_000 });
      return;
    } catch (error) {
      if (attempt >= 4) throw error;
    }
  }
}

async function pick(page: Page, filter: string, option: string): Promise<void> {
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.locator('summary', { hasText: filter }).click();
  const box = filters.getByRole('group', { name: filter }).getByRole('checkbox', { name: option, exact: true });
  await box.click();
  // The box reflects the URL, which React Router updates in a transition: on a busy machine the
  // new state can land after the click returns, so wait for it rather than read it at once.
  await expect.poll(() => box.isChecked(), { timeout: 20_000 }).toBe(true);
  await filters.locator('summary', { hasText: filter }).click();
}

describe.runIf(run)('the map in a real browser', () => {
  let e2e: E2E | undefined;
  afterEach(async () => {
    await e2e?.close();
    e2e = undefined;
  }, SLOW);

  it('draws the whole demo landscape, filters it by mechanism and team in the URL, and keeps the filter on reload', async () => {
    e2e = await startE2E({ viewport: VIEWPORT });
    const { page } = e2e;
    const systems = await all<System>(e2e, '/api/v1/systems');
    const integrations = await all<Integration>(e2e, '/api/v1/integrations');
    await page.goto('/map');
    await page.getByRole('heading', { level: 1, name: 'Map' }).waitFor();
    await mapReady(page);
    const stage = page.getByTestId('map');
    expect(Number(await stage.getAttribute('data-systems'))).toBe(systems.length);
    expect(Number(await stage.getAttribute('data-nodes'))).toBe(systems.length);
    expect(Number(await stage.getAttribute('data-edges'))).toBe(integrations.length);
    const everything = await drawn(page);
    expect(everything.systems.sort()).toEqual(systems.map((system) => system.id).sort());
    expect(everything.integrations.sort()).toEqual(integrations.map((integration) => integration.id).sort());
    await expect(page.getByRole('status').filter({ hasText: 'Showing' }).textContent()).resolves.toContain(`Showing ${systems.length} of ${systems.length} systems and ${integrations.length} of ${integrations.length} integrations`);
    await e2e.screenshot('map');

    // One mechanism: the drawn integrations are exactly the API's answer to the same filter.
    let before = await readyCount(page);
    await pick(page, 'Mechanism', 'messaging');
    await page.waitForURL(/mechanism=messaging/);
    await mapReady(page, before);
    const messaging = await all<Integration>(e2e, '/api/v1/integrations?mechanism=messaging');
    expect(messaging.length).toBeGreaterThan(0);
    expect((await drawn(page)).integrations.sort()).toEqual(messaging.map((integration) => integration.id).sort());
    const ends = new Set(messaging.flatMap((integration) => [integration.source, integration.target]));
    expect((await drawn(page)).systems.sort()).toEqual([...ends].sort());

    // And a team: messaging integrations touching the team's systems (or maintained by it).
    before = await readyCount(page);
    await pick(page, 'Team', 'Commerce Platform');
    await page.waitForURL(/team=commerce-platform/);
    await mapReady(page, before);
    const commerce = new Set(systems.filter((system) => system.owner === 'commerce-platform').map((system) => system.id));
    const expected = messaging.filter((integration) => commerce.has(integration.source) || commerce.has(integration.target) || integration.owner?.maintainedBy === 'commerce-platform');
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(messaging.length);
    const filtered = await drawn(page);
    expect(filtered.integrations.sort()).toEqual(expected.map((integration) => integration.id).sort());
    await e2e.screenshot('map-filtered');

    await page.reload();
    await mapReady(page);
    expect(new URL(page.url()).searchParams.get('mechanism')).toBe('messaging');
    expect(new URL(page.url()).searchParams.get('team')).toBe('commerce-platform');
    expect((await drawn(page)).integrations.sort()).toEqual(filtered.integrations.sort());
    await page.getByRole('group', { name: 'Filters' }).locator('summary', { hasText: 'Mechanism' }).click();
    await expect(page.getByRole('checkbox', { name: 'messaging', exact: true }).isChecked()).resolves.toBe(true);

    // The filtered drawing is ready already: wait for the one after clearing, not that one.
    before = await readyCount(page);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => !url.search.includes('mechanism'));
    await mapReady(page, before);
    expect((await drawn(page)).integrations).toHaveLength(integrations.length);
    expect(e2e.pageErrors).toEqual([]);
  }, SLOW);

  it('lights up what depends on a system and what carries a data field, as the API answers', async () => {
    e2e = await startE2E({ viewport: VIEWPORT });
    const { page } = e2e;
    await page.goto('/map');
    await mapReady(page);

    const impact = page.getByRole('form', { name: 'Impact' });
    await impact.getByLabel('System for impact').fill('ERP (SAP S/4HANA)');
    await impact.getByRole('button', { name: 'Light up' }).click();
    await page.waitForURL(/impact=system%3Aerp/);
    await page.waitForFunction(() => (window as HookWindow).__patchbayMap?.lit() !== null && document.querySelector('[data-lit-systems]') !== null);
    const dependents = await api<{ items: { system: string }[] }>(e2e, '/api/v1/systems/erp/dependents');
    expect(dependents.items.length).toBeGreaterThan(0);
    const expectedSystems = ['erp', ...dependents.items.map((item) => item.system)].sort();
    const litSystems = await page.evaluate(() => [...(window as HookWindow).__patchbayMap!.lit()!.systems].sort());
    expect(litSystems).toEqual(expectedSystems);
    // What is drawn lit is exactly that set; everything else is dimmed.
    const drawnLit = await page.evaluate(() => (window as HookWindow).__patchbayMap!.cy()!.nodes('.lit').map((node) => node.id().slice(2)).sort());
    expect(drawnLit).toEqual(expectedSystems);
    const dimmed = await page.evaluate(() => (window as HookWindow).__patchbayMap!.cy()!.nodes('.dim').map((node) => node.id()));
    expect(dimmed.length).toBe(27 - expectedSystems.length);
    await expect(page.locator('.map-impact-summary').textContent()).resolves.toContain(`${dependents.items.length} systems depend on ERP (SAP S/4HANA)`);
    await page.waitForTimeout(300); // the focus animation
    await e2e.screenshot('map-impact');

    // One hop only: the API's depth=1 answer.
    await page.getByRole('form', { name: 'Impact' }).getByLabel('Depth').selectOption('1');
    await page.getByRole('form', { name: 'Impact' }).getByRole('button', { name: 'Light up' }).click();
    await page.waitForURL(/depth=1/);
    const direct = await api<{ items: { system: string }[] }>(e2e, '/api/v1/systems/erp/dependents?depth=1');
    await page.waitForFunction((size) => (window as HookWindow).__patchbayMap?.lit()?.systems.size === size, direct.items.length + 1);

    // A data field: the lit integrations are the API's carries= answer.
    const form = page.getByRole('form', { name: 'Impact' });
    await form.getByLabel('Impact of').selectOption('field');
    await form.getByLabel('Data field for impact').fill('customer.email');
    await form.getByRole('button', { name: 'Light up' }).click();
    await page.waitForURL(/impact=field%3Acustomer.email/);
    const carriers = await all<Integration>(e2e, '/api/v1/integrations?carries=customer.email');
    expect(carriers.length).toBeGreaterThan(0);
    await page.waitForFunction((size) => (window as HookWindow).__patchbayMap?.lit()?.integrations.size === size, carriers.length);
    const litEdges = await page.evaluate(() => (window as HookWindow).__patchbayMap!.cy()!.edges('.lit').map((edge) => edge.id().slice(2)).sort());
    expect(litEdges).toEqual(carriers.map((integration) => integration.id).sort());
    await expect(page.locator('.map-impact-summary').textContent()).resolves.toContain(`${carriers.length} integrations carry customer.email`);
    await e2e.screenshot('map-impact-field');

    await page.reload();
    await mapReady(page);
    await page.waitForFunction((size) => (window as HookWindow).__patchbayMap?.lit()?.integrations.size === size, carriers.length);
    await page.getByRole('button', { name: 'Clear impact' }).click();
    await page.waitForURL((url) => !url.search.includes('impact'));
    await page.waitForFunction(() => (window as HookWindow).__patchbayMap?.cy()?.nodes('.dim').map((node) => node.id()).length === 0);
    expect(e2e.pageErrors).toEqual([]);
  }, SLOW);

  it('shows a system and an integration in the side panel when clicked, with links to the inventory', async () => {
    e2e = await startE2E({ viewport: VIEWPORT });
    const { page } = e2e;
    await page.goto('/map');
    await mapReady(page);
    const details = page.getByRole('complementary', { name: 'ERP (SAP S/4HANA)' });
    await clickOnMapUntil(page, 's:erp', 'node', details);
    expect(new URL(page.url()).searchParams.get('selected')).toBe('system:erp');
    await expect(details.getByRole('link', { name: 'Open in inventory' }).getAttribute('href')).resolves.toBe('/inventory/systems/erp');
    const erpIn = (await all<Integration>(e2e, '/api/v1/integrations?target=erp')).length;
    const erpOut = (await all<Integration>(e2e, '/api/v1/integrations?source=erp')).length;
    await expect(details.getByRole('heading', { name: /Integrations in/ }).textContent()).resolves.toContain(`(${erpIn})`);
    await expect(details.getByRole('heading', { name: /Integrations out/ }).textContent()).resolves.toContain(`(${erpOut})`);
    await e2e.screenshot('map-system-details');

    const integration = (await all<Integration>(e2e, '/api/v1/integrations?carries=customer.email'))[0]!;
    await page.getByRole('button', { name: 'Close details' }).click();
    await page.waitForURL((url) => !url.search.includes('selected'));
    const edgePanel = page.getByRole('complementary', { name: integration.name ?? integration.id });
    await clickOnMapUntil(page, `i:${integration.id}`, 'edge', edgePanel);
    expect(new URL(page.url()).searchParams.get('selected')).toBe(`integration:${integration.id}`);
    await expect(edgePanel.textContent()).resolves.toContain(integration.mechanism);
    await expect(edgePanel.getByRole('region', { name: 'Data carried' }).textContent()).resolves.toContain('customer.email');
    await expect(edgePanel.getByRole('link', { name: 'Open in inventory' }).getAttribute('href')).resolves.toBe(`/inventory/integrations/${integration.id}`);
    await e2e.screenshot('map-integration-details');

    // A deep link opens the same panel, and the search box finds a system with Enter.
    await page.goto('/map?selected=system:dwh');
    await page.getByRole('complementary', { name: 'Data Warehouse' }).waitFor();
    await page.getByLabel('Find a system').fill('crm');
    await page.getByLabel('Find a system').press('Enter');
    await page.waitForURL(/selected=system%3Acrm/);
    await page.getByRole('complementary').getByRole('heading', { level: 2 }).filter({ hasText: /CRM|Customer/ }).waitFor();
    expect(e2e.pageErrors).toEqual([]);
  }, SLOW);

  it('groups by team, collapses a group into one counted node, and exports SVG, PNG and Mermaid', async () => {
    e2e = await startE2E({ viewport: VIEWPORT });
    const { page } = e2e;
    const systems = await all<System>(e2e, '/api/v1/systems');
    const integrations = await all<Integration>(e2e, '/api/v1/integrations');
    await page.goto('/map');
    await mapReady(page);
    let before = await readyCount(page);
    await page.getByLabel('Group by').selectOption('team');
    await page.waitForURL(/group=team/);
    await mapReady(page, before);
    const teams = new Set(systems.map((system) => system.owner ?? '-unassigned'));
    let shown = await drawn(page);
    expect(shown.groups.sort()).toEqual([...teams].sort());
    expect(shown.systems).toHaveLength(systems.length);
    await e2e.screenshot('map-grouped');

    // Find the ERP, then fold its team's group away from its details.
    before = await readyCount(page);
    await page.getByLabel('Find a system').fill('ERP (SAP S/4HANA)');
    await page.getByLabel('Find a system').press('Enter');
    const panel = page.getByRole('complementary', { name: 'ERP (SAP S/4HANA)' });
    await panel.getByRole('button', { name: 'Collapse group ERP & Store Systems' }).click();
    await page.waitForURL(/collapsed=erp-team/);
    await mapReady(page, before);
    shown = await drawn(page);
    const erpTeam = systems.filter((system) => system.owner === 'erp-team');
    expect(shown.systems).toHaveLength(systems.length - erpTeam.length);
    expect(shown.systems.some((id) => erpTeam.some((system) => system.id === id))).toBe(false);
    // Every integration is still accounted for: drawn (possibly in a counted bundle) or inside the group.
    const members = new Set(erpTeam.map((system) => system.id));
    const inside = integrations.filter((integration) => members.has(integration.source) && members.has(integration.target)).length;
    expect(shown.integrations.length + inside).toBe(integrations.length);
    expect(Number(await page.getByTestId('map').getAttribute('data-integrations'))).toBe(integrations.length);
    await expect(panel.getByRole('button', { name: 'Expand group ERP & Store Systems' }).isVisible()).resolves.toBe(true);
    // The collapsed group is one node, counted, and selected in place of the system inside it.
    const label = await page.evaluate(() => (window as HookWindow).__patchbayMap!.cy()!.nodes('.group.collapsed').map((node) => node.style('label')));
    expect(label).toEqual([`ERP & Store Systems\n${erpTeam.length} systems · ${inside} integrations inside`]);
    await e2e.screenshot('map-grouped-collapsed');

    // Exports of the current view.
    const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('patchbay-map.svg');
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toContain('<svg');
    expect(svgText).toContain('ERP &amp; Store Systems');

    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export PNG' }).click()]);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');

    before = await readyCount(page);
    await page.getByLabel('Group by').selectOption('none');
    await mapReady(page, before);
    before = await readyCount(page);
    await pick(page, 'Mechanism', 'file-transfer');
    await mapReady(page, before);
    const [mermaid] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Mermaid' }).click()]);
    expect(mermaid.suggestedFilename()).toBe('patchbay-map.mmd');
    const text = readFileSync((await mermaid.path())!, 'utf8');
    const fileTransfers = await all<Integration>(e2e, '/api/v1/integrations?mechanism=file-transfer');
    expect(text.startsWith('flowchart LR\n')).toBe(true);
    const edgeLines = text.split('\n').filter((line) => /(-->|<-->|-\.->)\|/.test(line));
    expect(edgeLines).toHaveLength(fileTransfers.length);
    const ends = new Set(fileTransfers.flatMap((integration) => [integration.source, integration.target]));
    const nodeLines = text.split('\n').filter((line) => /^ {2}s_\w+[[({>/]/.test(line) && line.includes(':::'));
    expect(nodeLines).toHaveLength(ends.size);
    expect(e2e.pageErrors).toEqual([]);
  }, SLOW);

  it('is readable in the dark theme and restyles the canvas when the theme changes', async () => {
    e2e = await startE2E({ viewport: VIEWPORT });
    const { page } = e2e;
    await page.goto('/map?group=domain');
    await mapReady(page);
    const light = await page.evaluate(() => (window as HookWindow).__patchbayMap!.cy()!.nodes('.system').map((node) => node.style('color'))[0]);
    await page.getByLabel('Theme').selectOption('dark');
    await page.waitForFunction((before) => (window as HookWindow).__patchbayMap!.cy()!.nodes('.system').map((node) => node.style('color'))[0] !== before, light);
    const dark = await page.evaluate(() => (window as HookWindow).__patchbayMap!.cy()!.nodes('.system').map((node) => node.style('color'))[0]);
    expect(dark).toBe('rgb(230,232,236)');
    await e2e.screenshot('map-dark');
    expect(e2e.pageErrors).toEqual([]);
  }, SLOW);
});
