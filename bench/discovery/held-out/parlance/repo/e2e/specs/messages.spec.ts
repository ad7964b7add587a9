import { expect, test } from '@playwright/test';

const endpoints = ['openAI', 'anthropic', 'google'];

test.describe('Messaging suite', () => {
  for (const endpoint of endpoints) {
    test(`sends a message with ${endpoint}`, async ({ page }) => {
      await page.goto('http://localhost:3080/c/new', { timeout: 5000 });
      await page.locator('form').getByRole('textbox').fill('hi');
      const responsePromise = page.waitForResponse((r) => r.url().includes(`/api/ask/${endpoint}`));
      await page.locator('form').getByRole('textbox').press('Enter');
      const response = await responsePromise;
      expect(response.status()).toBe(200);
    });
  }
});
