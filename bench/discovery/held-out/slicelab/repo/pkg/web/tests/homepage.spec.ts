import { test, expect } from '@playwright/test';

test('recommends a pizza', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Pizza, Please!' }).click();
	await expect(page.locator('#recommendations')).toContainText('Our recommendation');
});
