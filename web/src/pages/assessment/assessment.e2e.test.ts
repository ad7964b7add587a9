import { afterEach, describe, expect, it } from 'vitest';
import { QUESTIONS, answersFromList } from '../../../../src/core/assess/questions.js';
import { assess } from '../../../../src/core/assess/scoring.js';
import { browserTestsAvailable, startE2E, type E2E } from '../../../test-support/e2e.js';

const run = browserTestsAvailable();

/** Full-page screenshots are taken from the top, so sticky parts (preview, table headers) sit where a reader first sees them. */
async function screenshot(e2e: E2E, name: string): Promise<void> {
  await e2e.page.evaluate(() => window.scrollTo(0, 0));
  await e2e.screenshot(name);
}

describe.runIf(run)('the assessment page in a real browser', () => {
  let e2e: E2E | undefined;
  afterEach(async () => {
    await e2e?.close();
    e2e = undefined;
  });

  it('takes the assessment with mouse and keyboard, previews the level, saves it and lists it in the history', async () => {
    e2e = await startE2E();
    const { page } = e2e;
    await page.goto('/assessment');
    await page.getByRole('heading', { level: 1, name: 'Assessment' }).waitFor();
    const group = (index: number) => page.getByRole('group', { name: new RegExp(QUESTIONS[index]!.title) });

    // The catalog's evidence stands beside the answers: the demo has some for the inventory, none for delivery.
    // The evidence arrives after the questions; until then the panel says it is still reading, not "no evidence".
    await expect.poll(() => page.getByRole('complementary', { name: 'Evidence for Integration inventory' }).textContent()).toMatch(/Evidence suggests option \d.*Complete records: \d+ of \d+/);
    await expect.poll(() => page.getByRole('complementary', { name: 'Evidence for Delivery of new integrations' }).textContent()).toContain('No evidence');

    // Mouse for some, keyboard for others: arrow keys move within a group as native radios do.
    const first = [2, 3, 1, 4, 2, 3];
    await group(0).getByRole('radio', { name: QUESTIONS[0]!.options[1].label }).click();
    await group(1).getByRole('radio', { name: QUESTIONS[1]!.options[0].label }).click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => group(1).getByRole('radio', { name: QUESTIONS[1]!.options[2].label }).isChecked()).toBe(true);
    await group(2).getByRole('radio', { name: QUESTIONS[2]!.options[0].label }).click();
    await group(3).getByRole('radio', { name: QUESTIONS[3]!.options[3].label }).click();
    await group(4).getByRole('radio', { name: QUESTIONS[4]!.options[1].label }).click();
    await group(5).getByRole('radio', { name: QUESTIONS[5]!.options[2].label }).click();

    const preview = page.getByRole('complementary', { name: 'Preview' });
    const firstLevel = assess(answersFromList(first)).level;
    await preview.locator('.assess-level').filter({ hasText: `Level ${firstLevel} of 4` }).waitFor();

    // The answers in progress survive a reload (they are in the URL).
    await page.reload();
    await expect.poll(() => group(3).getByRole('radio', { name: QUESTIONS[3]!.options[3].label }).isChecked()).toBe(true);

    // Raise API standards from 1 to 3 with the keyboard: the preview follows.
    const second = [2, 3, 3, 4, 2, 3];
    const secondResult = assess(answersFromList(second));
    expect(secondResult.level).not.toBe(firstLevel);
    await group(2).getByRole('radio', { name: QUESTIONS[2]!.options[0].label }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await preview.locator('.assess-level').filter({ hasText: `Level ${secondResult.level} of 4` }).waitFor();
    await expect(preview.textContent()).resolves.toContain(secondResult.name);
    await screenshot(e2e, 'assessment');

    await page.getByRole('button', { name: 'Save assessment' }).click();
    await page.getByRole('status').filter({ hasText: 'Assessment saved.' }).waitFor();
    const result = page.locator('.assess-past');
    await expect(result.locator('.assess-level').textContent()).resolves.toContain(`Level ${secondResult.level} of 4 ${secondResult.name}`);
    await expect(result.locator('.assess-plan li').count()).resolves.toBe(secondResult.plan.length);
    await expect(result.locator('.assess-plan li').first().textContent()).resolves.toContain(secondResult.plan[0]!.text);

    // Stored with those answers, by the token's name.
    const stored = await e2e.patchbay.assessments.history();
    expect(stored.items).toHaveLength(1);
    const kept = stored.items[0]!;
    expect(kept.doc.answers).toEqual(answersFromList(second));
    expect(kept.doc.result.level).toBe(secondResult.level);
    expect(kept.author).toBe('token:e2e');
    expect(new URL(page.url()).searchParams.get('assessment')).toBe(kept.id);

    // The history lists it, and opening it from there shows its answers.
    const history = page.getByRole('table', { name: 'Assessments taken' });
    await expect(history.getByRole('row').count()).resolves.toBe(2);
    await expect(history.getByRole('row').nth(1).textContent()).resolves.toContain(`${secondResult.level} · ${secondResult.name}`);
    await screenshot(e2e, 'assessment-result');
    await page.getByRole('link', { name: '← Take a new assessment' }).click();
    await page.getByRole('button', { name: 'Save assessment' }).waitFor();
    await expect(page.getByRole('radio').count()).resolves.toBe(24);
    await expect(page.getByRole('radio', { checked: true }).count()).resolves.toBe(0);
    await history.getByRole('link').first().click();
    await expect(result.getByRole('table').textContent()).resolves.toContain(QUESTIONS[2]!.options[2].label);
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(e2e, 'assessment-result-dark');
    await page.getByRole('link', { name: 'Start again from these answers' }).click();
    await expect.poll(() => group(2).getByRole('radio', { name: QUESTIONS[2]!.options[2].label }).isChecked()).toBe(true);
    await preview.locator('.assess-level').filter({ hasText: `Level ${secondResult.level} of 4` }).waitFor();
    await screenshot(e2e, 'assessment-dark');
    expect(e2e.pageErrors).toEqual([]);
  }, 90_000);
});
