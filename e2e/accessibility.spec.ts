import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { failRun, finishComparison, finishRun, openEveryCard } from './pageStates';

/** Serious and critical axe violations, each as "state › rule: first failing element"; no rule is switched off. */
async function seriousViolations(page: Page, state: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${state} › ${violation.id}: ${violation.nodes[0]?.target.join(' ') ?? ''}`);
}

/** Opens `url`, waits until Train can be pressed, and checks that first state. */
async function openAndCheck(page: Page, url: string, state: string): Promise<string[]> {
  await page.goto(url);
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  return seriousViolations(page, state);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds nothing serious in any state a learner reaches on the page', async ({ page }) => {
      test.setTimeout(300_000);
      const found = await openAndCheck(page, '/?backend=wasm', 'idle');

      await openEveryCard(page);
      found.push(...(await seriousViolations(page, 'every callback, More parameters open')));

      await page.getByRole('button', { name: 'Start over' }).click();
      await finishRun(page);
      found.push(...(await seriousViolations(page, 'a finished run')));

      await failRun(page);
      found.push(...(await seriousViolations(page, 'a failed run')));

      await page.getByRole('button', { name: 'Start over' }).click();
      await finishComparison(page);
      found.push(...(await seriousViolations(page, 'a comparison done')));

      // The checkpoints panel lists the runs that saved: the checkpoints lesson fills it.
      await page.goto('/?backend=wasm&preset=checkpoints-improve');
      await page.getByLabel('Epochs', { exact: true }).fill('4');
      await page.getByRole('button', { name: 'Train', exact: true }).click();
      await expect(page.getByTestId('run-summary')).toContainText('Finished: 4 epochs', { timeout: 60_000 });
      await expect(page.getByRole('button', { name: /^Download tfjs model\.json/ }).first()).toBeVisible();
      found.push(...(await seriousViolations(page, 'checkpoints listed')));
      expect(found).toEqual([]);
    });

    test('axe finds nothing serious in the embed, idle and after a run', async ({ page }) => {
      test.setTimeout(120_000);
      const found = await openAndCheck(page, '/?embed=1&preset=plateau-cut&backend=wasm', 'embed idle');
      await page.getByRole('button', { name: 'Train', exact: true }).click();
      await expect(page.getByTestId('run-status')).toHaveText(/done|stopped/, { timeout: 60_000 });
      found.push(...(await seriousViolations(page, 'embed after a run')));
      expect(found).toEqual([]);
    });
  });
}
