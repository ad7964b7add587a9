import { afterEach, describe, expect, it } from 'vitest';
import { browserTestsAvailable, startE2E, type E2E } from '../../test-support/e2e.js';

const run = browserTestsAvailable();

describe.runIf(run)('the app shell in a real browser', () => {
  let e2e: E2E | undefined;
  afterEach(async () => {
    await e2e?.close();
    e2e = undefined;
  });

  it('asks for a token when auth is on, refuses a wrong one, and signs in with a right one', async () => {
    e2e = await startE2E({ signedIn: false });
    const { page } = e2e;
    await page.goto('/');
    await page.getByRole('heading', { name: 'Sign in to Patchbay' }).waitFor();
    await e2e.screenshot('sign-in');
    await page.getByLabel('API token').fill('pbt_not-a-real-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('That token was not accepted');
    await page.getByLabel('API token').fill(e2e.token!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('patchbay.token'))).toBe(e2e.token);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Patchbay' }).waitFor();
    expect(e2e.pageErrors).toEqual([]);
  });

  it('gives every view a URL that survives a reload, and keeps the API answering problem+json', async () => {
    e2e = await startE2E();
    const { page } = e2e;
    await page.goto('/assessment');
    await page.getByRole('heading', { level: 1, name: 'Assessment' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Assessment' }).waitFor();
    await page.getByRole('link', { name: 'Prioritisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prioritisation' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/prioritisation');
    await page.goto('/no-such-view');
    await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();

    const api = await fetch(`${e2e.baseUrl}/api/v1/nothing-here`, { headers: { accept: 'text/html', authorization: `Bearer ${e2e.token}` } });
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    expect(e2e.pageErrors).toEqual([]);
  });
});
