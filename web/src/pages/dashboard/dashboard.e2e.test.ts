import { afterEach, describe, expect, it } from 'vitest';
import { HEALTHS } from '../../../../src/core/model/vocabulary.js';
import { answersFromInput } from '../../../../src/services/assessment-service.js';
import { browserTestsAvailable, startE2E, type E2E } from '../../../test-support/e2e.js';
import { HEALTH_LABELS } from './dashboard.js';

const run = browserTestsAvailable();
// A budget for a whole user journey on a busy machine, not a timing assertion.
const E2E_TIMEOUT = 120_000;

describe.runIf(run)('the dashboard in a real browser', () => {
  let e2e: E2E | undefined;
  afterEach(async () => {
    await e2e?.close();
    e2e = undefined;
  });

  it('shows what the API holds, each figure linking to where to act, in light and dark', async () => {
    e2e = await startE2E();
    const { page, patchbay } = e2e;
    const assessment = await patchbay.assessments.submit(answersFromInput([2, 3, 1, 4, 2, 3]), { name: 'e2e-assessor' });

    // The expected figures, from the services rather than written down.
    const counts = await patchbay.catalog.counts();
    const healthTotals = Object.fromEntries(
      await Promise.all(HEALTHS.map(async (health) => [health, (await patchbay.catalog.list('integration', { health: [health] }, { limit: 1, withTotal: true })).total ?? -1] as const)),
    );
    const snapshot = await patchbay.catalog.exportDocuments();
    const unownedSystems = snapshot.systems.filter((system) => system.lifecycle !== 'retired' && !system.owner);
    const inService = snapshot.integrations.filter((integration) => integration.status === undefined || integration.status === 'active' || integration.status === 'deprecated');
    const noMaintainer = inService.filter((integration) => !integration.owner?.maintainedBy);
    const noOnCall = inService.filter((integration) => !integration.owner?.onCall);
    const proposals = (await patchbay.discovery.proposals({ limit: 500 })).items.length;
    const priorities = await patchbay.prioritisation.prioritise();
    const topNames = priorities.topThree.map((id) => priorities.integrations.find((item) => item.id === id)?.name);
    expect(unownedSystems.length).toBeGreaterThan(0);
    expect(topNames.length).toBe(3);

    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    for (const [label, kind, path] of [
      ['Systems', 'system', '/inventory/systems'],
      ['Integrations', 'integration', '/inventory/integrations'],
      ['Teams', 'team', '/inventory/teams'],
      ['Domains', 'domain', '/inventory/domains'],
    ] as const) {
      const link = page.getByRole('link', { name: `${counts[kind]} ${label}`, exact: true });
      await link.waitFor();
      await expect(link.getAttribute('href')).resolves.toBe(path);
    }

    for (const health of HEALTHS) {
      const total = healthTotals[health]!;
      const link = page.getByRole('link', { name: `${total} ${HEALTH_LABELS[health]} ${total === 1 ? 'integration' : 'integrations'}`, exact: true });
      await link.waitFor();
      await expect(link.getAttribute('href')).resolves.toBe(`/inventory/integrations?health=${health}`);
    }
    expect(Object.values(healthTotals).reduce((sum, value) => sum + value, 0)).toBe(counts.integration);

    const ownership = page.getByRole('region', { name: 'Ownership gaps' });
    await ownership.getByText(/without an owner/).waitFor();
    const ownershipText = (await ownership.innerText()).replace(/\s+/g, ' ');
    expect(ownershipText).toContain(`${unownedSystems.length} ${unownedSystems.length === 1 ? 'system' : 'systems'} without an owner`);
    expect(ownershipText).toContain(`${noMaintainer.length} integrations without a maintaining team of ${inService.length} in service`);
    expect(ownershipText).toContain(`${noOnCall.length} integrations without on-call of ${inService.length} in service`);
    for (const system of unownedSystems) {
      await expect(ownership.getByRole('list', { name: 'Systems without an owner' }).getByRole('link', { name: system.name }).getAttribute('href')).resolves.toBe(`/inventory/systems/${system.id}/edit`);
    }

    const discovery = page.getByRole('region', { name: 'Discovery' });
    await expect(discovery.getByRole('link', { name: `${proposals} ${proposals === 1 ? 'proposal' : 'proposals'} awaiting review` }).getAttribute('href')).resolves.toBe('/discovery');

    const level = page.getByRole('region', { name: 'Readiness assessment' });
    await level.getByRole('link', { name: `Level ${assessment.doc.result.level} ${assessment.doc.result.name}` }).waitFor();
    await level.getByText('by e2e-assessor').waitFor();

    const top = page.getByRole('list', { name: 'Top three to build' });
    await top.waitFor();
    await expect(top.getByRole('link').allInnerTexts()).resolves.toEqual(topNames);

    await e2e.screenshot('dashboard');
    await page.getByLabel('Theme').selectOption('dark');
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await e2e.screenshot('dashboard-dark');

    // A figure takes you to the filtered view.
    await page.getByRole('link', { name: `${healthTotals.fragile} Fragile integrations`, exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/inventory/integrations' && url.searchParams.get('health') === 'fragile');
    await page.goBack();
    await page.getByRole('link', { name: 'Fragile on the map' }).click();
    await page.waitForURL((url) => url.pathname === '/map' && url.searchParams.get('health') === 'fragile');
    expect(e2e.pageErrors).toEqual([]);
  }, E2E_TIMEOUT);
});
