import { afterEach, describe, expect, it } from 'vitest';
import { QUADRANT_BY_ID, quadrantOf, VALUE_CRITERIA, type PrioritisedIntegration } from '../../../../src/core/prioritise/index.js';
import { browserTestsAvailable, startE2E, type E2E } from '../../../test-support/e2e.js';

const run = browserTestsAvailable();

/** Full-page screenshots are taken from the top, so sticky parts (preview, table headers) sit where a reader first sees them. */
async function screenshot(e2e: E2E, name: string): Promise<void> {
  await e2e.page.evaluate(() => window.scrollTo(0, 0));
  await e2e.screenshot(name);
}
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe.runIf(run)('the prioritisation page in a real browser', () => {
  let e2e: E2E | undefined;
  afterEach(async () => {
    await e2e?.close();
    e2e = undefined;
  });

  it('shows the matrix and sequence, selects a point with its advice, and saves a new rating that moves it', async () => {
    e2e = await startE2E();
    const { page } = e2e;
    page.setDefaultTimeout(15_000);
    const before = await e2e.patchbay.prioritisation.prioritise();
    const rated = before.integrations.filter((item) => !item.unrated);

    await page.goto('/prioritisation');
    await page.getByRole('heading', { level: 1, name: 'Prioritisation' }).waitFor();
    const matrix = page.getByRole('group', { name: 'Value and complexity matrix' });
    await matrix.getByRole('button').first().waitFor();
    await expect(matrix.getByRole('button').count()).resolves.toBe(rated.length);
    for (const id of ['do-first', 'plan-carefully', 'batch-together', 'reconsider-or-defer'] as const) {
      await expect(matrix.getByText(`${QUADRANT_BY_ID[id].name} (${before.summary.byQuadrant[id]})`).isVisible()).resolves.toBe(true);
    }

    // The sequence lists the API's order: rated ones first, the unrated apart.
    const names = new Map(before.integrations.map((item) => [item.id, item.name]));
    const sequenceNames = async (label: string) => page.getByRole('list', { name: label }).getByRole('listitem').getByRole('button').allTextContents();
    await expect(sequenceNames('Rated integrations in the order to take them')).resolves.toEqual(before.sequence.filter((id) => rated.some((item) => item.id === id)).map((id) => names.get(id)));
    await expect(sequenceNames('Integrations without value ratings, in sequence order')).resolves.toEqual(before.integrations.filter((item) => item.unrated).map((item) => item.name));
    await screenshot(e2e, 'prioritisation');

    // The API's chart downloads with the token, auth being on.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the matrix (SVG)' }).click()]);
    expect(download.suggestedFilename()).toBe('prioritisation-matrix.svg');
    const saved = await download.path();
    expect((await import('node:fs')).readFileSync(saved!, 'utf8')).toContain('<svg');

    // An easy integration of modest value whose revenue rating, raised to 5, lifts it into Do first.
    const revenueTo5 = (item: PrioritisedIntegration) => {
      const weights = before.weights.value;
      const total = VALUE_CRITERIA.reduce((sum, key) => sum + weights[key], 0);
      const value = VALUE_CRITERIA.reduce((sum, key) => sum + weights[key] * (key === 'revenue' ? 5 : item.breakdown.value[key].score), 0) / total;
      return quadrantOf(Math.round(value * 100) / 100, item.complexity, before.thresholds);
    };
    const target = rated.find((item) => item.quadrant === 'batch-together' && item.breakdown.value.revenue.score < 5 && revenueTo5(item) === 'do-first');
    expect(target, 'the demo has an integration that one rating moves from Batch together to Do first').toBeDefined();
    const chosen = target!;
    const advice = await e2e.patchbay.advice.forIntegration(chosen.id);

    const point = matrix.getByRole('button', { name: new RegExp(`^${escape(chosen.name)} \\(${escape(chosen.id)}\\)`) });
    // Where it is drawn, in the chart's own coordinates (independent of scrolling).
    const centre = () => point.locator('circle').last().evaluate((circle) => ({ x: Number(circle.getAttribute('cx')), y: Number(circle.getAttribute('cy')) }));
    const where = await centre();
    await point.click();
    const details = page.getByRole('complementary', { name: 'Selected integration' });
    await details.getByRole('heading', { level: 2, name: chosen.name }).waitFor();
    expect(new URL(page.url()).searchParams.get('integration')).toBe(chosen.id);
    await expect(details.getByTestId('selected-quadrant').textContent()).resolves.toBe('Batch together');
    await details.getByRole('heading', { name: 'Pattern advice' }).waitFor();
    await expect(details.locator('.prio-advice').textContent()).resolves.toContain(advice.advice.reasons[0]);
    await expect(point.getAttribute('aria-pressed')).resolves.toBe('true');
    await screenshot(e2e, 'prioritisation-selected');

    await details.getByLabel('Revenue').selectOption('5');
    await details.getByRole('button', { name: 'Save ratings' }).click();
    await details.getByRole('status').filter({ hasText: 'Ratings saved.' }).waitFor();
    await details.getByTestId('selected-quadrant').filter({ hasText: 'Do first' }).waitFor();

    // Saved on the integration, by the token, and the API now places it in Do first.
    const stored = await e2e.patchbay.catalog.get('integration', chosen.id);
    expect(stored.ratings?.value?.revenue).toBe(5);
    const after = await e2e.patchbay.prioritisation.prioritise();
    expect(after.integrations.find((item) => item.id === chosen.id)?.quadrant).toBe('do-first');
    await expect(point.getAttribute('data-quadrant')).resolves.toBe('do-first');
    const moved = await centre();
    expect(moved.y).toBeLessThan(where.y);
    await expect(matrix.getByText(`Do first (${after.summary.byQuadrant['do-first']})`).isVisible()).resolves.toBe(true);
    await expect(sequenceNames('Rated integrations in the order to take them')).resolves.toEqual(after.sequence.filter((id) => after.integrations.some((item) => item.id === id && !item.unrated)).map((id) => names.get(id)));

    // The selection is in the URL: a reload shows the same integration.
    await page.reload();
    await details.getByRole('heading', { level: 2, name: chosen.name }).waitFor();
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(e2e, 'prioritisation-selected-dark');
    expect(e2e.pageErrors).toEqual([]);
  }, 90_000);

  it('selects with the keyboard and keeps the form when the integration changed meanwhile', async () => {
    e2e = await startE2E();
    const { page } = e2e;
    const result = await e2e.patchbay.prioritisation.prioritise();
    const first = result.integrations.find((item) => !item.unrated)!;
    await page.goto('/prioritisation');
    const matrix = page.getByRole('group', { name: 'Value and complexity matrix' });
    const point = matrix.getByRole('button', { name: new RegExp(`^${escape(first.name)} \\(`) });
    await point.focus();
    await page.keyboard.press('Enter');
    const details = page.getByRole('complementary', { name: 'Selected integration' });
    await details.getByLabel('Speed to market').waitFor();

    // Someone else changes it after the page read it: the save is refused, and the choice stays.
    const current = await e2e.patchbay.catalog.get('integration', first.id);
    await e2e.patchbay.catalog.patch('integration', first.id, { description: 'changed elsewhere' }, current.revision, { name: 'someone' });
    await details.getByLabel('Speed to market').selectOption('1');
    await details.getByRole('button', { name: 'Save ratings' }).click();
    await details.getByRole('alert').filter({ hasText: 'Someone else changed this integration' }).waitFor();
    await expect(details.getByLabel('Speed to market').inputValue()).resolves.toBe('1');
    await details.getByRole('button', { name: 'Load the latest version' }).click();
    await details.getByRole('button', { name: 'Save ratings' }).click();
    await details.getByRole('status').filter({ hasText: 'Ratings saved.' }).waitFor();
    const stored = await e2e.patchbay.catalog.get('integration', first.id);
    expect(stored.ratings?.value?.speed).toBe(1);
    expect(stored.description).toBe('changed elsewhere');

    // An unrated one is chosen from its list below the chart: focus moves to its details.
    const unrated = result.integrations.find((item) => item.unrated)!;
    await page.getByRole('list', { name: 'Integrations without value ratings, in sequence order' }).getByRole('button', { name: unrated.name, exact: true }).click();
    const heading = details.getByRole('heading', { level: 2, name: unrated.name });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    await expect(details.getByTestId('selected-quadrant').textContent()).resolves.toBe('Not rated');
    expect(e2e.pageErrors).toEqual([]);
  }, 90_000);

  it('shows a what-if with other weights without keeping anything, and says why weights are refused', async () => {
    e2e = await startE2E();
    const { page } = e2e;
    page.setDefaultTimeout(15_000);
    await page.goto('/prioritisation');
    const matrix = page.getByRole('group', { name: 'Value and complexity matrix' });
    await matrix.getByRole('button').first().waitFor();
    await page.getByText('What if the weights were different?').click();
    const form = page.getByRole('form', { name: 'What-if weights' });
    await form.getByLabel('Revenue').fill('3');
    await form.getByLabel('High value from').fill('3.5');
    await form.getByRole('button', { name: 'Show the what-if' }).click();
    await page.getByRole('status').filter({ hasText: 'What-if' }).waitFor();
    expect(new URL(page.url()).searchParams.get('weights')).toBe('value.revenue:3');
    expect(new URL(page.url()).searchParams.get('thresholds')).toBe('value:3.5');

    const whatIf = await e2e.patchbay.prioritisation.prioritise({ weights: { value: { revenue: 3 } }, thresholds: { value: 3.5 } });
    const configured = await e2e.patchbay.prioritisation.prioritise();
    expect(whatIf.summary.byQuadrant).not.toEqual(configured.summary.byQuadrant);
    for (const id of ['do-first', 'plan-carefully', 'batch-together', 'reconsider-or-defer'] as const) {
      await matrix.getByText(`${QUADRANT_BY_ID[id].name} (${whatIf.summary.byQuadrant[id]})`).waitFor();
    }
    // Nothing was kept: the configured prioritisation is as it was, and a reload shows the same what-if.
    await page.reload();
    await matrix.getByText(`Do first (${whatIf.summary.byQuadrant['do-first']})`).waitFor();

    for (const label of ['Revenue', 'Cost saving', 'Risk reduction', 'Speed to market']) await form.getByLabel(label).fill('0');
    await form.getByRole('button', { name: 'Show the what-if' }).click();
    await form.getByRole('alert').waitFor();
    await expect(form.getByRole('alert').textContent()).resolves.toContain('These weights cannot be used');
    await expect(form.getByLabel('Speed to market').inputValue()).resolves.toBe('0');

    await form.getByRole('button', { name: 'Back to the configured weights' }).click();
    await matrix.getByText(`Do first (${configured.summary.byQuadrant['do-first']})`).waitFor();
    expect(new URL(page.url()).searchParams.has('weights')).toBe(false);
    // The form is reset from the address, which the router renders a moment later on a busy machine.
    await expect.poll(() => form.getByLabel('Revenue').inputValue(), { timeout: 20_000 }).toBe('1');
    expect(e2e.pageErrors).toEqual([]);
  }, 90_000);
});
