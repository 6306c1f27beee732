import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Serious and critical axe violations, each as "rule: first failing element". */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(' ') ?? ''}`);
}

test('axe finds no serious or critical violation on the idle page or after a run', async ({ page }) => {
  await page.goto('/?backend=wasm');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByLabel('Epochs', { exact: true }).fill('5');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('run-summary')).toContainText('Finished: 5 epochs', { timeout: 45_000 });
  expect(await seriousViolations(page)).toEqual([]);
});
