import { afterEach, describe, expect, it } from 'vitest';
import { browserTestsAvailable, startE2E, type E2E } from '../../test-support/e2e.js';

const run = browserTestsAvailable();

describe.runIf(run)('a read-only token in a real browser', () => {
  let e2e: E2E | undefined;
  afterEach(async () => {
    await e2e?.close();
    e2e = undefined;
  });

  it('shows the catalog without the actions the token may not take', async () => {
    e2e = await startE2E({ scope: 'read' });
    const { page } = e2e;
    await page.goto('/inventory/systems');
    await page.getByRole('heading', { level: 1, name: 'Inventory' }).waitFor();
    await expect(page.getByRole('note').first().textContent()).resolves.toContain('Read-only');
    expect(await page.getByRole('link', { name: 'Add system' }).count()).toBe(0);

    await page.getByRole('row').nth(1).getByRole('link').first().click();
    await page.getByText('revision').first().waitFor();
    expect(await page.getByRole('link', { name: 'Edit', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Delete' }).count()).toBe(0);

    // A bookmarked edit address says why there is no form.
    await page.goto(`${new URL(page.url()).pathname}/edit`);
    await page.getByText('Your token is read-only, so this system cannot be changed here').waitFor();
    expect(await page.getByRole('button', { name: /Save/ }).count()).toBe(0);

    await page.goto('/discovery');
    await page.getByText('you can read the proposals but not accept or reject them').waitFor();
    expect(await page.getByRole('button', { name: /Accept/ }).count()).toBe(0);

    await page.goto('/assessment');
    await page.getByText('saving needs a write token').waitFor();
    expect(await page.getByRole('button', { name: 'Save assessment' }).count()).toBe(0);
    await e2e.screenshot('read-only-assessment');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('shows the same pages with their actions to a write token', async () => {
    e2e = await startE2E({ scope: 'write' });
    const { page } = e2e;
    await page.goto('/inventory/systems');
    await page.getByRole('link', { name: 'Add system' }).waitFor();
    expect(await page.getByText('Read-only').count()).toBe(0);
    await page.goto('/assessment');
    await page.getByRole('button', { name: 'Save assessment' }).waitFor();
    expect(e2e.pageErrors).toEqual([]);
  });
});
