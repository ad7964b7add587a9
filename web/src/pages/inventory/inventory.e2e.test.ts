import { afterEach, describe, expect, it } from 'vitest';
import { browserTestsAvailable, startE2E, type E2E } from '../../../test-support/e2e.js';

const run = browserTestsAvailable();

/** The names in the first column of the table, as the user reads them. */
async function rowIds(e2e: E2E): Promise<string[]> {
  const ids = await e2e.page.locator('table.inventory-table tbody th[scope="row"] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('/').pop()!));
  return ids.map(decodeURIComponent);
}

async function waitForTotal(e2e: E2E, total: number): Promise<void> {
  await e2e.page.getByTestId('list-total').filter({ hasText: new RegExp(`^${total}$`) }).waitFor();
  await e2e.page.locator('table.inventory-table[aria-busy="false"]').waitFor();
}

/** A multi-value filter of the list, found by its label. */
function filter(e2e: E2E, label: string) {
  return e2e.page.locator('.multi-filter').filter({ has: e2e.page.locator('.multi-filter-label', { hasText: new RegExp(`^${label}$`) }) });
}

/** Opens a filter's choices if closed and ticks (or unticks) one. */
async function tick(e2e: E2E, label: string, choice: string): Promise<void> {
  const control = filter(e2e, label);
  if (!(await control.locator('details').evaluate((details) => (details as HTMLDetailsElement).open))) await control.locator('summary').click();
  await control.getByRole('checkbox', { name: choice, exact: true }).click();
}

// Each test acts out a whole task in a fresh server and browser; on a busy machine that takes a while.
describe.runIf(run)('the inventory in a real browser', { timeout: 90_000 }, () => {
  let e2e: E2E | undefined;
  afterEach(async () => {
    await e2e?.close();
    e2e = undefined;
  });

  it('lists the integrations, sorts and filters them in the URL (kept on reload), and pages forward and back', async () => {
    e2e = await startE2E();
    const { page, patchbay } = e2e;
    const all = await patchbay.catalog.list('integration', {}, { limit: 1, withTotal: true });
    await page.goto('/inventory');
    await page.waitForURL(/\/inventory\/integrations$/);
    await page.getByRole('table', { name: 'Integrations' }).waitFor();
    await waitForTotal(e2e, all.total!);
    expect(await rowIds(e2e)).toHaveLength(25);
    // Names, not only ids: the first integration's source system shows by name.
    const first = (await patchbay.catalog.list('integration', {}, { limit: 1 })).items[0]!;
    const source = await patchbay.catalog.get('system', first.source);
    await expect(page.locator('table.inventory-table tbody tr').first().textContent()).resolves.toContain(source.name);
    await e2e.screenshot('inventory-integrations');

    // Sort by health, descending: the URL says so and the rows are in the API's order.
    await page.getByRole('button', { name: 'Health' }).click();
    await page.waitForURL(/sort=health/);
    await page.getByRole('button', { name: 'Health' }).click();
    await page.waitForURL(/sort=-health/);
    await page.locator('th[aria-sort="descending"]', { hasText: 'Health' }).waitFor();
    const byHealth = await patchbay.catalog.list('integration', {}, { limit: 25, sort: '-health' });
    await expect.poll(() => rowIds(e2e!)).toEqual(byHealth.items.map((item) => item.id));

    // Filter to API integrations: every filter goes into the URL and the API does the filtering.
    await tick(e2e, 'Mechanism', 'api (rest, graphql, grpc, soap)');
    await page.waitForURL(/mechanism=api/);
    const apis = await patchbay.catalog.list('integration', { mechanism: ['api'] }, { limit: 25, sort: '-health', withTotal: true });
    await waitForTotal(e2e, apis.total!);
    await expect.poll(() => rowIds(e2e!)).toEqual(apis.items.map((item) => item.id));

    // Another filter in place of it, kept on reload with the sort.
    await tick(e2e, 'Mechanism', 'api (rest, graphql, grpc, soap)');
    await page.waitForURL((url) => !url.searchParams.has('mechanism'));
    await tick(e2e, 'Frequency', 'batch');
    await page.waitForURL((url) => url.searchParams.get('frequency') === 'batch' && !url.searchParams.has('mechanism'));
    const batch = await patchbay.catalog.list('integration', { frequency: ['batch'] }, { limit: 25, sort: '-health', withTotal: true });
    expect(batch.total).toBeGreaterThan(25);
    await page.reload();
    await page.getByRole('table', { name: 'Integrations' }).waitFor();
    await waitForTotal(e2e, batch.total!);
    await expect(filter(e2e, 'Frequency').locator('summary').textContent()).resolves.toBe('batch');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('-health');

    // Any of several values: each tick joins the URL, and the API answers for all of them.
    await tick(e2e, 'Health', 'fragile');
    await tick(e2e, 'Health', 'unknown');
    await page.waitForURL((url) => url.searchParams.get('health') === 'fragile,unknown');
    const either = await patchbay.catalog.list('integration', { frequency: ['batch'], health: ['fragile', 'unknown'] }, { limit: 25, sort: '-health', withTotal: true });
    await waitForTotal(e2e, either.total!);
    await expect(filter(e2e, 'Health').locator('summary').textContent()).resolves.toBe('fragile, unknown');
    await e2e.screenshot('inventory-multi-value-filter');
    // The choices close like a menu: Escape, and a click elsewhere.
    const isOpen = (label: string) => filter(e2e!, label).locator('details').evaluate((details) => (details as HTMLDetailsElement).open);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen('Health')).toBe(false);
    await filter(e2e, 'Health').locator('summary').click();
    await page.getByRole('heading', { level: 1, name: 'Inventory' }).click();
    await expect.poll(() => isOpen('Health')).toBe(false);
    await filter(e2e, 'Health').locator('summary').click();
    await filter(e2e, 'Health').getByRole('button', { name: 'Any health' }).click();
    await page.waitForURL((url) => !url.searchParams.has('health'));
    await waitForTotal(e2e, batch.total!);
    await expect.poll(() => rowIds(e2e!)).toEqual(batch.items.map((item) => item.id));

    // Page forward (the cursor joins the URL, and survives a reload), then back.
    const pageOne = await rowIds(e2e);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.waitForURL(/cursor=/);
    const pageTwo = await patchbay.catalog.list('integration', { frequency: ['batch'] }, { limit: 25, sort: '-health', cursor: batch.nextCursor! });
    await expect.poll(() => rowIds(e2e!)).toEqual(pageTwo.items.map((item) => item.id));
    await expect(page.locator('.list-summary').textContent()).resolves.toContain('showing 26–');
    await page.reload();
    await page.getByRole('table', { name: 'Integrations' }).waitFor();
    await expect.poll(() => rowIds(e2e!)).toEqual(pageTwo.items.map((item) => item.id));
    await page.getByRole('button', { name: 'Previous' }).click();
    await expect.poll(() => rowIds(e2e!)).toEqual(pageOne);
    expect(new URL(page.url()).searchParams.get('cursor')).toBeNull();
    expect(new URL(page.url()).searchParams.get('frequency')).toBe('batch');

    // A free-text search applies on Enter.
    await page.getByLabel('Search').fill('salesforce');
    await page.getByLabel('Search').press('Enter');
    await page.waitForURL(/q=salesforce/);
    const found = await patchbay.catalog.list('integration', { frequency: ['batch'], q: 'salesforce' }, { limit: 25, withTotal: true });
    expect(found.total).toBeGreaterThan(0);
    await waitForTotal(e2e, found.total!);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('opens an integration, edits its frequency and data fields, and the change is stored and audited', async () => {
    e2e = await startE2E();
    const { page, patchbay } = e2e;
    await page.goto('/inventory/integrations?q=order+confirmation');
    await page.getByRole('link', { name: 'Order confirmation and dispatch e-mails' }).click();
    await page.getByRole('heading', { level: 1, name: 'Order confirmation and dispatch e-mails' }).waitFor();
    await page.getByRole('table', { name: 'Fields of customer' }).waitFor();
    await expect(page.getByRole('table', { name: 'Fields of customer' }).textContent()).resolves.toContain('PII');
    await e2e.screenshot('inventory-integration-detail');

    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByRole('heading', { level: 1, name: /^Edit integration/ }).waitFor();
    await page.getByLabel('Frequency').selectOption('batch');
    await page.getByRole('button', { name: 'Add field to data object 2' }).click();
    await page.getByLabel('Data object 2 field 4 Field name').fill('currency');
    await page.getByLabel('Data object 2 field 4 Type').fill('string');
    await page.getByLabel('Schedule').fill('nightly 02:00');
    await e2e.screenshot('inventory-edit-form');
    await page.getByLabel('Schedule').press('Enter');

    await page.getByRole('status').filter({ hasText: 'Saved: revision 2.' }).waitFor();
    const stored = await patchbay.catalog.get('integration', 'web-shop-order-emails');
    expect(stored).toMatchObject({ revision: 2, frequency: 'batch', schedule: 'nightly 02:00', health: 'monitored' });
    expect(stored.data?.[1]?.fields?.map((field) => field.name)).toEqual(['id', 'total', 'trackingNumber', 'currency']);
    expect(stored.data?.[1]?.fields?.[3]).toEqual({ name: 'currency', type: 'string' });
    // Untouched fields are as they were (the edit was a patch of what changed).
    expect(stored.data?.[0]).toEqual({ object: 'customer', format: 'JSON', volume: { count: 9000, per: 'day', unit: 'e-mails' }, fields: [{ name: 'email', type: 'string', pii: true }, { name: 'firstName', type: 'string', pii: true }] });

    const audit = await patchbay.catalog.audit({ kind: 'integration', id: 'web-shop-order-emails' });
    expect(audit.items[0]).toMatchObject({ action: 'update', actor: 'token:e2e', revision: 2 });
    const history = page.getByRole('table', { name: 'Changes' });
    await history.locator('tbody tr').first().filter({ hasText: 'token:e2e' }).waitFor();
    await expect(history.locator('tbody tr').first().textContent()).resolves.toMatch(/update.*2.*Frequency.*Schedule.*Data carried|update.*2.*Schedule/);
    expect(e2e.pageErrors).toEqual([]);
  });

  it('checks a new system, shows the API\'s field error next to the field with focus on it, and saves once fixed', async () => {
    e2e = await startE2E();
    const { page, patchbay } = e2e;
    await page.goto('/inventory/systems');
    await page.getByRole('link', { name: 'Add system' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add system' }).waitFor();

    // Nothing filled in: the form's own check names the required fields, focus on the first.
    await page.getByRole('button', { name: 'Create system' }).click();
    await page.locator('[data-pointer="/id"] .field-error').filter({ hasText: 'is required' }).waitFor();
    await expect(page.locator('[data-pointer="/kind"] .field-error').textContent()).resolves.toContain('is required');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-id');

    await page.getByLabel('Id').fill('billing-hub');
    await page.getByLabel('Name').fill('Billing Hub');
    await page.getByLabel('Kind').selectOption('application');
    await page.getByLabel('Owner').selectOption('finance-systems');
    await page.getByLabel('Tags').fill('billing, Tier-1');
    await page.getByRole('button', { name: 'Create system' }).click();

    // The API refuses the tag; its problem shows beside the Tags field, which gets the focus.
    const tagError = page.locator('[data-pointer="/tags"] .field-error');
    await tagError.waitFor();
    await expect(tagError.textContent()).resolves.toMatch(/^item 2: "Tier-1"/);
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('not saved');
    expect(await page.getByLabel('Tags').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-tags');
    await e2e.screenshot('inventory-field-error');
    await expect(patchbay.catalog.get('system', 'billing-hub')).rejects.toThrow();

    await page.getByLabel('Tags').fill('billing, tier-1');
    await page.getByLabel('Tags').press('Control+Enter');
    await page.getByRole('heading', { level: 1, name: 'Billing Hub' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Created system billing-hub.' }).waitFor();
    const stored = await patchbay.catalog.get('system', 'billing-hub');
    expect(stored).toMatchObject({ name: 'Billing Hub', kind: 'application', owner: 'finance-systems', tags: ['billing', 'tier-1'], lifecycle: 'active' });

    // Escape leaves a form without saving.
    await page.getByRole('link', { name: 'Edit' }).click();
    await page.getByLabel('Name').fill('Billing Hub (renamed)');
    const question = page.waitForEvent('dialog').then(async (dialog) => {
      expect(dialog.message()).toContain('lose your changes');
      await dialog.accept();
    });
    await page.getByLabel('Name').press('Escape');
    await question;
    await page.getByRole('heading', { level: 1, name: 'Billing Hub' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/inventory/systems/billing-hub');
    expect((await patchbay.catalog.get('system', 'billing-hub')).name).toBe('Billing Hub');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('shows a concurrent edit as a conflict with both values, keeps the user\'s edit, and reapplies it on the new version', async () => {
    e2e = await startE2E();
    const { page, patchbay } = e2e;
    const id = 'web-shop-order-emails';
    await page.goto(`/inventory/integrations/${id}/edit`);
    await page.getByRole('heading', { level: 1, name: /^Edit integration/ }).waitFor();
    await page.getByLabel('Frequency').selectOption('batch');
    await page.getByLabel('Technology').fill('SendGrid v3 (REST)');

    // Someone else changes the same integration meanwhile.
    await patchbay.catalog.patch('integration', id, { frequency: 'ad-hoc', health: 'fragile' }, 1, { name: 'colleague' });

    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Someone else changed this' });
    await conflict.waitFor();
    const differences = page.getByRole('table', { name: 'Differences between the server and your edit' });
    const frequencyRow = differences.getByRole('row', { name: /Frequency/ });
    await expect(frequencyRow.locator('[data-side="server"]').textContent()).resolves.toBe('ad-hoc');
    await expect(frequencyRow.locator('[data-side="mine"]').textContent()).resolves.toBe('batch');
    await expect(frequencyRow.textContent()).resolves.toContain('both of you');
    const healthRow = differences.getByRole('row', { name: /Health/ });
    await expect(healthRow.locator('[data-side="server"]').textContent()).resolves.toBe('fragile');
    await expect(healthRow.locator('[data-side="mine"]').textContent()).resolves.toBe('monitored');
    await expect(conflict.textContent()).resolves.toContain('colleague');
    // Beside the fields too, and nothing of the user's was lost.
    await expect(page.locator('[data-pointer="/frequency"] .server-value').textContent()).resolves.toBe('On the server now: ad-hoc');
    await expect(page.locator('[data-pointer="/health"] .server-value').textContent()).resolves.toBe('On the server now: fragile');
    expect(await page.getByLabel('Frequency').inputValue()).toBe('batch');
    expect(await page.getByLabel('Technology').inputValue()).toBe('SendGrid v3 (REST)');
    await e2e.screenshot('inventory-conflict');
    // Enter in the form does not overwrite the other change; the choice is the user's, above.
    await page.getByLabel('Technology').press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('conflict-title');
    expect((await patchbay.catalog.get('integration', id)).frequency).toBe('ad-hoc');

    // Reload and reapply: the other change to health stays, the user's edits win where they made them.
    await page.getByRole('button', { name: 'Reload and reapply my changes' }).click();
    await page.getByRole('status').filter({ hasText: 'reapplied your changes' }).waitFor();
    expect(await page.getByLabel('Frequency').inputValue()).toBe('batch');
    expect(await page.getByLabel('Health').inputValue()).toBe('fragile');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: revision 3.' }).waitFor();
    expect(await patchbay.catalog.get('integration', id)).toMatchObject({ revision: 3, frequency: 'batch', health: 'fragile', technology: 'SendGrid v3 (REST)' });
    expect(e2e.pageErrors).toEqual([]);
  });

  it('overwrites deliberately after a conflict when the user chooses to', async () => {
    e2e = await startE2E();
    const { page, patchbay } = e2e;
    const id = 'crm-to-dwh';
    await page.goto(`/inventory/integrations/${id}/edit`);
    await page.getByRole('heading', { level: 1, name: /^Edit integration/ }).waitFor();
    await page.getByLabel('Health').selectOption('reliable');
    await patchbay.catalog.patch('integration', id, { health: 'fragile' }, undefined, { name: 'colleague' });
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('alert').filter({ hasText: 'Someone else changed this' }).waitFor();
    await page.getByRole('button', { name: 'Overwrite with my version' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: revision 3.' }).waitFor();
    expect(await patchbay.catalog.get('integration', id)).toMatchObject({ revision: 3, health: 'reliable' });
    expect(e2e.pageErrors).toEqual([]);
  });

  it('asks before deleting, and says why when something still refers to it', async () => {
    e2e = await startE2E();
    const { page, patchbay } = e2e;
    await patchbay.catalog.create('system', { id: 'scratch-pad', name: 'Scratch Pad', kind: 'other' }, { name: 'setup' });
    await page.goto('/inventory/systems/scratch-pad');
    await page.getByRole('heading', { level: 1, name: 'Scratch Pad' }).waitFor();

    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete system Scratch Pad?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect((await patchbay.catalog.get('system', 'scratch-pad')).id).toBe('scratch-pad');

    await page.getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'Delete system' }).click();
    await page.waitForURL(/\/inventory\/systems$/);
    await page.getByRole('status').filter({ hasText: 'Deleted system scratch-pad.' }).waitFor();
    await expect(patchbay.catalog.get('system', 'scratch-pad')).rejects.toThrow();

    // A system integrations still name is refused, with the reason and links to them.
    await page.goto('/inventory/systems/crm');
    await page.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete system' }).click();
    await page.getByRole('alert').filter({ hasText: 'was not deleted' }).waitFor();
    await page.getByRole('link', { name: 'crm-to-dwh' }).waitFor();
    expect((await patchbay.catalog.get('system', 'crm')).id).toBe('crm');
    expect(e2e.pageErrors).toEqual([]);
  });

  it('adds a team and a domain it owns, and lists them by name (dark theme)', async () => {
    e2e = await startE2E();
    const { page, patchbay } = e2e;
    await page.addInitScript(() => localStorage.setItem('patchbay.theme', 'dark'));
    await page.goto('/inventory/teams/new');
    await page.getByRole('heading', { level: 1, name: 'Add team' }).waitFor();
    await page.getByLabel('Id').fill('payments');
    await page.getByLabel('Name').fill('Payments Squad');
    await page.getByLabel('Contact').fill('payments@example.org');
    await page.getByRole('button', { name: 'Add link' }).click();
    await page.getByLabel('Link 1 URL').fill('https://wiki.example.org/payments');
    await page.getByLabel('Link 1 Type').selectOption('docs');
    await page.getByRole('button', { name: 'Create team' }).click();
    await page.getByRole('heading', { level: 1, name: 'Payments Squad' }).waitFor();
    expect(await patchbay.catalog.get('team', 'payments')).toMatchObject({ contact: 'payments@example.org', links: [{ url: 'https://wiki.example.org/payments', type: 'docs' }] });

    await page.goto('/inventory/domains/new');
    await page.getByLabel('Id').fill('payments');
    await page.getByLabel('Name').fill('Payments');
    await page.getByLabel('Owner').selectOption('payments');
    await page.getByLabel('Name').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Payments' }).waitFor();
    expect((await patchbay.catalog.get('domain', 'payments')).owner).toBe('payments');

    await page.goto('/inventory/domains?q=payments');
    const table = page.getByRole('table', { name: 'Domains' });
    await table.getByRole('row', { name: /Payments Squad/ }).waitFor();
    await page.goto('/inventory/systems?owner=finance-systems&sort=-name');
    await waitForTotal(e2e, (await patchbay.catalog.list('system', { owner: ['finance-systems'] }, { withTotal: true })).total!);
    const finance = await patchbay.catalog.get('team', 'finance-systems');
    await expect(filter(e2e, 'Owner').locator('summary').textContent()).resolves.toBe(String(finance.name));
    await e2e.screenshot('inventory-systems-dark');
    expect(e2e.pageErrors).toEqual([]);
  });
});
